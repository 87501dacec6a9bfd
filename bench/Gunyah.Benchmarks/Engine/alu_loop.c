/* The AluLoop guest's inner loop as a static AArch64 program, for qemu-aarch64 (user mode) to run: the same four
 * instructions (add, eor, subs, b.ne) for the same iteration count per round, timed with CLOCK_MONOTONIC.
 * Prints the median over its rounds in the form GuestRunBenchmarks reads. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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
    long iterations = argc > 1 ? atol(argv[1]) : 100000;
    enum { rounds = 31 };
    double ns[rounds];
    unsigned long x4 = 0, x5 = 3;
    for (int r = 0; r < rounds; r++) {
        unsigned long x3 = iterations;
        double start = now_ns();
        __asm__ volatile("1: add %0, %0, %1\n\teor %1, %1, %0\n\tsubs %2, %2, #1\n\tb.ne 1b"
                         : "+r"(x4), "+r"(x5), "+r"(x3) : : "cc");
        ns[r] = now_ns() - start;
    }
    qsort(ns, rounds, sizeof ns[0], compare);
    double instructions = 4.0 * iterations;
    printf("median %.1f ns per round of %ld iterations, %.1f M instr/s (checksum %lx)\n",
           ns[rounds / 2], iterations, instructions / ns[rounds / 2] * 1e3, x4 ^ x5);
    return 0;
}
