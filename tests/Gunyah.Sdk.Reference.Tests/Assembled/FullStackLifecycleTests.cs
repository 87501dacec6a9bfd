using System.Diagnostics;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// 10,000 VM lifecycles through the typed SDK on the whole reference machine (create, one region, DTB, one vCPU,
/// start, close) leave no VMID, parcel, capability, hypervisor object, mapping, virtual fd, real fd or thread behind.
/// </summary>
[Collection(nameof(FullStackLifecycleTests))]
[CollectionDefinition(nameof(FullStackLifecycleTests), DisableParallelization = true)]
public sealed class FullStackLifecycleTests
{
    private const ulong Base = 0x8000_0000;
    private const ulong RamSize = 0x1_0000;

    [Fact]
    public async Task Ten_thousand_lifecycles_leave_nothing_behind()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Android14);
        using var device = host.OpenDevice();
        using var ram = device.AllocateGuestMemory(Base, RamSize);
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = Base, MemorySize = RamSize }).Build().ToArray();
        ram.Write(Base + 0x1000, dtb);

        Cycle(device, ram, dtb.Length);
        var hypervisor = host.System.Hypervisor.Counters;
        var virtualFds = host.Kernel.OpenVirtualFds;
        var realFds = Directory.GetFiles("/proc/self/fd").Length;
        var threads = NonPoolThreads();

        for (var i = 0; i < 10_000; i++)
        {
            Cycle(device, ram, dtb.Length);
        }

        Assert.Equal(hypervisor, host.System.Hypervisor.Counters);
        Assert.Equal(virtualFds, host.Kernel.OpenVirtualFds);
        Assert.Equal(0, host.System.Platform.LiveHandles);
        Assert.Empty(host.System.Hypervisor.VerifyInvariants());
        Assert.InRange(Directory.GetFiles("/proc/self/fd").Length, 0, realFds + 2);   // the runner may open a log
        Assert.InRange(NonPoolThreads(), 0, threads + 2);   // thread-pool workers come and go; no other thread may pile up
    }

    private static int NonPoolThreads() => Process.GetCurrentProcess().Threads.Count - ThreadPool.ThreadCount;

    private static void Cycle(GunyahDevice device, GuestMemory ram, int dtbLength)
    {
        using var vm = device.CreateVm();
        vm.AddUserMemory(0, ram);
        vm.SetDeviceTree(Base + 0x1000, (ulong)dtbLength + 0x1000);
        using var vcpu = vm.AddVcpu(0);
        vm.Start();
    }
}
