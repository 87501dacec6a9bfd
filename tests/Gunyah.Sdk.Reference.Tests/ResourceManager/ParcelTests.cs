using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>The parcel rules of fact sheet §2.5, each accepted and refused over the wire, with the ownership
/// effects seen through the platform.</summary>
public sealed class ParcelTests
{
    private const byte R = (byte)GhRmMemAclRights.R;
    private const byte Rw = (byte)GhRmMemAclRights.Rw;
    private const byte Rwx = (byte)GhRmMemAclRights.Rwx;

    private static GhRmMemAclEntry Acl(ushort vmid, byte rights) => new() { Vmid = vmid, Rights = rights };

    private static GhRmMemEntry Sgl(ulong ipa, ulong size = 0x1000) => new() { Ipa = ipa, Size = size };

    private static GhRmMemAttrEntry Attr(ushort vmid, GhRmMemAttr attr) => new() { Vmid = vmid, Attr = (ushort)attr };

    private static GhRmMemShareReq Req(GhRmMemType type = GhRmMemType.Normal, byte flags = 0, uint label = 7) =>
        new() { MemType = (byte)type, Flags = flags, Label = label };

    private static async Task<(ushort Vmid, RmConnection Guest)> RunningGuestAsync(RmBed bed)
    {
        var (vmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(vmid);
        return (vmid, bed.Connect(vmid));
    }

    private static Task<GhRmMemHandleResp> Lend(RmBed bed, GhRmMemAclEntry[] acl, GhRmMemEntry[] sgl, GhRmMemAttrEntry[]? attrs = null, GhRmMemShareReq? req = null) =>
        bed.Host.Client.MemLendAsync(req ?? Req(), acl, sgl, attrs ?? []).AsTask();

    private static Task<GhRmMemHandleResp> Share(RmBed bed, GhRmMemAclEntry[] acl, GhRmMemEntry[] sgl, GhRmMemShareReq? req = null) =>
        bed.Host.Client.MemShareAsync(req ?? Req(), acl, sgl, Array.Empty<GhRmMemAttrEntry>()).AsTask();

    private static Task<GhRmMemHandleResp> Donate(RmBed bed, GhRmMemAclEntry[] acl, GhRmMemEntry[] sgl, GhRmMemAttrEntry[]? attrs = null, GhRmMemShareReq? req = null) =>
        bed.Host.Client.MemDonateAsync(req ?? Req(), acl, sgl, attrs ?? []).AsTask();

    private static GhRmMemAcceptReq AcceptReq(uint handle, GhRmMemTransType trans = GhRmMemTransType.Lend, GhRmMemAcceptFlags flags = GhRmMemAcceptFlags.Done, uint label = 7) =>
        new() { MemHandle = handle, MemType = (byte)GhRmMemType.Normal, TransType = (byte)trans, Flags = (byte)flags, Label = label };

    private static Task<GhRmMemAcceptRespPayload> Accept(RmConnection guest, GhRmMemAcceptReq req, GhRmMemEntry[]? sgl = null, GhRmMemAclEntry[]? acl = null) =>
        guest.Client.MemAcceptAsync(req, acl ?? [], sgl ?? [], Array.Empty<GhRmMemAttrEntry>()).AsTask();

    [Fact]
    public async Task Lend_takes_the_owners_access_accept_maps_it_for_the_borrower_and_reclaim_gives_it_back()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var ipa = bed.NextHostRange();
        var extents = bed.Platform.ExtentCount;

        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(ipa, 0x2000)])).MemHandle;
        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(Hlos, ipa));
        var reply = await Accept(guest, AcceptReq(handle));
        var mapped = Assert.Single(reply.Entries);
        Assert.Equal(0x2000UL, mapped.Size);
        Assert.Equal(MemoryAccess.RW, bed.Platform.AccessOf(vmid, mapped.Ipa + 0x1000));

        Assert.Equal(GhRmError.MemInuse, await Code(() => bed.ReclaimAsync(handle)));
        await guest.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = handle });
        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(vmid, mapped.Ipa));
        await bed.ReclaimAsync(handle);

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(Hlos, ipa));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.ReclaimAsync(handle)));
        Assert.Equal(extents, bed.Platform.ExtentCount);
    }

    [Fact]
    public async Task Share_keeps_the_owners_access_and_needs_the_owner_in_the_ACL()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var ipa = bed.NextHostRange();

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Share(bed, [Acl(vmid, R)], [Sgl(ipa)])));
        var handle = (await Share(bed, [Acl(Hlos, Rwx), Acl(vmid, R)], [Sgl(ipa)])).MemHandle;
        var at = 0x4000_0000UL;
        await Accept(guest, AcceptReq(handle, GhRmMemTransType.Share), [Sgl(at)]);

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(Hlos, ipa));
        Assert.Equal(MemoryAccess.R, bed.Platform.AccessOf(vmid, at));
    }

    [Theory]
    [InlineData((byte)0, GhRmError.ArgumentInvalid)]
    [InlineData((byte)1, GhRmError.ArgumentInvalid)]
    [InlineData((byte)2, GhRmError.ArgumentInvalid)]
    [InlineData((byte)3, GhRmError.ArgumentInvalid)]
    [InlineData((byte)8, GhRmError.ArgumentInvalid)]
    [InlineData((byte)4, GhRmError.Ok)]
    [InlineData((byte)5, GhRmError.Ok)]
    [InlineData((byte)6, GhRmError.Ok)]
    [InlineData((byte)7, GhRmError.Ok)]
    public async Task ACL_rights_R_RX_RW_RWX_are_accepted_and_any_other_is_ARGUMENT_INVALID(byte rights, GhRmError expected)
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();

        Assert.Equal(expected, await Code(() => Lend(bed, [Acl(vmid, rights)], [Sgl(bed.NextHostRange())])));
    }

    [Fact]
    public async Task Malformed_lists_are_ARGUMENT_INVALID()
    {
        await using var bed = new RmBed();
        var a = await bed.AllocateAsync();
        var b = await bed.AllocateAsync();
        var ipa = bed.NextHostRange();

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R), Acl(a, Rw)], [Sgl(ipa)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [], [Sgl(ipa)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa + 0x10)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa, 0)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa, 0x2000), Sgl(ipa + 0x1000)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa)], [Attr(b, GhRmMemAttr.Normal)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa)], [new GhRmMemAttrEntry { Vmid = a, Attr = 4 }])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(Hlos, R), Acl(a, R)], [Sgl(ipa)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa)], req: Req(flags: 0x4))));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(a, R)], [Sgl(ipa)], req: Req((GhRmMemType)2))));
        Assert.Equal(GhRmError.VmidInvalid, await Code(() => Lend(bed, [Acl(0x99, R)], [Sgl(ipa)])));
        Assert.Equal(0, bed.Rm.ParcelCount);
    }

    [Fact]
    public async Task An_SGL_of_512_entries_is_accepted_and_513_is_ARGUMENT_INVALID()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var base512 = bed.NextHostRange(0x20_0000);
        var base513 = bed.NextHostRange(0x20_0000);
        var ok = Enumerable.Range(0, 512).Select(i => Sgl(base512 + (ulong)i * 0x1000)).ToArray();
        var tooMany = Enumerable.Range(0, 513).Select(i => Sgl(base513 + (ulong)i * 0x1000)).ToArray();

        Assert.Equal(GhRmError.Ok, await Code(() => Lend(bed, [Acl(vmid, R)], ok)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(vmid, R)], tooMany)));
    }

    [Fact]
    public async Task Memory_the_owner_does_not_own_or_already_lent_is_MEM_INVALID()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var ipa = bed.NextHostRange();
        await Lend(bed, [Acl(vmid, R)], [Sgl(ipa)]);

        Assert.Equal(GhRmError.MemInvalid, await Code(() => Lend(bed, [Acl(vmid, R)], [Sgl(ipa)])));
        Assert.Equal(GhRmError.MemInvalid, await Code(() => Lend(bed, [Acl(vmid, R)], [Sgl(0x1_0000_0000)])));
    }

    [Fact]
    public async Task An_owner_may_hold_64_parcels_and_the_65th_is_NORESOURCE()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        for (var i = 0; i < ReferenceResourceManager.MaxParcelsPerOwner; i++)
        {
            await Lend(bed, [Acl(vmid, R)], [Sgl(bed.NextHostRange())]);
        }

        Assert.Equal(GhRmError.Noresource, await Code(() => Lend(bed, [Acl(vmid, R)], [Sgl(bed.NextHostRange())])));
    }

    [Fact]
    public async Task Donate_needs_one_full_rights_entry_with_default_attrs_and_moves_the_pages_on_accept()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var other = await bed.AllocateAsync();
        var ipa = bed.NextHostRange();

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Donate(bed, [Acl(vmid, Rwx), Acl(other, Rwx)], [Sgl(ipa)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Donate(bed, [Acl(vmid, Rw)], [Sgl(ipa)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Donate(bed, [Acl(vmid, Rwx)], [Sgl(ipa)], [Attr(vmid, GhRmMemAttr.Cached)])));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Donate(bed, [Acl(Hlos, Rwx)], [Sgl(ipa)])));
        var handle = (await Donate(bed, [Acl(vmid, Rwx)], [Sgl(ipa)])).MemHandle;
        Assert.Equal(Hlos, bed.Platform.PageOwner(ipa));

        await Accept(guest, AcceptReq(handle, GhRmMemTransType.Donate));

        Assert.Equal(vmid, bed.Platform.PageOwner(ipa));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.ReclaimAsync(handle)));
    }

    [Fact]
    public async Task IO_memory_takes_no_X_right_no_sanitize_and_only_DEVICE_attrs()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var io = Req(GhRmMemType.Io);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(vmid, Rwx)], [Sgl(bed.NextHostRange())], req: io)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())], [Attr(vmid, GhRmMemAttr.Normal)], io)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())], req: Req(GhRmMemType.Io, (byte)GhRmMemShareFlags.Sanitize))));
        Assert.Equal(GhRmError.Ok, await Code(() => Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())], [Attr(vmid, GhRmMemAttr.Device)], io)));
        Assert.Equal(GhRmError.Ok, await Code(() => Donate(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())], req: io)));
    }

    [Fact]
    public async Task Append_grows_an_unfinished_parcel_only_for_its_owner_until_END()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var ipa = bed.NextHostRange();
        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(ipa)], req: Req(flags: (byte)GhRmMemShareFlags.Append))).MemHandle;
        Task Append(RmConnection who, GhRmMemEntry[] sgl, byte flags) =>
            who.Client.MemAppendAsync(new GhRmMemAppendReq { MemHandle = handle, Flags = flags }, sgl).AsTask();

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(Hlos, ipa));
        Assert.Equal(GhRmError.MemInvalid, await Code(() => Accept(guest, AcceptReq(handle))));
        Assert.Equal(GhRmError.Denied, await Code(() => Append(guest, [Sgl(ipa + 0x1000)], 0)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Append(bed.Host, [Sgl(ipa + 0x1000)], 2)));
        await Append(bed.Host, [Sgl(ipa + 0x1000)], 0);
        await Append(bed.Host, [Sgl(ipa + 0x2000)], (byte)GhRmMemAppendFlags.End);
        Assert.Equal(GhRmError.MemInvalid, await Code(() => Append(bed.Host, [Sgl(ipa + 0x3000)], (byte)GhRmMemAppendFlags.End)));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.Host.Client.MemAppendAsync(new GhRmMemAppendReq { MemHandle = 0xFFFF_FFFF }, new[] { Sgl(ipa) }).AsTask()));

        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(Hlos, ipa + 0x2000));
        Assert.Equal(0x3000UL, Assert.Single((await Accept(guest, AcceptReq(handle))).Entries).Size);
    }

    [Fact]
    public async Task Accept_checks_caller_flags_types_and_validations()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var (otherVmid, _) = await bed.ReadyVmAsync();
        await bed.StartAsync(otherVmid);
        var other = bed.Connect(otherVmid);
        var handle = (await Lend(bed, [Acl(vmid, R)], [Sgl(bed.NextHostRange(), 0x2000)])).MemHandle;

        Assert.Equal(GhRmError.Denied, await Code(() => Accept(other, AcceptReq(handle))));
        Assert.Equal(GhRmError.Denied, await Code(() => Accept(bed.Host, AcceptReq(handle))));
        Assert.Equal(GhRmError.Denied, await Code(() => Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.MapOther))));
        Assert.Equal(GhRmError.Denied, await Code(() => Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.Sanitize))));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Accept(guest, AcceptReq(handle, GhRmMemTransType.Share))));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Accept(guest, AcceptReq(handle, flags: (GhRmMemAcceptFlags)0x40))));
        var mapOther = AcceptReq(handle);
        mapOther.Sgl.MapVmid = vmid;
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Accept(guest, mapOther)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Accept(guest, AcceptReq(handle), [Sgl(0x4000_0000)])));
        Assert.Equal(GhRmError.ValidateFailed, await Code(() => Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.ValidateLabel, label: 8))));
        Assert.Equal(GhRmError.ValidateFailed, await Code(() => Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.ValidateSanitized))));
        Assert.Equal(GhRmError.ValidateFailed, await Code(() => Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.ValidateAclAttr), acl: [Acl(vmid, Rw)])));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => Accept(guest, AcceptReq(0xFFFF_FFFF))));

        var flags = GhRmMemAcceptFlags.ValidateAclAttr | GhRmMemAcceptFlags.ValidateLabel | GhRmMemAcceptFlags.MapContiguous | GhRmMemAcceptFlags.Done;
        var reply = await Accept(guest, AcceptReq(handle, flags: flags), [Sgl(0x4000_0000, 0x2000)], [Acl(vmid, R)]);
        Assert.Empty(reply.Entries);
        Assert.Equal(MemoryAccess.R, bed.Platform.AccessOf(vmid, 0x4000_1000));
        Assert.Equal(GhRmError.MemInuse, await Code(() => Accept(guest, AcceptReq(handle))));
    }

    [Fact]
    public async Task Sanitize_zeroes_the_memory_when_lending_and_on_reclaim_and_VALIDATE_SANITIZED_then_passes()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var ipa = bed.NextHostRange();
        bed.Platform.WriteMemory(Hlos, ipa, [1, 2, 3]);
        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(ipa)], req: Req(flags: (byte)GhRmMemShareFlags.Sanitize))).MemHandle;
        var seen = new byte[3];
        bed.Platform.ReadMemory(Hlos, ipa, seen);
        Assert.Equal(new byte[3], seen);

        var at = (await Accept(guest, AcceptReq(handle, flags: GhRmMemAcceptFlags.ValidateSanitized))).Entries[0].Ipa;
        bed.Platform.WriteMemory(vmid, at, [9, 9]);
        await guest.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = handle });
        await bed.Host.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle, Flags = (byte)GhRmMemReleaseFlags.Sanitize });

        bed.Platform.ReadMemory(Hlos, ipa, seen);
        Assert.Equal(new byte[3], seen);
    }

    [Fact]
    public async Task Release_and_reclaim_check_who_and_when()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())])).MemHandle;
        Task Release(RmConnection who, byte flags = 0) => who.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = handle, Flags = flags }).AsTask();

        Assert.Equal(GhRmError.MemReleased, await Code(() => Release(guest)));
        Assert.Equal(GhRmError.Denied, await Code(() => Release(bed.Host)));
        Assert.Equal(GhRmError.Denied, await Code(() => guest.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle }).AsTask()));
        await Accept(guest, AcceptReq(handle));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Release(guest, 2)));
        Assert.Equal(GhRmError.MemInuse, await Code(() => bed.ReclaimAsync(handle)));
        await Release(guest);
        Assert.Equal(GhRmError.MemReleased, await Code(() => Release(guest)));
        await bed.ReclaimAsync(handle);
    }

    [Fact]
    public async Task A_stopped_borrowers_hold_does_not_block_reclaim()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())])).MemHandle;
        await Accept(guest, AcceptReq(handle));
        await bed.StopAsync(vmid);

        await bed.ReclaimAsync(handle);

        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.ReclaimAsync(handle)));
    }

    [Fact]
    public async Task A_VM_named_by_a_parcel_is_not_deallocated_until_the_owner_reclaims_it()
    {
        await using var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var handle = (await Lend(bed, [Acl(vmid, Rw)], [Sgl(bed.NextHostRange())])).MemHandle;

        Assert.Equal(GhRmError.InUse, await Code(() => bed.DeallocAsync(vmid)));
        await bed.ReclaimAsync(handle);
        await bed.DeallocAsync(vmid);
    }

    [Fact]
    public async Task A_VM_lends_on_memory_donated_to_it_and_its_reset_takes_the_parcel_from_the_borrower()
    {
        await using var bed = new RmBed();
        var (vmid, guest) = await RunningGuestAsync(bed);
        var ipa = bed.NextHostRange();
        var donated = (await Donate(bed, [Acl(vmid, Rwx)], [Sgl(ipa, 0x2000)])).MemHandle;
        const ulong guestIpa = 0x2_0000_0000;
        await Accept(guest, AcceptReq(donated, GhRmMemTransType.Donate), [Sgl(guestIpa, 0x2000)]);
        bed.Platform.WriteMemory(vmid, guestIpa, [42]);

        var handle = (await guest.Client.MemLendAsync(Req(), new[] { Acl(Hlos, R) }, new[] { Sgl(guestIpa + 0x1000) }, Array.Empty<GhRmMemAttrEntry>())).MemHandle;
        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(vmid, guestIpa + 0x1000));
        var at = Assert.Single((await Accept(bed.Host, AcceptReq(handle))).Entries).Ipa;
        Assert.Equal(MemoryAccess.R, bed.Platform.AccessOf(Hlos, at));
        Assert.Equal(GhRmError.Denied, await Code(() => bed.ReclaimAsync(handle)));

        await bed.StopAsync(vmid);
        await bed.ResetAsync(vmid);

        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(Hlos, at));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => bed.Host.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = handle }).AsTask()));
        Assert.Equal(Hlos, bed.Platform.PageOwner(ipa));
        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(Hlos, ipa));
    }
}
