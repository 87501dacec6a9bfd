using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>SET_BOOT_CONTEXT (gunyah-uapi.md §6.4, §7).</summary>
internal static class BootContextClauses
{
    private const string Source = "gunyah-uapi.md §6.4 SET_BOOT_CONTEXT (P17-30)";

    public static IEnumerable<Clause> All()
    {
        yield return Refused("boot-context.null-argument", "SET_BOOT_CONTEXT with an unreadable argument fails with EFAULT.", EFAULT,
            (context, vm) => context.IoctlValue(vm.Handle.Fd, "VM_SET_BOOT_CONTEXT", 0));
        yield return Refused("boot-context.x-index-out-of-range", "General registers are X0..X30 and X31 (ids 0..31): id 32 fails with EINVAL.", EINVAL,
            (context, vm) => Set(context, vm, 32));
        yield return Refused("boot-context.pc-index-out-of-range", "The PC set has one register (id 0x100): id 0x101 fails with EINVAL.", EINVAL,
            (context, vm) => Set(context, vm, 0x101));
        yield return Refused("boot-context.sp-index-out-of-range", "The SP set has SP0..SP2 (ids 0x200..0x202): id 0x203 fails with EINVAL.", EINVAL,
            (context, vm) => Set(context, vm, 0x203));
        yield return Refused("boot-context.unknown-set", "A register set other than X, PC and SP (set 3) fails with EINVAL.", EINVAL,
            (context, vm) => Set(context, vm, 0x300));

        yield return new Clause(
            "boot-context.every-valid-id",
            "The edges of every set are accepted before START: X0, X31, PC, SP0 and SP2.",
            Source,
            In(Generations.Gunyah, Success),
            context =>
            {
                var vm = context.CreateVm();
                foreach (var id in new uint[] { 0, 31, 0x100, 0x200 })
                {
                    ClauseContext.RequireSuccess(Set(context, vm, id), $"register id 0x{id:x}");
                }

                return Set(context, vm, 0x202);
            })
        { Requires = VmCapabilities.BootContext };

        yield return new Clause(
            "boot-context.after-start",
            "Once the VM has started, SET_BOOT_CONTEXT fails with EINVAL.",
            Source,
            In(Generations.Gunyah, Fails(EINVAL)),
            context => ClauseContext.Result(() => StartableVm.Started(context).Vm.SetBootRegister(BootRegister.Pc, StartableVm.RamBase)))
        { Requires = VmCapabilities.BootContext };
    }

    private static int Set(ClauseContext context, GunyahVm vm, uint id) =>
        context.Ioctl(vm.Handle, "VM_SET_BOOT_CONTEXT", new BootContextArgument(id, 0, 0x8000_0000));

    // A refused call, then a valid register is still accepted.
    private static Clause Refused(string id, string behaviour, int errno, Func<ClauseContext, GunyahVm, int> call) =>
        new(id, behaviour, Source, In(Generations.Gunyah, Fails(errno)), context =>
        {
            var vm = context.CreateVm();
            var result = call(context, vm);
            ClauseContext.RequireSuccess(Set(context, vm, 0x100), "setting PC afterwards");
            return result;
        })
        { Requires = VmCapabilities.BootContext };
}
