using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>MEM_NOTIFY: who may send which flag, the mem_info_tag rule, and the MEM_SHARED / RELEASED / ACCEPTED /
/// RECALL notifications it produces, decoded with the generated readers.</summary>
public sealed class ParcelNotifyTests
{
    private static async Task<(RmBed Bed, ushort Vmid, RmConnection Guest, uint Handle, ulong Ipa)> SharedParcelAsync(bool startGuest = true)
    {
        var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync();
        if (startGuest)
        {
            await bed.StartAsync(vmid);
        }

        var ipa = bed.NextHostRange();
        var handle = (await bed.Host.Client.MemShareAsync(
            new GhRmMemShareReq { Label = 0x55, Flags = (byte)GhRmMemShareFlags.Sanitize },
            new[] { new GhRmMemAclEntry { Vmid = Hlos, Rights = 7 }, new GhRmMemAclEntry { Vmid = vmid, Rights = 6 } },
            new[] { new GhRmMemEntry { Ipa = ipa, Size = 0x1000 }, new GhRmMemEntry { Ipa = ipa + 0x4000, Size = 0x3000 } },
            new[] { new GhRmMemAttrEntry { Vmid = vmid, Attr = (ushort)GhRmMemAttr.Cached } })).MemHandle;
        return (bed, vmid, bed.Connect(vmid), handle, ipa);
    }

    private static Task Notify(RmConnection who, uint handle, GhRmMemNotifyFlags flags, uint tag, params ushort[] vmids) =>
        who.Client.MemNotifyAsync(
            new GhRmMemNotifyReq { MemHandle = handle, Flags = (byte)flags, MemInfoTag = tag },
            vmids.Select(v => new GhRmVmidEntry { Vmid = v }).ToArray()).AsTask();

    [Fact]
    public async Task SHARED_from_the_owner_sends_MEM_SHARED_with_region_sizes_only()
    {
        var (bed, vmid, guest, handle, _) = await SharedParcelAsync();
        await using var owned = bed;

        await Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 0xA1, vmid);

        var payload = await guest.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_MEM_SHARED).WaitAsync(Patience);
        Assert.True(GhRmMemSharedPayloadReader.TryRead(payload, out var reader));
        var shared = reader.ToPayload();
        Assert.Equal(handle, shared.Fixed.MemHandle);
        Assert.Equal((byte)GhRmMemTransType.Share, shared.Fixed.TransType);
        Assert.Equal((byte)GhRmMemSharedFlags.Sanitized, shared.Fixed.Flags);
        Assert.Equal(Hlos, shared.Fixed.OwnerVmid);
        Assert.Equal(0x55u, shared.Fixed.Label);
        Assert.Equal(0xA1u, shared.Fixed.MemInfoTag);
        Assert.Equal([Hlos, vmid], shared.Acl.Select(a => a.Vmid));
        Assert.Equal([0x1000UL, 0x3000UL], shared.Regions.Select(r => r.Size));
        Assert.Equal((ushort)GhRmMemAttr.Cached, Assert.Single(shared.Attrs).Attr);
    }

    [Fact]
    public async Task The_first_SHARED_fixes_the_tag_and_a_different_tag_later_is_ARGUMENT_INVALID()
    {
        var (bed, vmid, guest, handle, _) = await SharedParcelAsync();
        await using var owned = bed;
        await Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 0xA1, vmid);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 0xA2, vmid)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(guest, handle, GhRmMemNotifyFlags.Accepted, 0xA2)));
        Assert.Equal(GhRmError.Ok, await Code(() => Notify(guest, handle, GhRmMemNotifyFlags.Accepted, 0xA1)));
    }

    [Fact]
    public async Task Flags_senders_and_targets_are_checked()
    {
        var (bed, vmid, guest, handle, _) = await SharedParcelAsync();
        await using var owned = bed;
        var stranger = await bed.AllocateAsync();

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared | GhRmMemNotifyFlags.Recall, 1, vmid)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, 0, 1, vmid)));
        Assert.Equal(GhRmError.Denied, await Code(() => Notify(guest, handle, GhRmMemNotifyFlags.Shared, 1, vmid)));
        Assert.Equal(GhRmError.Denied, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Released, 1)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 1, stranger)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 1, Hlos)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 1)));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => Notify(bed.Host, 0xFFFF_FFFF, GhRmMemNotifyFlags.Shared, 1, vmid)));
    }

    [Fact]
    public async Task ACCEPTED_RELEASED_from_the_borrower_reach_the_owner_and_RECALL_reaches_the_borrower()
    {
        var (bed, vmid, guest, handle, _) = await SharedParcelAsync();
        await using var owned = bed;

        await Notify(guest, handle, GhRmMemNotifyFlags.Accepted, 9);
        await Notify(guest, handle, GhRmMemNotifyFlags.Released, 9);
        await Notify(bed.Host, handle, GhRmMemNotifyFlags.Recall, 9, vmid);

        var accepted = await bed.Host.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_MEM_ACCEPTED).WaitAsync(Patience);
        var released = await bed.Host.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_MEM_RELEASED).WaitAsync(Patience);
        var recall = await guest.Log.WaitForAsync((id, _) => id == GhRmMessages.GH_RM_RPC_NOTIF_MEM_RECALL).WaitAsync(Patience);
        foreach (var owner in new[] { accepted, released })
        {
            Assert.True(GhRmMemOwnerPayload.TryDecode(owner, out var note, out _));
            Assert.Equal((handle, vmid, 9u), (note.MemHandle, note.Vmid, note.MemInfoTag));
        }

        Assert.True(GhRmMemRecallPayload.TryDecode(recall, out var asked, out _));
        Assert.Equal((handle, 9u), (asked.MemHandle, asked.MemInfoTag));
    }

    [Fact]
    public async Task SHARED_to_a_READY_VM_is_accepted_by_the_RM_for_it_and_RECALL_releases_it()
    {
        var (bed, vmid, _, handle, ipa) = await SharedParcelAsync(startGuest: false);
        await using var owned = bed;

        await Notify(bed.Host, handle, GhRmMemNotifyFlags.Shared, 3, vmid);

        var accepted = bed.Host.Log.OfId(GhRmMessages.GH_RM_RPC_NOTIF_MEM_ACCEPTED);
        Assert.True(GhRmMemOwnerPayload.TryDecode(Assert.Single(accepted).Payload, out var note, out _));
        Assert.Equal(vmid, note.Vmid);
        Assert.Equal(MemoryAccess.RW, bed.Platform.AccessOf(vmid, ipa));
        Assert.Equal(GhRmError.MemInuse, await Code(() => bed.ReclaimAsync(handle)));

        await Notify(bed.Host, handle, GhRmMemNotifyFlags.Recall, 3, vmid);

        Assert.Single(bed.Host.Log.OfId(GhRmMessages.GH_RM_RPC_NOTIF_MEM_RELEASED));
        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(vmid, ipa));
        await bed.ReclaimAsync(handle);
    }
}
