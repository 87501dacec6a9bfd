using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using HypAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Parcels on the assembled system (RM over the hypervisor core), pinning what the memory-isolation property found:
/// donated memory is the recipient's own (a guest's or the host's, where it accepted it), to lend on and get back; the
/// host cannot give memory it only borrows; an RM-chosen IPA never lands on a mapping the borrower still holds.
/// </summary>
public sealed class AssembledParcelTests : IAsyncLifetime
{
    private const int Pages = 16;
    private const ulong Page = ReferenceHypervisor.PageSize;
    private readonly ReferenceSystem system = ReferenceSystem.Create();
    private readonly HostPages memory = new(Pages);
    private RmConnection host = null!;

    private ulong Host(int page) => memory[page];

    public Task InitializeAsync()
    {
        host = new RmConnection(ReferenceHypervisor.HlosVmid, system.HostRmQueues);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await system.DisposeAsync();
        memory.Dispose();
    }

    private async Task<(ushort Vmid, RmConnection Guest)> RunningGuestAsync()
    {
        var vmid = (ushort)(await host.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq())).Vmid;
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions()).Build().ToArray();
        memory.Write(0, dtb);
        var image = (await host.Client.MemLendAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.Rwx } },
            new[] { new GhRmMemEntry { Ipa = Host(0), Size = 2 * Page } },
            Array.Empty<GhRmMemAttrEntry>())).MemHandle;
        await host.Client.VmConfigImageAsync(new GhRmVmConfigImageReq { Vmid = vmid, MemHandle = image, DtbSize = 2 * Page });
        await host.Client.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
        await host.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid });
        return (vmid, new RmConnection(vmid, system.Service.Connect(vmid)));
    }

    [Fact]
    public async Task A_VM_lends_memory_donated_to_it_and_gets_its_own_view_back_at_reclaim()
    {
        var (vmid, guest) = await RunningGuestAsync();
        var donated = (await host.Client.MemDonateAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.Rwx } },
            new[] { new GhRmMemEntry { Ipa = Host(4), Size = 2 * Page } },
            Array.Empty<GhRmMemAttrEntry>())).MemHandle;
        const ulong own = 0x2_0000_0000;
        await guest.Client.MemAcceptAsync(
            new GhRmMemAcceptReq { MemHandle = donated, MemType = (byte)GhRmMemType.Normal, TransType = (byte)GhRmMemTransType.Donate, Flags = (byte)GhRmMemAcceptFlags.Done },
            Array.Empty<GhRmMemAclEntry>(), new[] { new GhRmMemEntry { Ipa = own, Size = 2 * Page } }, Array.Empty<GhRmMemAttrEntry>());
        var vm = system.Hypervisor.GetVm(vmid)!;
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(vm, own, 2 * Page, HypAccess.RWX));

        var lent = (await guest.Client.MemLendAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal },
            new[] { new GhRmMemAclEntry { Vmid = ReferenceHypervisor.HlosVmid, Rights = (byte)GhRmMemAclRights.R } },
            new[] { new GhRmMemEntry { Ipa = own + Page, Size = Page } },
            Array.Empty<GhRmMemAttrEntry>())).MemHandle;
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(vm, own, Page, HypAccess.RWX));
        Assert.Equal(HypError.AddressInvalid, system.Hypervisor.CheckAccess(vm, own + Page, Page, HypAccess.R));
        var at = Assert.Single((await host.Client.MemAcceptAsync(
            new GhRmMemAcceptReq { MemHandle = lent, MemType = (byte)GhRmMemType.Normal, TransType = (byte)GhRmMemTransType.Lend, Flags = (byte)GhRmMemAcceptFlags.Done },
            Array.Empty<GhRmMemAclEntry>(), Array.Empty<GhRmMemEntry>(), Array.Empty<GhRmMemAttrEntry>())).Entries).Ipa;
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.R));
        Assert.Equal(HypError.Denied, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.W));
        await host.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = lent });
        await guest.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = lent });

        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(vm, own, 2 * Page, HypAccess.RWX));
        Assert.Equal(HypError.AddressInvalid, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.R));
        Assert.Empty(system.Hypervisor.VerifyInvariants());
        await guest.DisposeAsync();
    }

    [Fact]
    public async Task An_RM_chosen_IPA_never_collides_with_one_the_borrower_still_maps_even_4096_handles_later()
    {
        var (vmid, guest) = await RunningGuestAsync();
        var held = await LendAsync(vmid, 4);
        var first = Assert.Single((await AcceptAsync(guest, held)).Entries);

        // 4095 more parcels come and go, so the next handle is 4096 after the one the guest still holds.
        for (var i = 0; i < 4095; i++)
        {
            await host.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = await LendAsync(vmid, 5) });
        }

        var next = await LendAsync(vmid, 6);
        Assert.Equal(held + 4096, next);
        var second = Assert.Single((await AcceptAsync(guest, next)).Entries);

        Assert.True(second.Ipa + second.Size <= first.Ipa || first.Ipa + first.Size <= second.Ipa, $"0x{second.Ipa:X} overlaps 0x{first.Ipa:X}");
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.Hypervisor.GetVm(vmid)!, second.Ipa, Page, HypAccess.R));
        await guest.DisposeAsync();
    }

    [Fact]
    public async Task The_host_may_not_lend_memory_it_only_borrows()
    {
        var (vmid, guest) = await RunningGuestAsync();
        var own = await DonateToAsync(guest, vmid, 4);
        var lent = await GiveAsync(guest.Client, GhRmMemTransType.Lend, ReferenceHypervisor.HlosVmid, GhRmMemAclRights.R, own);
        var at = Assert.Single((await AcceptAsync(host, lent, GhRmMemTransType.Lend)).Entries).Ipa;
        var before = system.Hypervisor.Counters;

        // The host's address of a page it borrows is not host memory: MEM_INVALID, nothing registered or mapped.
        Assert.Equal(GhRmError.MemInvalid, await RmBed.Code(() => GiveAsync(host.Client, GhRmMemTransType.Lend, vmid, GhRmMemAclRights.Rw, at)));
        Assert.Equal(GhRmError.MemInvalid, await RmBed.Code(() => GiveAsync(host.Client, GhRmMemTransType.Share, vmid, GhRmMemAclRights.Rw, at)));

        Assert.Equal(before, system.Hypervisor.Counters);
        Assert.Equal(HypError.Denied, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.W));
        Assert.Empty(system.Hypervisor.VerifyInvariants());
        await guest.DisposeAsync();
    }

    [Fact]
    public async Task Memory_a_VM_donates_to_the_host_is_the_hosts_where_it_accepted_it_to_lend_on_and_get_back()
    {
        var (vmid, guest) = await RunningGuestAsync();
        var own = await DonateToAsync(guest, vmid, 4);
        var back = await GiveAsync(guest.Client, GhRmMemTransType.Donate, ReferenceHypervisor.HlosVmid, GhRmMemAclRights.Rwx, own);
        var at = Assert.Single((await AcceptAsync(host, back, GhRmMemTransType.Donate)).Entries).Ipa;
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.RWX));
        Assert.Equal(HypError.AddressInvalid, system.Hypervisor.CheckAccess(system.Hypervisor.GetVm(vmid)!, own, Page, HypAccess.R));

        var lent = await GiveAsync(host.Client, GhRmMemTransType.Lend, vmid, GhRmMemAclRights.Rw, at);
        Assert.Equal(HypError.AddressInvalid, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.R));
        var there = Assert.Single((await AcceptAsync(guest, lent, GhRmMemTransType.Lend)).Entries).Ipa;
        Assert.True(system.Hypervisor.GetVm(vmid)!.AddressSpace.TryTranslate(there, out var physical, out _));
        Assert.True(system.HostVm.AddressSpace.TryTranslate(at, out _, out _) is false);
        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.Hypervisor.GetVm(vmid)!, there, Page, HypAccess.RW));
        Assert.Equal(memory[4], physical);
        await guest.Client.MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = lent });
        await host.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = lent });

        Assert.Equal(HypError.Ok, system.Hypervisor.CheckAccess(system.HostVm, at, Page, HypAccess.RWX));
        Assert.Empty(system.Hypervisor.VerifyInvariants());
        await guest.DisposeAsync();
    }

    /// <summary>The host donates its page <paramref name="page"/> to the guest, which accepts it at an RM-chosen IPA (returned).</summary>
    private async Task<ulong> DonateToAsync(RmConnection guest, ushort vmid, int page)
    {
        var handle = await GiveAsync(host.Client, GhRmMemTransType.Donate, vmid, GhRmMemAclRights.Rwx, Host(page));
        return Assert.Single((await AcceptAsync(guest, handle, GhRmMemTransType.Donate)).Entries).Ipa;
    }

    private static async Task<uint> GiveAsync(GhRmClient client, GhRmMemTransType trans, ushort to, GhRmMemAclRights rights, ulong ipa)
    {
        var request = new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal };
        GhRmMemAclEntry[] acl = trans == GhRmMemTransType.Share
            ? [new GhRmMemAclEntry { Vmid = ReferenceHypervisor.HlosVmid, Rights = (byte)GhRmMemAclRights.Rwx }, new GhRmMemAclEntry { Vmid = to, Rights = (byte)rights }]
            : [new GhRmMemAclEntry { Vmid = to, Rights = (byte)rights }];
        GhRmMemEntry[] sgl = [new GhRmMemEntry { Ipa = ipa, Size = Page }];
        var reply = trans switch
        {
            GhRmMemTransType.Lend => await client.MemLendAsync(request, acl, sgl, Array.Empty<GhRmMemAttrEntry>()),
            GhRmMemTransType.Share => await client.MemShareAsync(request, acl, sgl, Array.Empty<GhRmMemAttrEntry>()),
            _ => await client.MemDonateAsync(request, acl, sgl, Array.Empty<GhRmMemAttrEntry>()),
        };
        return reply.MemHandle;
    }

    private static async Task<GhRmMemAcceptRespPayload> AcceptAsync(RmConnection by, uint handle, GhRmMemTransType trans) =>
        await by.Client.MemAcceptAsync(
            new GhRmMemAcceptReq { MemHandle = handle, MemType = (byte)GhRmMemType.Normal, TransType = (byte)trans, Flags = (byte)GhRmMemAcceptFlags.Done },
            Array.Empty<GhRmMemAclEntry>(), Array.Empty<GhRmMemEntry>(), Array.Empty<GhRmMemAttrEntry>());

    private async Task<uint> LendAsync(ushort vmid, int page) =>
        (await host.Client.MemLendAsync(
            new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal },
            new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = (byte)GhRmMemAclRights.R } },
            new[] { new GhRmMemEntry { Ipa = Host(page), Size = Page } },
            Array.Empty<GhRmMemAttrEntry>())).MemHandle;

    private static async Task<GhRmMemAcceptRespPayload> AcceptAsync(RmConnection guest, uint handle) =>
        await guest.Client.MemAcceptAsync(
            new GhRmMemAcceptReq { MemHandle = handle, MemType = (byte)GhRmMemType.Normal, TransType = (byte)GhRmMemTransType.Lend, Flags = (byte)GhRmMemAcceptFlags.Done },
            Array.Empty<GhRmMemAclEntry>(), Array.Empty<GhRmMemEntry>(), Array.Empty<GhRmMemAttrEntry>());
}
