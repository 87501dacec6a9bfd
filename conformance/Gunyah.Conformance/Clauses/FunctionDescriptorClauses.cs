using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>ADD_FUNCTION / REMOVE_FUNCTION's descriptor, before any function type sees it (gunyah-uapi.md §5.4, §6.4).</summary>
internal static class FunctionDescriptorClauses
{
    private const string Source = "gunyah-uapi.md §5.4 ADD_FUNCTION / REMOVE_FUNCTION; §6.4";

    public static IEnumerable<Clause> All()
    {
        yield return Refused("functions.add.null-argument", "ADD_FUNCTION with an unreadable descriptor fails with EFAULT.", Fails(EFAULT),
            (context, vm) => context.IoctlValue(vm.Handle.Fd, "VM_ADD_FUNCTION", 0));
        yield return Refused("functions.add.argument-too-large", "ADD_FUNCTION with arg_size over 256 fails with EINVAL.", Fails(EINVAL),
            (context, vm) => context.Function(vm, true, FunctionType.Vcpu, new byte[257]));
        yield return Refused("functions.add.unreadable-argument", "ADD_FUNCTION whose argument pointer cannot be read fails with EFAULT.", Fails(EFAULT),
            (context, vm) => context.Ioctl(vm.Handle, "VM_ADD_FUNCTION", new FunctionDescriptor(FunctionType.Irqfd, 16, 0x1000)));
        yield return Refused("functions.remove.null-argument", "REMOVE_FUNCTION with an unreadable descriptor fails with EFAULT.", Fails(EFAULT),
            (context, vm) => context.IoctlValue(vm.Handle.Fd, "VM_REMOVE_FUNCTION", 0));
        yield return Refused("functions.remove.no-match", "REMOVE_FUNCTION that matches no function fails with ENOENT.", Fails(ENOENT),
            (context, vm) => context.Function(vm, false, FunctionType.Irqfd, FunctionArguments.Irqfd(0, 77)));

        yield return Refused(
            "functions.add.unknown-type",
            "ADD_FUNCTION of a type no module provides fails with ENOENT in every generation.",
            Fails(ENOENT),
            (context, vm) => context.Function(vm, true, 99, new byte[4]),
            "gunyah-uapi.md §5.4 (v17 returns ENOENT; the v12–v14 lookup was not read and ACK14 passes on request_module's error): §11 gap, our choice",
            ClauseBasis.DocumentedChoice);

        yield return new Clause(
            "functions.remove.empty-argument",
            "REMOVE_FUNCTION with arg_size 0 removes nothing: android14-6.1 returns 0, the others ENOENT.",
            "gunyah-uapi.md §5.4 REMOVE_FUNCTION (ACK14), §6.4 (v17: ENOENT whenever nothing matched); v10: §11 gap (v10 not read directly), our choice: v17's answer",
            In(WithFunctions, Fails(ENOENT)).And(Android14, Success),
            context =>
            {
                var vm = context.CreateVm();
                var eventFd = context.EventFd();
                var line = vm.AddFunction(new IrqfdFunction(eventFd, Label: 1));
                var result = context.Function(vm, false, FunctionType.Irqfd, []);
                ClauseContext.RequireSuccess(ClauseContext.Result(line.Remove), "removing the irqfd afterwards (it must still be there)");
                return result;
            })
        { Requires = VmCapabilities.Functions, ChoiceIn = [V10] };
    }

    // A refused call on a fresh VM; afterwards an irqfd still adds (the VM is usable).
    private static Clause Refused(string id, string behaviour, Expected expected, Func<ClauseContext, GunyahVm, int> call, string source = Source, ClauseBasis basis = ClauseBasis.Source) =>
        new(id, behaviour, source, In(WithFunctions, expected), context =>
        {
            var vm = context.CreateVm();
            var result = call(context, vm);
            ClauseContext.RequireSuccess(ClauseContext.Result(() => vm.AddFunction(new IrqfdFunction(context.EventFd(), Label: 1))), "adding an irqfd afterwards");
            return result;
        })
        { Requires = VmCapabilities.Functions, Basis = basis };
}
