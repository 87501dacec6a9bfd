/* Several vCPUs share a counter under a spinlock and another updated atomically. vCPU 0 reads how many vCPUs and
 * iterations (inputs 0 and 1), starts the others with PSCI CPU_ON at _start (the iteration count as their context
 * ID, so they need no device access), does its share, waits for each with AFFINITY_INFO until it is off, and reports
 * both counters and the CPU_ON results. gcc turns the __atomic builtins into LDAXR/STXR and LDXR/STXR loops. */
#include "guest.h"

#define PSCI_CPU_ON 0xC4000003UL
#define PSCI_AFFINITY_INFO 0xC4000004UL
#define PSCI_OFF 1

extern char _start[];

static volatile unsigned lock;
static volatile uint64_t locked_counter;
static uint64_t atomic_counter;

static long psci(uint64_t function, uint64_t a1, uint64_t a2, uint64_t a3)
{
    register uint64_t x0 __asm__("x0") = function;
    register uint64_t x1 __asm__("x1") = a1;
    register uint64_t x2 __asm__("x2") = a2;
    register uint64_t x3 __asm__("x3") = a3;
    __asm__ volatile("hvc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x3) : "memory");
    return (long)x0;
}

static void spin_lock(volatile unsigned *l)
{
    while (__atomic_exchange_n(l, 1u, __ATOMIC_ACQUIRE) != 0)
    {
        while (*l != 0)
        {
        }
    }
}

static void spin_unlock(volatile unsigned *l)
{
    __atomic_store_n(l, 0u, __ATOMIC_RELEASE);
}

static void work(uint64_t iterations)
{
    for (uint64_t i = 0; i < iterations; i++)
    {
        spin_lock(&lock);
        locked_counter = locked_counter + 1; /* a plain read-modify-write: only the lock keeps it whole */
        spin_unlock(&lock);
        __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_RELAXED);
    }
}

void main(unsigned cpu, uint64_t boot_arg)
{
    if (cpu != 0)
    {
        work(boot_arg);
        return;
    }

    uint64_t cpus = input(0);
    uint64_t iterations = input(1);
    long failed = 0;
    for (uint64_t c = 1; c < cpus; c++)
        failed |= psci(PSCI_CPU_ON, c, (uint64_t)_start, iterations);
    work(iterations);
    for (uint64_t c = 1; c < cpus; c++)
    {
        while (psci(PSCI_AFFINITY_INFO, c, 0, 0) != PSCI_OFF)
        {
        }
    }

    report(0, locked_counter);
    report(1, atomic_counter);
    report(2, (uint64_t)failed);
    put_str("smp done\n");
}
