/* CRC32 guest. Inputs: 0 seed, 1 length (at most CRC32_BUFFER), 2 rounds (0 counts as 1: the CRC of the buffer
 * repeated that many times). Reports: 0 the CRC, 1 the length used. Prints "crc32 <crc>\n". */
#include "guest.h"
#include "crc32_core.h"

#define CRC32_BUFFER 16384

static uint8_t buffer[CRC32_BUFFER];

void main(unsigned cpu, uint64_t boot_arg)
{
    (void)boot_arg;
    if (cpu != 0)
        return;
    uint64_t seed = input(0);
    size_t length = input(1);
    uint64_t rounds = input(2);
    if (length > CRC32_BUFFER)
        length = CRC32_BUFFER;
    if (rounds == 0)
        rounds = 1;

    crc32_fill(buffer, length, seed);
    uint32_t crc = 0xFFFFFFFFu;
    for (uint64_t r = 0; r < rounds; r++)
        crc = crc32_update(crc, buffer, length);
    crc = ~crc;

    report(0, crc);
    report(1, length);
    put_str("crc32 ");
    put_hex(crc);
    put_char('\n');
}
