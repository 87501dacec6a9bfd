/* Console helpers and the memory functions gcc may call, for every C guest. */
#include "guest.h"

void put_char(char c)
{
    *(volatile uint8_t *)(GUEST_DEVICE + GUEST_CONSOLE) = (uint8_t)c;
}

void put_str(const char *s)
{
    while (*s)
        put_char(*s++);
}

void put_hex(uint64_t value)
{
    put_str("0x");
    for (int shift = 60; shift >= 0; shift -= 4)
        put_char("0123456789abcdef"[(value >> shift) & 0xF]);
}

/* Byte loops on purpose: -mstrict-align code, and gcc must not turn them back into calls to themselves. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}
