/* A guest that meets an instruction the engine lacks: gcc calls libgcc's __popcountdi2, which uses AdvSIMD (FMOV,
 * CNT, ADDV). With no exception vectors set up the vCPU cannot handle the undefined instruction, so the VM faults:
 * the test shows the harness reports that instead of passing or hanging. Input 0 the value; report 0 its bit count. */
#include "guest.h"

void main(unsigned cpu, uint64_t boot_arg)
{
    (void)boot_arg;
    if (cpu != 0)
        return;
    put_str("popcount\n");
    report(0, (uint64_t)__builtin_popcountll(input(0)));
}
