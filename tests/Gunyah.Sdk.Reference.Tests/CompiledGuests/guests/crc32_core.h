/* The CRC32 work shared by the crc32 guest and the Linux user-mode baseline of the benchmark. */
#ifndef CRC32_CORE_H
#define CRC32_CORE_H
#include <stddef.h>
#include <stdint.h>

/* Fills buffer with the bytes of a xorshift64 stream from seed (0 counts as 1): byte i is bits 39:32 of state i+1. */
void crc32_fill(uint8_t *buffer, size_t length, uint64_t seed);

/* The reflected CRC-32 (polynomial 0xEDB88320) running state after buffer; start from 0xFFFFFFFF, finish with ~. */
uint32_t crc32_update(uint32_t crc, const uint8_t *buffer, size_t length);
#endif
