using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using Gunyah.Sdk;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>The vCPU function: bind, duplicates, removal (gunyah-uapi.md §5.4 vCPU bind, §6.4).</summary>
internal static class VcpuFunctionClauses
{
    private const string Source = "gunyah-uapi.md §5.4 vCPU bind / REMOVE_FUNCTION; §6.4";

    public static IEnumerable<Clause> All()
    {
        yield return Vcpu(
            "functions.vcpu.returns-an-fd",
            "Adding vCPU 0 returns a new fd (not the VM's) whose MMAP_SIZE answers.",
            Success,
            (context, vm) =>
            {
                var fd = Raw(context, vm, 0, add: true);
                if (fd >= 0)
                {
                    context.Track(new Gunyah.Sdk.Kernel.Handles.VcpuHandle(context.Kernel, fd));
                    ClauseContext.Require(fd != vm.Handle.Fd, "the vCPU fd is the VM fd");
                    ClauseContext.RequireSuccess(context.IoctlValue(fd, "VCPU_MMAP_SIZE"), "VCPU_MMAP_SIZE on the new fd");
                }

                return fd;
            });

        yield return new Clause(
            "functions.vcpu.wrong-argument-size",
            "A vCPU argument of the wrong size fails with EINVAL: 4 bytes are required, except in v10, which takes the id by value with arg_size 0.",
            "gunyah-uapi.md §5.4 vCPU bind (arg_size != 4); abi-profiles.md (v10 passes the id in arg)",
            In(WithFunctions, Fails(EINVAL)),
            context =>
            {
                var vm = context.CreateVm();
                var result = context.Generation == V10
                    ? context.Function(vm, true, FunctionType.Vcpu, FunctionArguments.Vcpu(0))
                    : context.Function(vm, true, FunctionType.Vcpu, new byte[8]);
                ClauseContext.RequireSuccess(Raw(context, vm, 0, add: true), "adding vCPU 0 properly afterwards");
                return result;
            })
        { Requires = VmCapabilities.Functions };

        yield return Vcpu(
            "functions.vcpu.duplicate-id",
            "Adding a vCPU id that is already added fails with EEXIST; the first vCPU stays.",
            Fails(EEXIST),
            (context, vm) =>
            {
                vm.AddVcpu(3);
                var result = Raw(context, vm, 3, add: true);
                ClauseContext.RequireSuccess(Raw(context, vm, 3, add: false), "removing the first vCPU 3 afterwards");
                return result;
            });

        yield return Vcpu(
            "functions.vcpu.remove-unknown-id",
            "Removing a vCPU id that was never added fails with ENOENT.",
            Fails(ENOENT),
            (context, vm) =>
            {
                vm.AddVcpu(3);
                var result = Raw(context, vm, 4, add: false);
                ClauseContext.RequireResult(Raw(context, vm, 3, add: true), -Errno.EEXIST, "adding vCPU 3 again (it must still be there)");
                return result;
            });

        yield return Vcpu(
            "functions.vcpu.add-again-after-remove",
            "Once a vCPU is removed its id can be added again.",
            Success,
            (context, vm) =>
            {
                var vcpu = vm.AddVcpu(3);
                ClauseContext.RequireSuccess(ClauseContext.Result(vcpu.RemoveFunction), "removing vCPU 3");
                return context.Result(() => vm.AddVcpu(3), added => added.Handle.Fd);
            });
    }

    /// <summary>ADD/REMOVE_FUNCTION of vCPU <paramref name="id"/> the generation's way (v10: id by value, arg_size 0).</summary>
    internal static int Raw(ClauseContext context, GunyahVm vm, uint id, bool add) =>
        context.Generation == V10
            ? context.Ioctl(vm.Handle, add ? "VM_ADD_FUNCTION" : "VM_REMOVE_FUNCTION", new FunctionDescriptor(FunctionType.Vcpu, 0, id))
            : context.Function(vm, add, FunctionType.Vcpu, FunctionArguments.Vcpu(id));

    private static Clause Vcpu(string id, string behaviour, Expected expected, Func<ClauseContext, GunyahVm, int> call) =>
        new(id, behaviour, Source, In(WithFunctions, expected), context => call(context, context.CreateVm()))
        { Requires = VmCapabilities.Functions };
}
