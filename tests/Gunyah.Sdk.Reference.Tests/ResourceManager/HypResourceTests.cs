using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>VM_GET_HYP_RESOURCES (fact sheet §7): the 44-byte entries decoded with the generated reader, cap ids
/// in each caller's own capability space, vIRQs, and who sees which entry.</summary>
public sealed class HypResourceTests
{
    private static readonly GunyahVmDeviceTreeOptions Full = new()
    {
        VcpuCount = 2,
        Vdevices =
        [
            new GunyahDoorbellVdevice("bell-rx") { Label = 1, Interrupt = GicInterrupt.Spi(1) },
            new GunyahDoorbellVdevice("bell-tx") { Label = 2, IsSource = true },
            new GunyahMessageQueueVdevice("queue") { Label = 3, IsSender = true, Interrupt = GicInterrupt.Spi(3) },
            new GunyahMessageQueuePairVdevice("pair") { Label = 5, TxInterrupt = GicInterrupt.Spi(5), RxInterrupt = GicInterrupt.Spi(6) },
            new GunyahRmRpcVdevice("rm-rpc") { IsConsole = true },
        ],
    };

    private static Task<GhRmHypResource[]> Resources(RmConnection who, ushort vmid) => HypResourcesAsync(who, vmid);

    private static GhRmHypResource One(GhRmHypResource[] entries, GhRmResourceType type, uint label) =>
        Assert.Single(entries, e => e.Type == (byte)type && e.ResourceLabel == label);

    [Fact]
    public async Task The_owner_sees_one_vCPU_per_CPU_and_its_ends_of_every_vdevice_with_its_own_caps_and_vIRQs()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(Full);

        var entries = await Resources(bed.Host, vmid);

        var vcpus = entries.Where(e => e.Type == (byte)GhRmResourceType.Vcpu).ToArray();
        Assert.Equal([0u, 1u], vcpus.Select(v => v.ResourceLabel));
        foreach (var vcpu in vcpus)
        {
            Assert.True(bed.Platform.TryGetCapability(Hlos, vcpu.CapId, out var obj));
            Assert.True(bed.Platform.TryGetVirqBinding(Hlos, vcpu.Virq, out var bound, out var source));
            Assert.Equal((obj, RmVirqSource.VcpuWakeup), (bound, source));
            Assert.Equal(0, vcpu.PartnerVmid);
        }

        Assert.Equal(0u, One(entries, GhRmResourceType.BellTx, 1).Virq);
        Assert.InRange(One(entries, GhRmResourceType.BellRx, 2).Virq, 960u, 1019u);
        Assert.NotEqual(0u, One(entries, GhRmResourceType.MsgqRx, 3).Virq);
        One(entries, GhRmResourceType.MsgqTx, 5);
        One(entries, GhRmResourceType.MsgqRx, 5);
        Assert.Equal(2 + 5, entries.Length);
        Assert.All(entries.Where(e => e.Type != (byte)GhRmResourceType.Vcpu), e => Assert.Equal(vmid, e.PartnerVmid));
        Assert.Equal(entries.Length, entries.Select(e => e.CapId).Distinct().Count());
        Assert.All(entries.Where(e => e.Virq != 0), e => Assert.True(bed.Platform.TryGetVirqBinding(Hlos, e.Virq, out _, out _)));
    }

    [Fact]
    public async Task The_guest_sees_no_vCPUs_and_the_other_direction_of_each_vdevice_with_its_devicetree_vIRQs()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(Full);
        await bed.StartAsync(vmid);
        var guest = bed.Connect(vmid);

        var mine = await Resources(guest, 0);
        var host = await Resources(bed.Host, vmid);

        Assert.DoesNotContain(mine, e => e.Type == (byte)GhRmResourceType.Vcpu);
        Assert.Equal(33u, One(mine, GhRmResourceType.BellRx, 1).Virq);
        Assert.Equal(0u, One(mine, GhRmResourceType.BellTx, 2).Virq);
        Assert.Equal(35u, One(mine, GhRmResourceType.MsgqTx, 3).Virq);
        Assert.Equal(37u, One(mine, GhRmResourceType.MsgqTx, 5).Virq);
        Assert.Equal(38u, One(mine, GhRmResourceType.MsgqRx, 5).Virq);
        Assert.All(mine, e => Assert.Equal(Hlos, e.PartnerVmid));
        Assert.True(bed.Platform.TryGetCapability(vmid, One(mine, GhRmResourceType.BellRx, 1).CapId, out var guestBell));
        Assert.True(bed.Platform.TryGetCapability(Hlos, One(host, GhRmResourceType.BellTx, 1).CapId, out var hostBell));
        Assert.Equal(guestBell, hostBell);
        Assert.True(bed.Platform.TryGetCapability(vmid, One(mine, GhRmResourceType.MsgqTx, 5).CapId, out var guestTx));
        Assert.True(bed.Platform.TryGetCapability(Hlos, One(host, GhRmResourceType.MsgqRx, 5).CapId, out var hostRx));
        Assert.Equal(guestTx, hostRx);
        Assert.Equal((await Resources(guest, vmid)).Length, mine.Length);
    }

    [Fact]
    public async Task A_stranger_is_VMID_INVALID_and_a_VM_not_built_yet_is_VM_STATE()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(Full);
        var other = await bed.AllocateAsync();
        var stranger = bed.Connect(other);

        Assert.Equal(GhRmError.VmidInvalid, await Code(() => stranger.Client.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask()));
        Assert.Equal(GhRmError.VmState, await Code(() => bed.Host.Client.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = other }).AsTask()));
    }

    [Fact]
    public async Task Reset_leaves_no_object_capability_or_vIRQ_behind()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(Full);
        Assert.NotEqual(0, bed.Platform.ObjectCount);

        await bed.ResetAsync(vmid);

        Assert.Equal((0, 0, 0, 0, 0), (bed.Platform.ObjectCount, bed.Platform.CapabilityCount, bed.Platform.VirqBindingCount, bed.Platform.VmCount, bed.Rm.HlosVirqCount));
        Assert.Equal(GhRmError.VmState, await Code(() => bed.Host.Client.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = vmid }).AsTask()));
    }

    [Theory]
    [InlineData("vcpus")]
    [InlineData("peer")]
    [InlineData("interrupt")]
    [InlineData("no-config")]
    public async Task A_devicetree_the_RM_cannot_honour_fails_VM_INIT_with_the_documented_code(string what)
    {
        await using var bed = new RmBed(maxVcpus: 2);
        var vmid = await bed.AllocateAsync();
        var (options, expected) = what switch
        {
            "vcpus" => (new GunyahVmDeviceTreeOptions { VcpuCount = 3 }, GhRmError.Noresource),
            "peer" => (new GunyahVmDeviceTreeOptions { Vdevices = [new GunyahDoorbellVdevice("bell") { Peer = "other" }] }, GhRmError.Noresource),
            "interrupt" => (new GunyahVmDeviceTreeOptions { Vdevices = [new GunyahDoorbellVdevice("a") { Interrupt = GicInterrupt.Spi(1) }, new GunyahDoorbellVdevice("b") { Interrupt = GicInterrupt.Spi(1) }] }, GhRmError.ArgumentInvalid),
            _ => (null, GhRmError.ArgumentInvalid),
        };
        var tree = new GunyahVmDeviceTreeBuilder(options).Build();
        if (what == "no-config")
        {
            tree.Root.RemoveChild("gunyah-vm-config");
        }

        var dtb = tree.ToArray();
        var (handle, _) = await bed.LendAsync(vmid, dtb);
        await bed.ConfigAsync(vmid, handle, dtb);

        Assert.Equal(expected, await Code(() => bed.InitAsync(vmid)));
        Assert.Equal(GhRmVmStatus.InitFailed, bed.Rm.StateOf(vmid));
        Assert.Equal((0, 0), (bed.Platform.ObjectCount, bed.Platform.VmCount));
    }
}
