using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>The ioeventfd function (gunyah-uapi.md §5.4 ioeventfd bind, §6.4).</summary>
internal static class IoeventfdClauses
{
    private const string Source = "gunyah-uapi.md §5.4 ioeventfd bind / REMOVE_FUNCTION; §6.4";
    private const ulong Address = 0x9000_0000;

    public static IEnumerable<Clause> All()
    {
        yield return Refused("functions.ioeventfd.short-argument", "An ioeventfd argument shorter than 32 bytes fails with EINVAL.", EINVAL,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 4)[..28]));
        yield return Refused("functions.ioeventfd.bad-length", "An access length other than 0, 1, 2, 4 and 8 (here 3) fails with EINVAL.", EINVAL,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 3)));
        yield return Refused("functions.ioeventfd.range-wraps", "An address whose range wraps past the top fails with EINVAL.", EINVAL,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, ulong.MaxValue - 1, 4)));
        yield return Refused("functions.ioeventfd.datamatch-any-length", "DATAMATCH together with length 0 (any width) fails with EINVAL.", EINVAL,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 0, dataMatch: 5)));
        yield return Refused("functions.ioeventfd.unknown-flag", "An ioeventfd flag other than DATAMATCH fails with EINVAL.", EINVAL,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 4, flags: 2)));
        yield return Refused("functions.ioeventfd.closed-fd", "An ioeventfd whose fd is not open fails with EBADF.", EBADF,
            (context, vm, _) => Add(context, vm, FunctionArguments.Ioeventfd(IrqfdClauses.ClosedFd, Address, 4)));
        yield return Refused("functions.ioeventfd.not-an-eventfd", "An ioeventfd whose fd is open but not an eventfd (the VM's fd) fails with EINVAL.", EINVAL,
            (context, vm, _) => Add(context, vm, FunctionArguments.Ioeventfd(vm.Handle.Fd, Address, 4)));

        yield return Bound("functions.ioeventfd.duplicate", "A second ioeventfd identical to one registered (address, length, datamatch) fails with EEXIST.", Fails(EEXIST),
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 4, dataMatch: 7)));
        yield return Bound("functions.ioeventfd.other-datamatch", "An ioeventfd at the same address with another datamatch is another handler, and is accepted.", Success,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 4, dataMatch: 8)));
        yield return Bound("functions.ioeventfd.other-length", "An ioeventfd at the same address and datamatch but another length is another handler, and is accepted.", Success,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address, 2, dataMatch: 7)));
        yield return Bound("functions.ioeventfd.any-length", "An ioeventfd of length 0 (any access width) without DATAMATCH at another address is accepted.", Success,
            (context, vm, fd) => Add(context, vm, FunctionArguments.Ioeventfd(fd, Address + 0x1000, 0)));
        yield return Bound("functions.ioeventfd.remove-other-address", "Removing an ioeventfd at an address none is registered at fails with ENOENT.", Fails(ENOENT),
            (context, vm, fd) => Remove(context, vm, FunctionArguments.Ioeventfd(fd, Address + 0x1000, 4, dataMatch: 7)));

        yield return new Clause(
            "functions.ioeventfd.removal-compares-length",
            "From v17 on, removal compares address, length, flags and datamatch, so a different length finds nothing (ENOENT); the GH_ generations compare the address only and remove it.",
            "gunyah-uapi.md §5.4 REMOVE_FUNCTION (ioeventfd by addr, ACK14), §6.4 (P17-34)",
            In(ModernGh, Success).And(Generations.Gunyah, Fails(ENOENT)),
            context =>
            {
                var vm = context.CreateVm();
                var eventFd = context.EventFd();
                vm.AddFunction(new IoeventfdFunction(eventFd, Address, 4, DataMatch: 7));
                return Remove(context, vm, FunctionArguments.Ioeventfd(eventFd.Fd, Address, 2, dataMatch: 7));
            })
        { Requires = VmCapabilities.Functions };
    }

    private static int Add(ClauseContext context, GunyahVm vm, ReadOnlySpan<byte> argument) => context.Function(vm, true, FunctionType.Ioeventfd, argument);

    private static int Remove(ClauseContext context, GunyahVm vm, ReadOnlySpan<byte> argument) => context.Function(vm, false, FunctionType.Ioeventfd, argument);

    // A refused ioeventfd on a fresh VM; afterwards a valid one at the same address adds.
    private static Clause Refused(string id, string behaviour, int errno, Func<ClauseContext, GunyahVm, int, int> call) =>
        new(id, behaviour, Source, In(WithFunctions, Fails(errno)), context =>
        {
            var vm = context.CreateVm();
            var eventFd = context.EventFd();
            var result = call(context, vm, eventFd.Fd);
            ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.AddFunction(new IoeventfdFunction(eventFd, Address, 4))), "adding a valid ioeventfd afterwards");
            return result;
        })
        { Requires = VmCapabilities.Functions };

    // An ioeventfd (Address, 4 bytes, datamatch 7) added, then the call; afterwards it is still registered.
    private static Clause Bound(string id, string behaviour, Expected expected, Func<ClauseContext, GunyahVm, int, int> call) =>
        new(id, behaviour, Source, In(WithFunctions, expected), context =>
        {
            var vm = context.CreateVm();
            var eventFd = context.EventFd();
            vm.AddFunction(new IoeventfdFunction(eventFd, Address, 4, DataMatch: 7));
            var result = call(context, vm, eventFd.Fd);
            ClauseContext.RequireResult(Add(context, vm, FunctionArguments.Ioeventfd(eventFd.Fd, Address, 4, dataMatch: 7)), -EEXIST, "adding the first ioeventfd again (it must still be registered)");
            return result;
        })
        { Requires = VmCapabilities.Functions };
}
