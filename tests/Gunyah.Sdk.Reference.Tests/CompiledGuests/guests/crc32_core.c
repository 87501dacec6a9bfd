#include "crc32_core.h"

void crc32_fill(uint8_t *buffer, size_t length, uint64_t seed)
{
    uint64_t state = seed ? seed : 1;
    for (size_t i = 0; i < length; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        buffer[i] = (uint8_t)(state >> 32);
    }
}

/* Bit at a time, no table: the work is in the guest's instructions, not its memory. */
uint32_t crc32_update(uint32_t crc, const uint8_t *buffer, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        crc ^= buffer[i];
        for (int bit = 0; bit < 8; bit++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1u));
    }
    return crc;
}
