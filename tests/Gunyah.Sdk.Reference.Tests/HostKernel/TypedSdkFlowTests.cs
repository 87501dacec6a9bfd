using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using MemoryAccess = Gunyah.Sdk.Vmm.MemoryAccess;
using M = Gunyah.Sdk.ResourceManager.Protocol.GhRmMessages;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>The typed SDK, unchanged, drives a VM on the reference driver of each generation through START and a
/// scripted RUN sequence; the RM sees the §5.3 call sequence of the generation's family, in order.</summary>
public sealed class TypedSdkFlowTests
{
    private const ulong Base = 0x8000_0000;

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task StartSendsTheFamilySequence(string profileName)
    {
        await using var host = Host.For(profileName, rm => rm.WithVcpu(0));
        using var device = GunyahDevice.Open(host.Kernel, "/dev/gunyah", host.Profile);
        var vm = device.CreateVm();
        using var memory = Configure(host, device, vm);
        using var vcpu = vm.Capabilities.HasFlag(VmCapabilities.Functions) ? vm.AddVcpu(0) : null;
        vm.Start();
        vm.Start();

        uint[] expected = host.Profile == AbiProfiles.V17 || host.Profile == AbiProfiles.Android15
            ? [M.GH_RM_RPC_VM_ALLOC_VMID, M.GH_RM_RPC_MEM_LEND, M.GH_RM_RPC_VM_CONFIG_IMAGE, M.GH_RM_RPC_VM_SET_DEMAND_PAGING,
                M.GH_RM_RPC_VM_SET_ADDRESS_LAYOUT, M.GH_RM_RPC_VM_INIT, M.GH_RM_RPC_VM_SET_CONTEXT, M.GH_RM_RPC_VM_SET_CONTEXT,
                M.GH_RM_RPC_VM_GET_HYP_RESOURCES, M.GH_RM_RPC_VM_START]
            : [M.GH_RM_RPC_VM_ALLOC_VMID, M.GH_RM_RPC_MEM_SHARE, M.GH_RM_RPC_VM_CONFIG_IMAGE, M.GH_RM_RPC_VM_INIT,
                M.GH_RM_RPC_VM_GET_HYP_RESOURCES, M.GH_RM_RPC_VM_START];
        Assert.Equal(expected, host.Rm.CallIds);

        var image = Assert.Single(host.Rm.Requests<GhRmVmConfigImageReq>(M.GH_RM_RPC_VM_CONFIG_IMAGE));
        Assert.Equal(host.Profile.Name is "v17" or "android15-6.6" ? 0ul : Host.Page, image.DtbOffset);
        Assert.Equal(Host.Page, image.DtbSize);
        if (host.Profile.Name is "v17" or "android15-6.6")
        {
            var contexts = host.Rm.Requests<GhRmVmSetContextReq>(M.GH_RM_RPC_VM_SET_CONTEXT);
            Assert.Equal([(0, 0, Base + Host.Page), (1, 0, Base)], contexts.Select(c => ((int)c.RegSet, (int)c.RegIndex, c.Value)));
        }
        else
        {
            var share = Assert.Single(host.Rm.Requests<GhRmMemShareReqPayload>(M.GH_RM_RPC_MEM_SHARE));
            Assert.Equal([(0x81, 7), (Host.HostVmid, 7)], share.Acl.Select(a => ((int)a.Vmid, (int)a.Rights)));
            Assert.Equal((ulong)((GuestMemory)memory).HostAddress, Assert.Single(share.Sgl).Ipa);
        }

        vcpu?.Dispose();
        vm.Dispose();
        uint[] teardown = host.Profile.Name is "v17" or "android15-6.6"
            ? [M.GH_RM_RPC_VM_STOP, M.GH_RM_RPC_MEM_RECLAIM, M.GH_RM_RPC_VM_RESET, M.GH_RM_RPC_VM_DEALLOC_VMID]
            : [M.GH_RM_RPC_VM_STOP, M.GH_RM_RPC_MEM_RECLAIM, M.GH_RM_RPC_VM_RESET, M.GH_RM_RPC_VM_DEALLOC_VMID];
        Assert.Equal(teardown, host.Rm.CallIds[expected.Length..]);
        Assert.Equal(host.Profile == AbiProfiles.V17 ? 2 : 1, host.Kernel.OpenVirtualFds);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void ScriptedRunSequence(string profileName)
    {
        using var host = Host.For(profileName, rm => rm.WithVcpu(0));
        using var started = new StartedVm(host);
        var vcpu = started.Vcpu;
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioWrite, 0x9000_0000, 4, 0x4142_4344)
            .Then(VcpuRunState.AddressSpaceVmmioRead, 0x9000_0004, 2)
            .Then(VcpuRunState.Ready)
            .Then(VcpuRunState.PsciSystemReset, 1);

        var exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
        Assert.True(exit.Mmio.IsWrite);
        Assert.Equal((0x9000_0000ul, 4, 0x4142_4344ul), (exit.Mmio.Address, exit.Mmio.Length, exit.Mmio.Value));

        exit = vcpu.Run();
        Assert.False(exit.Mmio.IsWrite);
        Assert.Equal((0x9000_0004ul, 2), (exit.Mmio.Address, exit.Mmio.Length));
        exit.Mmio.SetReadValue(0xAA55_1234);

        var notifier = new Thread(() =>
        {
            while (host.Hyp.Runs.Count < 4)
            {
                Thread.Sleep(5);
            }

            host.Notifications.Exit(0x81, 2, [9, 0, 0, 0]);
        });
        notifier.Start();
        exit = vcpu.Run();
        notifier.Join();
        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal((VmStatus.Exited, (ushort)2, 4u), (exit.Status.Status, exit.Status.ExitType, exit.Status.ReasonSize));
        Assert.Equal([9, 0, 0, 0], exit.Status.Reason.ToArray());
        Assert.Equal(VcpuExitReason.Status, vcpu.Run().Reason);
        Assert.Equal(4, host.Hyp.Runs.Count);

        var runs = host.Hyp.Runs.ToArray();
        Assert.Equal(0x1000ul, runs[0].Cap);
        Assert.Equal(0x1234ul, runs[2].Resume0);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task KickInterruptsARunWaitingForItsWakeup(string profileName)
    {
        await using var host = Host.For(profileName, rm => rm.WithVcpu(0));
        using var started = new StartedVm(host);
        var vcpu = started.Vcpu;
        var run = Task.Factory.StartNew(() => vcpu.Run().Reason, TaskCreationOptions.LongRunning);
        while (host.Hyp.Runs.IsEmpty)
        {
            await Task.Delay(5);
        }

        await Task.Delay(20);
        Assert.False(run.IsCompleted);
        vcpu.Kick();
        Assert.Equal(VcpuExitReason.Interrupted, await run.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task TheWakeupVirqEndsTheWait(string profileName)
    {
        await using var host = Host.For(profileName, rm => rm.WithVcpu(0));
        using var started = new StartedVm(host);
        var vcpu = started.Vcpu;
        host.Hyp.Then(VcpuRunState.ExpectsWakeup).Then(VcpuRunState.AddressSpaceVmmioRead, 0x10, 1);
        var run = Task.Factory.StartNew(() => vcpu.Run().Reason, TaskCreationOptions.LongRunning);
        while (host.Hyp.Runs.IsEmpty)
        {
            await Task.Delay(5);
        }

        host.Driver.Interrupts.Assert(100);
        Assert.Equal(VcpuExitReason.Mmio, await run.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    // Memory and devicetree the generation's way; the DTB is the second page, one page long.
    internal static IDisposable Configure(Host host, GunyahDevice device, GunyahVm vm)
    {
        if (host.Profile == AbiProfiles.V17)
        {
            var file = device.CreateGuestMemory(4 * Host.Page);
            vm.MapMemory(file, new GuestMemoryBinding(Base, 0, 4 * Host.Page, MemoryAccess.ReadWriteExecute, GuestMemoryMapMode.Share));
            vm.SetDeviceTree(Base + Host.Page, Host.Page);
            vm.SetBootRegister(BootRegister.X(0), Base + Host.Page);
            vm.SetBootRegister(BootRegister.Pc, Base);
            return file;
        }

        var ram = device.AllocateGuestMemory(Base, 4 * Host.Page);
        vm.AddUserMemory(0, ram);
        vm.SetDeviceTree(Base + Host.Page, Host.Page);
        if (vm.Capabilities.HasFlag(VmCapabilities.BootContext))
        {
            vm.SetBootRegister(BootRegister.X(0), Base + Host.Page);
            vm.SetBootRegister(BootRegister.Pc, Base);
        }

        return ram;
    }

    /// <summary>A device, a started VM with memory and a DTB, and its vCPU 0, through the typed SDK.</summary>
    private sealed class StartedVm : IDisposable
    {
        private readonly GunyahDevice device;
        private readonly GunyahVm vm;
        private readonly IDisposable memory;

        public StartedVm(Host host)
        {
            device = GunyahDevice.Open(host.Kernel, "/dev/gunyah", host.Profile);
            vm = device.CreateVm();
            memory = Configure(host, device, vm);
            Vcpu = vm.AddVcpu(0);
            vm.Start();
        }

        public GunyahVcpu Vcpu { get; }

        public void Dispose()
        {
            Vcpu.Dispose();
            vm.Dispose();
            memory.Dispose();
            device.Dispose();
        }
    }
}
