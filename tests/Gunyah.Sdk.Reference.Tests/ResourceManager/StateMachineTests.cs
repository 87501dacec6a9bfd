using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>Every reachable legal transition of fact sheet §5.2 over the wire, with the NOTIFY_VM_STATUS it sends
/// the owner, and illegal calls in each state answered VM_STATE.</summary>
public sealed class StateMachineTests
{
    private static GhRmVmCommonVmidReq Vm(ushort vmid) => new() { Vmid = vmid };

    private static async Task<GhRmVmStatus> StateOf(RmBed bed, ushort vmid) =>
        (GhRmVmStatus)(await bed.Host.Client.VmGetStateAsync(Vm(vmid))).VmStatus;

    [Fact]
    public async Task Allocate_gives_the_lowest_free_dynamic_vmid_in_LOAD_and_only_HLOS_may_allocate()
    {
        await using var bed = new RmBed();
        var first = await bed.AllocateAsync();
        var second = await bed.AllocateAsync();

        Assert.Equal(0x80, first);
        Assert.Equal(0x81, second);
        Assert.Equal(GhRmVmStatus.Load, await StateOf(bed, first));
        await bed.DeallocAsync(first);
        Assert.Equal(0x80, await bed.AllocateAsync());
        var guest = bed.Connect(second);
        Assert.Equal(GhRmError.Denied, await Code(() => guest.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq()).AsTask()));
        Assert.Equal(GhRmError.Noresource, await Code(() => bed.Host.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq { Vmid = 0x20 }).AsTask()));
    }

    [Fact]
    public async Task The_dynamic_range_holds_63_VMs_and_the_64th_is_NORESOURCE()
    {
        await using var bed = new RmBed();
        for (var i = 0; i < 63; i++)
        {
            Assert.Equal(0x80 + i, await bed.AllocateAsync());
        }

        Assert.Equal(GhRmError.Noresource, await Code(bed.AllocateAsync));
    }

    [Fact]
    public async Task Load_init_ready_running_exited_resetting_reset_and_dealloc_each_notify_the_owner()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var dtb = Dtb();
        var (handle, _) = await bed.LendAsync(vmid, dtb);

        await bed.ConfigAsync(vmid, handle, dtb);
        await bed.InitAsync(vmid);
        await bed.StartAsync(vmid);
        await bed.StopAsync(vmid);
        await bed.ResetAsync(vmid);
        await bed.ReclaimAsync(handle);
        await bed.DeallocAsync(vmid);

        Assert.Equal(
            [GhRmVmStatus.Init, GhRmVmStatus.Ready, GhRmVmStatus.Running, GhRmVmStatus.Exited, GhRmVmStatus.Resetting, GhRmVmStatus.Reset],
            bed.Host.Log.Statuses(vmid));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.Host.Client.VmGetStateAsync(Vm(vmid)).AsTask()));
    }

    [Fact]
    public async Task Platform_auth_goes_LOAD_AUTH_INIT_and_an_empty_auth_list_fails_AUTH_to_INIT_FAILED()
    {
        await using var bed = new RmBed();
        var dtb = Dtb();
        var a = await bed.AllocateAsync();
        var (ha, _) = await bed.LendAsync(a, dtb);
        await bed.ConfigAsync(a, ha, dtb, GhRmVmAuthMech.QcomPilElf);
        Assert.Equal(GhRmVmStatus.Auth, await StateOf(bed, a));
        await bed.Host.Client.VmAuthImageAsync(new GhRmVmAuthImageReq { Vmid = a }, new[] { new GhRmVmAuthParam { Type = 1, Value = 2 } });
        Assert.Equal([GhRmVmStatus.Auth, GhRmVmStatus.Init], bed.Host.Log.Statuses(a));

        var b = await bed.AllocateAsync();
        var (hb, _) = await bed.LendAsync(b, dtb);
        await bed.ConfigAsync(b, hb, dtb, GhRmVmAuthMech.QcomPilElf);
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.Host.Client.VmAuthImageAsync(new GhRmVmAuthImageReq { Vmid = b }, Array.Empty<GhRmVmAuthParam>()).AsTask()));
        Assert.Equal([GhRmVmStatus.Auth, GhRmVmStatus.InitFailed], bed.Host.Log.Statuses(b));
    }

    [Fact]
    public async Task Android_auth_goes_straight_to_INIT_and_an_unknown_auth_fails_LOAD_to_INIT_FAILED()
    {
        await using var bed = new RmBed();
        var dtb = Dtb();
        var a = await bed.AllocateAsync();
        var (ha, _) = await bed.LendAsync(a, dtb);
        await bed.ConfigAsync(a, ha, dtb, GhRmVmAuthMech.QcomAndroidPvm);
        var b = await bed.AllocateAsync();
        var (hb, _) = await bed.LendAsync(b, dtb);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.ConfigAsync(b, hb, dtb, (GhRmVmAuthMech)7)));

        Assert.Equal([GhRmVmStatus.Init], bed.Host.Log.Statuses(a));
        Assert.Equal([GhRmVmStatus.InitFailed], bed.Host.Log.Statuses(b));
    }

    [Fact]
    public async Task A_bad_devicetree_fails_INIT_to_INIT_FAILED_and_reset_from_INIT_FAILED_reaches_RESET()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var junk = new byte[256];
        var (handle, _) = await bed.LendAsync(vmid, junk);
        await bed.ConfigAsync(vmid, handle, junk);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.InitAsync(vmid)));
        await bed.ResetAsync(vmid);

        Assert.Equal([GhRmVmStatus.Init, GhRmVmStatus.InitFailed, GhRmVmStatus.Resetting, GhRmVmStatus.Reset], bed.Host.Log.Statuses(vmid));
        Assert.Equal(0, bed.Platform.VmCount);
    }

    [Fact]
    public async Task A_VM_that_cannot_power_on_fails_READY_to_INIT_FAILED()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        bed.Faults.RefusePowerOn = true;

        Assert.Equal(GhRmError.Denied, await Code(() => bed.StartAsync(vmid)));

        Assert.Equal([GhRmVmStatus.Init, GhRmVmStatus.Ready, GhRmVmStatus.InitFailed], bed.Host.Log.Statuses(vmid));
    }

    [Fact]
    public async Task READY_resets_and_RESET_configures_again_to_INIT_or_AUTH_or_fails_to_INIT_FAILED()
    {
        await using var bed = new RmBed();
        var dtb = Dtb();
        var (vmid, handle) = await bed.ReadyVmAsync();
        await bed.ResetAsync(vmid);
        await bed.ConfigAsync(vmid, handle, dtb, GhRmVmAuthMech.QcomPilElf);
        await bed.Host.Client.VmAuthImageAsync(new GhRmVmAuthImageReq { Vmid = vmid }, new[] { new GhRmVmAuthParam() });
        await bed.InitAsync(vmid);
        await bed.ResetAsync(vmid);
        await bed.ConfigAsync(vmid, handle, dtb);
        await bed.InitAsync(vmid);
        await bed.ResetAsync(vmid);
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.ConfigAsync(vmid, 0x7777, dtb)));

        Assert.Equal(
            [
                GhRmVmStatus.Init, GhRmVmStatus.Ready, GhRmVmStatus.Resetting, GhRmVmStatus.Reset,
                GhRmVmStatus.Auth, GhRmVmStatus.Init, GhRmVmStatus.Ready, GhRmVmStatus.Resetting, GhRmVmStatus.Reset,
                GhRmVmStatus.Init, GhRmVmStatus.Ready, GhRmVmStatus.Resetting, GhRmVmStatus.Reset, GhRmVmStatus.InitFailed,
            ],
            bed.Host.Log.Statuses(vmid));
    }

    [Fact]
    public async Task Forced_stop_sends_EXITED_status_then_VM_EXITED_of_type_VM_STOP_FORCED()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        bed.Host.Log.Clear();

        await bed.StopAsync(vmid);

        var log = bed.Host.Log.All;
        Assert.Equal([GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS, GhRmMessages.GH_RM_RPC_NOTIF_VM_EXITED], log.Select(n => n.Id));
        var (exited, reason) = Decode.Exited(log[1].Payload);
        Assert.Equal(vmid, exited.Vmid);
        Assert.Equal((ushort)GhRmVmExitType.VmStopForced, exited.ExitType);
        Assert.Equal(4u, exited.ExitReasonSize);
        Assert.Equal(new byte[4], reason);
    }

    [Fact]
    public async Task A_graceful_stop_asks_the_VM_to_shut_down_and_its_VM_EXIT_ends_it_with_the_reason_it_gave()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        var guest = bed.Connect(vmid);

        await bed.StopAsync(vmid, force: false, reason: 0x1234);
        var shutdown = await guest.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_SHUTDOWN).WaitAsync(Patience);
        Assert.True(GhRmVmShutdownPayload.TryDecode(shutdown, out var stop, out _));
        Assert.Equal(0x1234u, stop.StopReason);
        Assert.Equal(GhRmVmStatus.Running, bed.Rm.StateOf(vmid));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => guest.Client.VmExitAsync(new GhRmVmExitReq { ExitCode = 2 }).AsTask()));

        await guest.Client.VmExitAsync(new GhRmVmExitReq { ExitFlags = (ushort)GhRmVmExitFlags.Restart, ExitCode = (byte)GhRmVmExitCode.BusError });

        var exitedNote = await bed.Host.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_EXITED).WaitAsync(Patience);
        var (exited, reason) = Decode.Exited(exitedNote);
        Assert.Equal((ushort)GhRmVmExitType.VmExit, exited.ExitType);
        Assert.Equal(new byte[] { 1, 0, 3, 0 }, reason);
        Assert.Equal(GhRmVmStatus.Exited, bed.Rm.StateOf(vmid));
        Assert.Equal(GhRmError.VmState, await Code(() => guest.Client.VmExitAsync(new GhRmVmExitReq()).AsTask()));
    }

    [Fact]
    public async Task Illegal_calls_in_each_state_are_VM_STATE_and_change_nothing()
    {
        await using var bed = new RmBed();
        var dtb = Dtb();
        var c = bed.Host.Client;
        var vmid = await bed.AllocateAsync();
        var (handle, _) = await bed.LendAsync(vmid, dtb);
        Task Start() => bed.StartAsync(vmid);
        Task Init() => bed.InitAsync(vmid);
        Task Stop() => bed.StopAsync(vmid);
        Task Reset() => c.VmResetAsync(Vm(vmid)).AsTask();
        Task Dealloc() => bed.DeallocAsync(vmid);
        Task Config() => bed.ConfigAsync(vmid, handle, dtb);
        Task Auth() => c.VmAuthImageAsync(new GhRmVmAuthImageReq { Vmid = vmid }, new[] { new GhRmVmAuthParam() }).AsTask();

        async Task Refused(GhRmVmStatus state, params Func<Task>[] calls)
        {
            foreach (var call in calls)
            {
                Assert.Equal(GhRmError.VmState, await Code(call));
                Assert.Equal(state, bed.Rm.StateOf(vmid));
            }
        }

        await Refused(GhRmVmStatus.Load, Init, Start, Stop, Reset, Auth);
        await bed.ConfigAsync(vmid, handle, dtb, GhRmVmAuthMech.QcomPilElf);
        await Refused(GhRmVmStatus.Auth, Config, Init, Start, Reset, Dealloc);
        await Auth();
        await Refused(GhRmVmStatus.Init, Config, Start, Stop, Reset, Dealloc, Auth);
        await Init();
        await Refused(GhRmVmStatus.Ready, Init, Config, Stop, Dealloc);
        await Start();
        await Refused(GhRmVmStatus.Running, Start, Init, Config, Reset, Dealloc);
        await Stop();
        await Refused(GhRmVmStatus.Exited, Start, Stop, Init, Config, Dealloc);
        await bed.ResetAsync(vmid);
        await Refused(GhRmVmStatus.Reset, Start, Stop, Init, Reset, Auth);
    }

    [Fact]
    public async Task Only_the_owner_manages_a_VM_and_a_stranger_is_told_VMID_INVALID()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        var other = await bed.AllocateAsync();
        var stranger = bed.Connect(other);

        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmStartAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = 1 }).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmResetAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmDeallocVmidAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.Denied, await Code(() => stranger.Client.VmInitAsync(Vm(vmid)).AsTask()));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => bed.StartAsync(0x99)));
        Assert.Equal(GhRmVmStatus.Ready, bed.Rm.StateOf(vmid));
    }

    [Fact]
    public async Task A_no_reset_VM_refuses_VM_RESET_with_DENIED()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(new GunyahVmDeviceTreeOptions { VmAttributes = ["no-reset"] });

        Assert.Equal(GhRmError.Denied, await Code(() => bed.Host.Client.VmResetAsync(Vm(vmid)).AsTask()));
    }

    [Fact]
    public async Task VM_INIT_with_a_non_zero_reserved_half_word_is_ARGUMENT_INVALID()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var dtb = Dtb();
        var (handle, _) = await bed.LendAsync(vmid, dtb);
        await bed.ConfigAsync(vmid, handle, dtb);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.Host.Client.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid, Reserved = 1 }).AsTask()));
        Assert.Equal(GhRmVmStatus.Init, bed.Rm.StateOf(vmid));
    }
}
