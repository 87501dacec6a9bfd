/* The freestanding C guests' view of their machine: vCPU stacks, and the test device at GPA 0x9000_0000 that the
 * host (CompiledGuestDevice) serves over MMIO exits. start.S includes the constants; C files get the helpers too. */
#ifndef GUEST_H
#define GUEST_H

#define GUEST_MAX_CPUS 4
#define GUEST_STACK_SIZE 0x1000

#define GUEST_DEVICE 0x90000000UL
#define GUEST_CONSOLE 0x0             /* byte write: one console character */
#define GUEST_REPORT(n) (0x8 + 8 * (n)) /* 64-bit write: result n for the host to check */
#define GUEST_INPUT(n) (0x100 + 8 * (n)) /* 64-bit read: input n the host supplies */

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

static inline void report(unsigned n, uint64_t value)
{
    *(volatile uint64_t *)(GUEST_DEVICE + GUEST_REPORT(n)) = value;
}

static inline uint64_t input(unsigned n)
{
    return *(volatile uint64_t *)(GUEST_DEVICE + GUEST_INPUT(n));
}

void put_char(char c);
void put_str(const char *s);
void put_hex(uint64_t value); /* "0x" and 16 lower-case digits */

/* gcc emits calls to these for struct copies and array initialisers even when the program names neither. */
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);

/* Called by start.S on each vCPU with its MPIDR_EL1.Aff0 and the boot X0 (the devicetree's address). */
void main(unsigned cpu, uint64_t boot_arg);
#endif

#endif
