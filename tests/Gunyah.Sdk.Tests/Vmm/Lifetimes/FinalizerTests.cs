using System.Runtime.CompilerServices;
using Gunyah.Sdk.Tests.Vmm.Fakes;

namespace Gunyah.Sdk.Tests.Vmm.Lifetimes;

/// <summary>An fd or mapping that becomes unreachable without Dispose is released by its finalizer.</summary>
public class FinalizerTests
{
    [Fact]
    public void An_abandoned_vm_has_its_fd_closed_by_the_finalizer()
    {
        using var fake = FakeVmm.Create("v17");

        var vmFd = CreateAndAbandonVm(fake);
        Collect();

        Assert.Contains(new KernelEvent(KernelEventKind.Close, vmFd, FdKinds.Vm), fake.Kernel.Closes);
        Assert.DoesNotContain(vmFd, fake.Kernel.OpenFakeFds.Keys);
        Assert.Contains(vmFd, fake.Kernel.FinalizerCloses); // The seam is told, so it need not block the finalizer.
    }

    [Fact]
    public void A_disposed_vm_is_closed_plainly_not_as_a_finalizer_close()
    {
        using var fake = FakeVmm.Create("v17");
        var vm = fake.Device.CreateVm();
        var vmFd = vm.Handle.Fd;

        vm.Dispose();
        Collect();

        Assert.Contains(new KernelEvent(KernelEventKind.Close, vmFd, FdKinds.Vm), fake.Kernel.Closes);
        Assert.DoesNotContain(vmFd, fake.Kernel.FinalizerCloses);
    }

    [Fact]
    public void An_abandoned_vcpu_has_its_run_page_unmapped_and_its_fd_closed()
    {
        using var fake = FakeVmm.Create("v10");

        var vcpuFd = AddAndAbandonVcpu(fake);
        Collect();

        Assert.Contains(fake.Kernel.Events, e => e.Kind == KernelEventKind.Munmap && e.Fd == vcpuFd);
        Assert.Contains(new KernelEvent(KernelEventKind.Close, vcpuFd, FdKinds.Vcpu), fake.Kernel.Closes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CreateAndAbandonVm(FakeVmm fake) => fake.Device.CreateVm().Handle.Fd;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AddAndAbandonVcpu(FakeVmm fake)
    {
        var vm = fake.Device.CreateVm();
        return vm.AddVcpu(0).Handle.Fd;
    }

    private static void Collect()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
