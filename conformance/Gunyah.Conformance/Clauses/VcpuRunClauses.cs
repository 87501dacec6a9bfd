using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Vmm;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;
using static Gunyah.Conformance.Catalogue.Generations;
using static Gunyah.Sdk.Errno;

namespace Gunyah.Conformance.Clauses;

/// <summary>
/// VCPU_RUN, VCPU_MMAP_SIZE and the run page, as far as they need no guest code (gunyah-uapi.md §5.3, §5.4, §6.3,
/// §6.4). Clauses that run guest instructions (MMIO, page faults, resume actions, status exits) join this group
/// with the AArch64 vCPU engine: they take a guest image through the same <see cref="ClauseContext"/>.
/// </summary>
internal static unsafe class VcpuRunClauses
{
    private const string RunSource = "gunyah-uapi.md §5.4, §6.4 VCPU_RUN";
    private const string PageSource = "gunyah-uapi.md §5.3, §5.4 MMAP_SIZE / mmap; §6.4";

    private static ulong Page => ClauseContext.Page;

    public static IEnumerable<Clause> All()
    {
        yield return Run("vcpu-run.before-start", "RUN before the VM has started fails with ENODEV (the vCPU has no resource yet).", Fails(ENODEV), RunSource,
            context => context.IoctlValue(context.CreateVm().AddVcpu(0).Handle.Fd, "VCPU_RUN"));

        yield return Run("vcpu-run.after-remove", "RUN of a vCPU whose function was removed fails with ENODEV, also in a running VM.", Fails(ENODEV), RunSource,
            context =>
            {
                var vcpu = StartableVm.Started(context, vcpu: true).Vm.Vcpus[0];
                ClauseContext.RequireSuccess(ClauseContext.Result(vcpu.RemoveFunction), "removing vCPU 0");
                return context.IoctlValue(vcpu.Handle.Fd, "VCPU_RUN");
            });

        yield return Run("vcpu-run.vcpu-the-vm-lacks", "RUN of a vCPU whose id the VM's configuration has no vCPU for fails with ENODEV after START too: no resource ever fills it.", Fails(ENODEV), RunSource,
            context =>
            {
                var vm = StartableVm.Started(context).Vm;
                return context.IoctlValue(vm.AddVcpu(5).Handle.Fd, "VCPU_RUN");
            });

        yield return Run("vcpu-run.immediate-exit", "RUN with immediate_exit set in the run page fails with EINTR before entering the guest.", Fails(EINTR), RunSource,
            context =>
            {
                var vcpu = StartableVm.Started(context, vcpu: true).Vm.Vcpus[0];
                using var page = Map(context, vcpu, 0, Page);
                page.AsSpan()[0] = 1;
                return context.IoctlValue(vcpu.Handle.Fd, "VCPU_RUN");
            });

        yield return Run("vcpu-run.mmap-size", "VCPU_MMAP_SIZE returns the page size.", Returns((int)Page), PageSource,
            context => context.IoctlValue(context.CreateVm().AddVcpu(0).Handle.Fd, "VCPU_MMAP_SIZE"));

        yield return Run("vcpu-run.run-page-zeroed", "A new vCPU's run page (page offset 0) maps shared and reads as zeroes.", Success, PageSource,
            context =>
            {
                var vcpu = context.CreateVm().AddVcpu(0);
                using var page = Map(context, vcpu, 0, Page);
                ClauseContext.Require(page.AsSpan().IndexOfAnyExcept((byte)0) < 0, "the run page is not zero-filled");
                return 0;
            });

        yield return Run("vcpu-run.mmap-past-the-run-page", "Only page offset 0 holds the run page, but mmap at offset one page succeeds: the kernel raises SIGBUS only when that page is touched (this check never touches it).", Success, PageSource,
            context =>
            {
                var vcpu = context.CreateVm().AddVcpu(0);
                var address = context.Kernel.Mmap(0, (nuint)Page, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu.Handle.Fd, (long)Page);
                if (address > 0)
                {
                    context.Kernel.Munmap(address, (nuint)Page);
                }

                return address < 0 ? (int)address : 0;
            });
    }

    private static Gunyah.Sdk.Kernel.Handles.KernelMapping Map(ClauseContext context, GunyahVcpu vcpu, long offset, ulong length)
    {
        var mapping = Gunyah.Sdk.Kernel.Handles.KernelMapping.TryMap(context.Kernel, (nuint)length, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu.Handle.Fd, offset, out var errno);
        return mapping ?? throw new ClauseViolation($"mmap of the run page failed with {Gunyah.Sdk.Errno.NameOf(errno)}");
    }

    private static Clause Run(string id, string behaviour, Expected expected, string source, ClauseCheck check) =>
        new(id, behaviour, source, In(WithFunctions, expected), check) { Requires = VmCapabilities.Functions };
}
