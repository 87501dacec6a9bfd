/* Entry of every C guest. The image starts with a header the host reads (like the arm64 Linux Image's): a branch,
 * then at +8 the guest's footprint, the bytes from the load address it uses (image, .bss and stacks).
 * Each vCPU takes the stack its MPIDR_EL1.Aff0 names; vCPU 0 clears .bss first. After main, vCPU 0 powers the
 * system off (PSCI SYSTEM_OFF) and any other vCPU turns itself off (PSCI CPU_OFF). */
#include "guest.h"

    .section .text.start, "ax"
    .global _start
_start:
    b       1f
    .word   0
    .quad   __image_end - _start

1:  mov     x19, x0                         /* the boot argument, for main */
    mrs     x20, mpidr_el1
    and     x20, x20, #0xff
    cmp     x20, #GUEST_MAX_CPUS
    b.hs    cpu_off                         /* no stack for this vCPU */

    adrp    x1, __stacks_start
    add     x1, x1, :lo12:__stacks_start
    add     x2, x20, #1
    mov     x3, #GUEST_STACK_SIZE
    madd    x1, x2, x3, x1
    mov     sp, x1

    cbnz    x20, 3f
    adrp    x1, __bss_start
    add     x1, x1, :lo12:__bss_start
    adrp    x2, __bss_end
    add     x2, x2, :lo12:__bss_end
2:  cmp     x1, x2
    b.hs    3f
    str     xzr, [x1], #8
    b       2b

3:  mov     w0, w20
    mov     x1, x19
    bl      main
    cbnz    x20, cpu_off

    movz    w0, #0x0008
    movk    w0, #0x8400, lsl #16            /* PSCI SYSTEM_OFF */
    hvc     #0
    b       .                               /* SYSTEM_OFF does not return */

cpu_off:
    movz    w0, #0x0002
    movk    w0, #0x8400, lsl #16            /* PSCI CPU_OFF */
    hvc     #0
    b       cpu_off

    .section .stacks, "aw", %nobits
    .balign 16
    .global __stacks_start
__stacks_start:
    .space  GUEST_MAX_CPUS * GUEST_STACK_SIZE
