/*
 * The C baseline of IoctlBenchmarks: the same trivial, successful ioctl the C# benchmarks issue, in a plain loop
 * through glibc's ioctl(), which is also what the native seam's LibraryImport calls.
 *
 * The ioctl: FIONBIO with a pointer to 1 on a non-blocking eventfd. The kernel reads the int and sets O_NONBLOCK,
 * which the fd already has; no driver code runs.
 *
 *   gcc -O2 -o ioctl_loop ioctl_loop.c && ./ioctl_loop [iterations per run] [runs]
 *
 * Times each run with CLOCK_MONOTONIC and prints one line with the median of the runs' ns/op; CIoctlBaseline.cs
 * compiles and runs this during the benchmark session and parses that line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One timed run: ns per ioctl, or a negative value when an ioctl failed. */
static double timed_run(int fd, int *on, long iterations)
{
    double start = now_ns();
    for (long i = 0; i < iterations; i++) {
        if (ioctl(fd, FIONBIO, on) != 0)
            return -1;
    }
    return (now_ns() - start) / (double)iterations;
}

int main(int argc, char **argv)
{
    long iterations = argc > 1 ? atol(argv[1]) : 200000;
    int runs = argc > 2 ? atoi(argv[2]) : 15;
    if (iterations <= 0 || runs <= 0 || runs > 1000) {
        fprintf(stderr, "usage: %s [iterations per run > 0] [runs 1..1000]\n", argv[0]);
        return 2;
    }

    int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    int on = 1;
    if (fd < 0 || ioctl(fd, FIONBIO, &on) != 0) {
        perror("ioctl_loop: eventfd/FIONBIO");
        return 1;
    }

    double *ns = calloc((size_t)runs, sizeof *ns);
    if (ns == NULL)
        return 1;

    timed_run(fd, &on, iterations); /* warm-up: page in the loop and the kernel path */
    for (int r = 0; r < runs; r++) {
        ns[r] = timed_run(fd, &on, iterations);
        if (ns[r] < 0) {
            perror("ioctl_loop: FIONBIO");
            return 1;
        }
    }

    qsort(ns, (size_t)runs, sizeof *ns, by_value);
    double median = runs % 2 ? ns[runs / 2] : (ns[runs / 2 - 1] + ns[runs / 2]) / 2;
    printf("ioctl_loop: FIONBIO on an eventfd: median %.1f ns/op (min %.1f, max %.1f; %d runs of %ld)\n",
           median, ns[0], ns[runs - 1], runs, iterations);

    free(ns);
    close(fd);
    return 0;
}
