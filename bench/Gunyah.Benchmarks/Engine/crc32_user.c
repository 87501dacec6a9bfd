/* The crc32 guest's work as a static AArch64 Linux program, for qemu-aarch64 (user mode) to run: crc32_core.c from
 * the compiled guests (built with the guests' code-generation flags), the same fill and the same bitwise CRC over
 * length bytes, rounds times, timed with CLOCK_MONOTONIC. Prints the median over its repeats and the CRC, in the
 * form Crc32GuestBenchmarks reads. Usage: crc32_user SEED LENGTH ROUNDS */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "crc32_core.h"

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc != 4)
        return 2;
    uint64_t seed = strtoull(argv[1], NULL, 0);
    size_t length = strtoull(argv[2], NULL, 0);
    unsigned long rounds = strtoul(argv[3], NULL, 0);
    static uint8_t buffer[1 << 20];
    if (length > sizeof buffer)
        return 2;
    enum { repeats = 15 };
    double ns[repeats];
    uint32_t crc = 0;
    for (int r = 0; r < repeats; r++) {
        double start = now_ns();
        crc32_fill(buffer, length, seed);
        crc = 0xFFFFFFFFu;
        for (unsigned long i = 0; i < rounds; i++)
            crc = crc32_update(crc, buffer, length);
        crc = ~crc;
        ns[r] = now_ns() - start;
    }
    qsort(ns, repeats, sizeof ns[0], compare);
    printf("median %.0f ns per fill and CRC of %zu bytes x %lu rounds, crc 0x%08x\n", ns[repeats / 2], length, rounds, crc);
    return 0;
}
