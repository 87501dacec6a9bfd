using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Lifetimes;

/// <summary>Disposal order and after-dispose behaviour of the device, VM and vCPUs.</summary>
public class DisposalTests
{
    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void Disposing_a_vm_unmaps_each_run_page_then_closes_its_vcpu_fd_then_closes_the_vm_fd(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        var vcpus = new[] { fake.Vm.AddVcpu(0), fake.Vm.AddVcpu(1) };
        var vcpuFds = vcpus.Select(v => v.Handle.Fd).ToArray();
        var vmFd = fake.Vm.Handle.Fd;
        fake.Kernel.ClearRecords();

        fake.Vm.Dispose();

        var events = fake.Kernel.Events;
        Assert.Equal(5, events.Count);
        foreach (var fd in vcpuFds)
        {
            var unmap = Index(events, KernelEventKind.Munmap, fd);
            var close = Index(events, KernelEventKind.Close, fd);
            Assert.True(unmap < close, $"vcpu fd {fd}: munmap at {unmap}, close at {close}");
            Assert.Equal(FdKinds.Vcpu, events[close].FdKind);
        }

        Assert.Equal(new KernelEvent(KernelEventKind.Close, vmFd, FdKinds.Vm), events[^1]);
        Assert.Empty(fake.Vm.Vcpus);
        Assert.All(vcpus, v => Assert.True(v.Handle.IsClosed));
    }

    [Fact]
    public void Disposing_twice_closes_each_fd_once()
    {
        using var fake = FakeVmm.Create("v17");
        var vcpu = fake.Vm.AddVcpu(0);
        var vcpuFd = vcpu.Handle.Fd;
        fake.Kernel.ClearRecords();

        vcpu.Dispose();
        vcpu.Dispose();
        fake.Vm.Dispose();
        fake.Vm.Dispose();
        fake.Device.Dispose();
        fake.Device.Dispose();

        Assert.Equal([FdKinds.Vcpu, FdKinds.Vm, FdKinds.Device], fake.Kernel.Closes.Select(c => c.FdKind));
        Assert.Single(fake.Kernel.Events, e => e.Kind == KernelEventKind.Munmap && e.Fd == vcpuFd);
        Assert.Empty(fake.Kernel.OpenFakeFds);
    }

    [Fact]
    public void Disposing_a_vcpu_removes_it_from_the_vms_vcpus()
    {
        using var fake = FakeVmm.Create("android14-6.1");
        var first = fake.Vm.AddVcpu(0);
        var second = fake.Vm.AddVcpu(1);
        Assert.Equal([first, second], fake.Vm.Vcpus);

        first.Dispose();

        Assert.Equal([second], fake.Vm.Vcpus);
        fake.Kernel.ClearRecords();
        fake.Vm.Dispose();
        Assert.DoesNotContain(fake.Kernel.Closes, c => c.FdKind == FdKinds.Unknown);
        Assert.Equal(2, fake.Kernel.Closes.Count);
    }

    [Fact]
    public void Vm_calls_after_dispose_throw_ObjectDisposedException_and_send_nothing()
    {
        using var fake = FakeVmm.Create("android15-6.6");
        using var eventFd = fake.Device.CreateEventFd();
        var binding = fake.Vm.AddFunction(new IrqfdFunction(eventFd, 1));
        fake.Vm.Dispose();
        fake.Kernel.ClearRecords();

        Assert.Throws<ObjectDisposedException>(fake.Vm.Start);
        Assert.Throws<ObjectDisposedException>(() => fake.Vm.SetDeviceTree(0x8000_0000, 0x1000));
        Assert.Throws<ObjectDisposedException>(() => fake.Vm.SetUserMemoryRegion(new UserMemoryRegion(1, 0, 0x1000, 0x1000, MemoryAccess.Read)));
        Assert.Throws<ObjectDisposedException>(() => fake.Vm.SetBootRegister(BootRegister.Pc, 0));
        Assert.Throws<ObjectDisposedException>(() => fake.Vm.AddVcpu(0));
        Assert.Throws<ObjectDisposedException>(() => fake.Vm.AddFunction(new IrqfdFunction(eventFd, 2)));
        Assert.Throws<ObjectDisposedException>(binding.Remove);
        Assert.Empty(fake.Ioctls);
    }

    [Fact]
    public void Vcpu_and_device_calls_after_dispose_throw_ObjectDisposedException_and_send_nothing()
    {
        using var fake = FakeVmm.Create("v10");
        var vcpu = fake.AddVcpu();
        vcpu.Dispose();
        fake.Device.Dispose();
        fake.Kernel.ClearRecords();

        Assert.Throws<ObjectDisposedException>(() => vcpu.Run());
        Assert.Throws<ObjectDisposedException>(vcpu.Kick);
        Assert.Throws<ObjectDisposedException>(() => _ = vcpu.Handle.Fd);
        Assert.Throws<ObjectDisposedException>(() => fake.Device.CreateVm());
        Assert.Empty(fake.Ioctls);
        Assert.Empty(fake.Kernel.Events);
    }

    [Fact]
    public void A_vm_outlives_its_device()
    {
        using var fake = FakeVmm.Create("v17");

        fake.Device.Dispose();
        fake.Vm.Start();

        IoctlAssert.Is(fake.Ioctls[^1], FdKinds.Vm, 0x4703);
    }

    private static int Index(IReadOnlyList<KernelEvent> events, KernelEventKind kind, int fd)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Kind == kind && events[i].Fd == fd)
            {
                return i;
            }
        }

        throw new Xunit.Sdk.XunitException($"no {kind} of fd {fd} in [{string.Join(", ", events)}]");
    }
}
