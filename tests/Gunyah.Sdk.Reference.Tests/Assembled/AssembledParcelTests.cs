using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using HypAccess = Gunyah.Sdk.Reference.Hypervisor.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Parcels on the assembled system (RM over the hypervisor core), pinning what the memory-isolation property found:
/// donated memory is the recipient's own, to lend on and get back; an RM-chosen IPA never lands on a mapping the
/// borrower still holds.
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
