using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>
/// A guest vCPU halting ends its VM (fact sheet §6.5 and the exit payload table): the RM watches every vCPU's halt
/// interrupt, asks vcpu_run_check how it stopped and sends EXITED then NOTIFY_VM_EXITED with the mapped type,
/// code and reason words to the owner.
/// </summary>
public sealed class VcpuHaltTests
{
    private static async Task<(RmBed Bed, ushort Vmid, ulong Vcpu)> RunningVmAsync()
    {
        var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        var entry = Assert.Single(await HypResourcesAsync(bed.Host, vmid), e => e.Type == (byte)GhRmResourceType.Vcpu);
        Assert.True(bed.Platform.TryGetCapability(Hlos, entry.CapId, out var vcpu));
        Assert.True(bed.Platform.IsHaltWatched(vcpu));
        bed.Host.Log.Clear();
        return (bed, vmid, vcpu);
    }

    private static async Task<(GhRmVmExitedPayload Fixed, byte[] Reason)> HaltAsync(RmBed bed, ushort vmid, ulong vcpu, VcpuRunResult how)
    {
        var exited = bed.Host.Log.WaitForAsync((id, p) => id == GhRmMessages.GH_RM_RPC_NOTIF_VM_EXITED, fresh: true);
        Assert.True(bed.Platform.Halt(vcpu, how));
        var payload = await exited.WaitAsync(Patience);
        Assert.Equal(GhRmVmStatus.Exited, bed.Rm.StateOf(vmid));
        var log = bed.Host.Log.All;
        Assert.Equal([GhRmMessages.GH_RM_RPC_NOTIF_VM_STATUS, GhRmMessages.GH_RM_RPC_NOTIF_VM_EXITED], log.Select(n => n.Id));
        Assert.Equal((byte)GhRmVmStatus.Exited, Decode.Status(log[0].Payload).VmStatus);
        Assert.False(bed.Platform.IsPoweredOn(vcpu));
        return Decode.Exited(payload);
    }

    private static byte[] Word(ushort flags, GhRmVmExitCode code)
    {
        var word = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(word, flags);
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(2), (ushort)code);
        return word;
    }

    public static TheoryData<VcpuRunState, ulong, GhRmVmExitType, GhRmVmExitCode> OneWordExits => new()
    {
        { VcpuRunState.PoweredOff, 1, GhRmVmExitType.PlatformOff, GhRmVmExitCode.Normal },
        { VcpuRunState.PsciSystemReset, 1UL << 63, GhRmVmExitType.PlatformReset, GhRmVmExitCode.Normal },
        { VcpuRunState.Fault, 0, GhRmVmExitType.SoftwareError, GhRmVmExitCode.SoftwareError },
        { VcpuRunState.Blocked, 0, GhRmVmExitType.SoftwareError, GhRmVmExitCode.UnknownError },
    };

    [Theory]
    [MemberData(nameof(OneWordExits))]
    public async Task A_halted_vCPU_exits_its_VM_with_the_type_and_code_of_how_it_stopped(VcpuRunState state, ulong data0, GhRmVmExitType type, GhRmVmExitCode code)
    {
        var (bed, vmid, vcpu) = await RunningVmAsync();
        await using var _ = bed;

        var (exited, reason) = await HaltAsync(bed, vmid, vcpu, new VcpuRunResult(HypError.Ok, state, data0));

        Assert.Equal((vmid, (ushort)type, 4u), (exited.Vmid, exited.ExitType, exited.ExitReasonSize));
        Assert.Equal(Word(0, code), reason);
    }

    [Theory]
    [InlineData(false, 0x8000_0001u, 0x1_2345_6789UL, 0x2345_6789UL)]
    [InlineData(true, 0x8000_0001u, 0x1_2345_6789UL, 0x1_2345_6789UL)]
    public async Task A_PSCI_SYSTEM_RESET2_sends_16_reason_bytes_with_the_reset_type_and_cookie(bool smc64, uint resetType, ulong cookie, ulong expectedCookie)
    {
        var (bed, vmid, vcpu) = await RunningVmAsync();
        await using var _ = bed;
        var word = resetType | (smc64 ? 1UL << 62 : 0);

        var (exited, reason) = await HaltAsync(bed, vmid, vcpu, new VcpuRunResult(HypError.Ok, VcpuRunState.PsciSystemReset, word, cookie));

        Assert.Equal(((ushort)GhRmVmExitType.PsciSystemReset2, 16u), (exited.ExitType, exited.ExitReasonSize));
        Assert.Equal(Word(smc64 ? (ushort)GhRmVmExitFlags.Smc64 : (ushort)0, GhRmVmExitCode.Normal), reason[..4]);
        Assert.Equal(resetType, BinaryPrimitives.ReadUInt32LittleEndian(reason.AsSpan(4)));
        Assert.Equal(expectedCookie, BinaryPrimitives.ReadUInt64LittleEndian(reason.AsSpan(8)));
    }

    [Fact]
    public async Task A_crash_message_makes_a_halt_report_SOFTWARE_ERROR()
    {
        var (bed, vmid, vcpu) = await RunningVmAsync();
        await using var _ = bed;
        var guest = bed.Connect(vmid);
        var text = "panic: oops"u8.ToArray();
        var padded = new byte[(text.Length + 3) & ~3];
        text.CopyTo(padded, 0);
        await guest.Client.VmSetCrashMsgAsync(new GhRmVmCrashMsg { Len = (ushort)text.Length }, padded).AsTask().WaitAsync(Patience);

        var (exited, reason) = await HaltAsync(bed, vmid, vcpu, new VcpuRunResult(HypError.Ok, VcpuRunState.PoweredOff, 1));

        Assert.Equal((ushort)GhRmVmExitType.PlatformOff, exited.ExitType);
        Assert.Equal(Word(0, GhRmVmExitCode.SoftwareError), reason);
    }

    [Fact]
    public async Task A_halt_after_the_VM_has_exited_sends_nothing_more()
    {
        var (bed, vmid, vcpu) = await RunningVmAsync();
        await using var _ = bed;
        await bed.StopAsync(vmid);
        bed.Host.Log.Clear();

        await AssertHaltIgnoredAsync(bed, vmid, vcpu, GhRmVmStatus.Exited);
    }

    [Fact]
    public async Task A_halt_of_a_VM_that_never_started_is_ignored()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        var entry = Assert.Single(await HypResourcesAsync(bed.Host, vmid), e => e.Type == (byte)GhRmResourceType.Vcpu);
        Assert.True(bed.Platform.TryGetCapability(Hlos, entry.CapId, out var vcpu));
        bed.Host.Log.Clear();

        await AssertHaltIgnoredAsync(bed, vmid, vcpu, GhRmVmStatus.Ready);
    }

    // Halts the vCPU and checks nothing was sent and the state stayed: a call after the halt makes sure any
    // notification it queued would have been sent before that reply.
    private static async Task AssertHaltIgnoredAsync(RmBed bed, ushort vmid, ulong vcpu, GhRmVmStatus state)
    {
        Assert.True(bed.Platform.Halt(vcpu, new VcpuRunResult(HypError.Ok, VcpuRunState.Fault)));
        await bed.Rm.WhenCleanupsDone().WaitAsync(Patience);
        await bed.Host.Client.VmGetVmidAsync().AsTask().WaitAsync(Patience);

        Assert.Empty(bed.Host.Log.All);
        Assert.Equal(state, bed.Rm.StateOf(vmid));
    }
}
