using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>The irqfd function (gunyah-uapi.md §5.4 irqfd bind, §6.4).</summary>
internal static class IrqfdClauses
{
    private const string Source = "gunyah-uapi.md §5.4 irqfd bind / REMOVE_FUNCTION; §6.4";

    /// <summary>An fd number no process has open (below the default fs.nr_open, far above what a test opens).</summary>
    internal const int ClosedFd = 1_000_000;

    public static IEnumerable<Clause> All()
    {
        yield return Refused("functions.irqfd.short-argument", "An irqfd argument shorter than 16 bytes fails with EINVAL.", EINVAL,
            (context, vm, fd) => context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(fd, 1)[..12]));
        yield return Refused("functions.irqfd.unknown-flag", "An irqfd flag other than LEVEL fails with EINVAL.", EINVAL,
            (context, vm, fd) => context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(fd, 1, flags: 2)));
        yield return Refused("functions.irqfd.closed-fd", "An irqfd whose fd is not open fails with EBADF.", EBADF,
            (context, vm, _) => context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(ClosedFd, 1)));
        yield return Refused("functions.irqfd.not-an-eventfd", "An irqfd whose fd is open but not an eventfd (a memfd) fails with EINVAL.", EINVAL,
            (context, vm, _) =>
            {
                var memfd = context.Track(new MemFdHandle(context.Kernel, ClauseContext.RequireSuccess(context.Kernel.MemfdCreate("not-an-eventfd", MemfdFlags.CloseOnExec), "memfd_create")));
                return context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(memfd.Fd, 1));
            });

        yield return Bound("functions.irqfd.duplicate-label", "A second irqfd with a label in use fails with EEXIST, whatever its flags.", Fails(EEXIST),
            (context, vm, fd) => context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(fd, 1, flags: 1)));
        yield return Bound("functions.irqfd.remove-unknown-label", "Removing an irqfd by a label no irqfd has fails with ENOENT.", Fails(ENOENT),
            (context, vm, fd) => context.Function(vm, false, FunctionType.Irqfd, FunctionArguments.Irqfd(fd, 2)));

        yield return new Clause(
            "functions.irqfd.removed-by-label",
            "An irqfd is removed by its label alone (other fields may differ); its label is then free for a level-triggered irqfd.",
            "gunyah-uapi.md §5.4 REMOVE_FUNCTION (irqfd by label)",
            In(WithFunctions, Success),
            context =>
            {
                var vm = context.CreateVm();
                var eventFd = context.EventFd();
                vm.AddFunction(new IrqfdFunction(eventFd, Label: 1));
                var result = context.Function(vm, false, FunctionType.Irqfd, FunctionArguments.Irqfd(eventFd.Fd, 1, flags: 1));
                ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.AddFunction(new IrqfdFunction(eventFd, Label: 1, Level: true))), "adding label 1 again");
                return result;
            })
        { Requires = VmCapabilities.Functions };
    }

    // A refused irqfd on a fresh VM; afterwards a valid irqfd with label 1 adds.
    private static Clause Refused(string id, string behaviour, int errno, Func<ClauseContext, GunyahVm, int, int> call) =>
        new(id, behaviour, Source, In(WithFunctions, Fails(errno)), context =>
        {
            var vm = context.CreateVm();
            var eventFd = context.EventFd();
            var result = call(context, vm, eventFd.Fd);
            ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.AddFunction(new IrqfdFunction(eventFd, Label: 1))), "adding a valid irqfd 1 afterwards");
            return result;
        })
        { Requires = VmCapabilities.Functions };

    // An irqfd with label 1 added, then the call; afterwards label 1 is still taken.
    private static Clause Bound(string id, string behaviour, Expected expected, Func<ClauseContext, GunyahVm, int, int> call) =>
        new(id, behaviour, Source, In(WithFunctions, expected), context =>
        {
            var vm = context.CreateVm();
            var eventFd = context.EventFd();
            vm.AddFunction(new IrqfdFunction(eventFd, Label: 1));
            var result = call(context, vm, eventFd.Fd);
            ClauseContext.RequireResult(context.Function(vm, true, FunctionType.Irqfd, FunctionArguments.Irqfd(eventFd.Fd, 1)), -EEXIST, "adding label 1 again (it must still be taken)");
            return result;
        })
        { Requires = VmCapabilities.Functions };
}
