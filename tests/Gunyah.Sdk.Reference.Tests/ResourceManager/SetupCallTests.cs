using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Reference.Tests.ResourceManager.RmBed;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>VM_CONFIG_IMAGE's parcel checks and the L24 set-up calls: boot context, demand paging, address layout
/// (our semantics: where VM_INIT maps the image and firmware parcels) and firmware memory.</summary>
public sealed class SetupCallTests
{
    private static Task Context(RmBed bed, ushort vmid, GhRmVmBootContextRegSet set, byte index, ulong value = 0x1234) =>
        bed.Host.Client.VmSetContextAsync(new GhRmVmSetContextReq { Vmid = vmid, RegSet = (byte)set, RegIndex = index, Value = value }).AsTask();

    private static Task Layout(RmBed bed, ushort vmid, uint id, ulong at, ulong size) =>
        bed.Host.Client.VmSetAddressLayoutAsync(new GhRmVmSetAddressLayoutReq { Vmid = vmid, RangeId = id, Base = at, Size = size }).AsTask();

    private static Task Paging(RmBed bed, ushort vmid, params (ulong Base, ulong Size)[] ranges) =>
        bed.Host.Client.VmSetDemandPagingAsync(new GhRmVmSetDemandPagingReq { Vmid = vmid }, ranges.Select(r => new GhRmVmAddrRange { Base = r.Base, Size = r.Size }).ToArray()).AsTask();

    private static async Task<(RmBed Bed, ushort Vmid, uint Handle, byte[] Dtb)> InitStateAsync()
    {
        var bed = new RmBed();
        var vmid = await bed.AllocateAsync();
        var dtb = Dtb();
        var (handle, _) = await bed.LendAsync(vmid, dtb);
        await bed.ConfigAsync(vmid, handle, dtb);
        return (bed, vmid, handle, dtb);
    }

    [Fact]
    public async Task Config_image_needs_a_finished_parcel_naming_the_VM_with_the_DTB_and_image_inside_it()
    {
        await using var bed = new RmBed();
        var dtb = Dtb();
        var other = await bed.AllocateAsync();
        async Task<GhRmError> Config(Func<ushort, uint, GhRmVmConfigImageReq> request, bool unfinished = false, bool forOther = false)
        {
            var vmid = await bed.AllocateAsync();
            var handle = unfinished
                ? (await bed.Host.Client.MemLendAsync(
                    new GhRmMemShareReq { Flags = (byte)GhRmMemShareFlags.Append },
                    new[] { new GhRmMemAclEntry { Vmid = vmid, Rights = 7 } },
                    new[] { new GhRmMemEntry { Ipa = bed.NextHostRange(), Size = 0x1000 } },
                    Array.Empty<GhRmMemAttrEntry>())).MemHandle
                : (await bed.LendAsync(forOther ? other : vmid, dtb)).Handle;
            var error = await Code(() => bed.Host.Client.VmConfigImageAsync(request(vmid, handle)).AsTask());
            Assert.Equal(error == GhRmError.Ok ? GhRmVmStatus.Init : GhRmVmStatus.InitFailed, bed.Rm.StateOf(vmid));
            return error;
        }

        Assert.Equal(GhRmError.ArgumentInvalid, await Config((v, h) => new() { Vmid = v, MemHandle = h, DtbOffset = ParcelSize - 0x800, DtbSize = 0x1000 }));
        Assert.Equal(GhRmError.ArgumentInvalid, await Config((v, h) => new() { Vmid = v, MemHandle = h }));
        Assert.Equal(GhRmError.ArgumentInvalid, await Config((v, h) => new() { Vmid = v, MemHandle = h, DtbSize = 0x1000, ImageOffset = ParcelSize, ImageSize = 1 }));
        Assert.Equal(GhRmError.HandleInvalid, await Config((v, h) => new() { Vmid = v, MemHandle = h, DtbSize = 0x1000 }, forOther: true));
        Assert.Equal(GhRmError.MemInvalid, await Config((v, h) => new() { Vmid = v, MemHandle = h, DtbSize = 0x1000 }, unfinished: true));
        Assert.Equal(GhRmError.Ok, await Config((v, h) => new() { Vmid = v, MemHandle = h, DtbSize = ParcelSize, ImageSize = ParcelSize }));
        var guest = bed.Connect(other);
        Assert.Equal(GhRmError.Denied, await Code(() => guest.Client.VmConfigImageAsync(new GhRmVmConfigImageReq { Vmid = other, DtbSize = 0x1000 }).AsTask()));
        Assert.Equal(GhRmVmStatus.Load, bed.Rm.StateOf(other));
    }

    [Fact]
    public async Task Boot_context_takes_X0_31_PC_and_SP0_2_in_READY_and_lands_on_vCPU_0_at_start()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;
        Assert.Equal(GhRmError.VmState, await Code(() => Context(bed, vmid, GhRmVmBootContextRegSet.Pc, 0)));
        await bed.InitAsync(vmid);

        await Context(bed, vmid, GhRmVmBootContextRegSet.X, 31, 0x31);
        await Context(bed, vmid, GhRmVmBootContextRegSet.Pc, 0, 0x8000_0000);
        await Context(bed, vmid, GhRmVmBootContextRegSet.Sp, 2, 0x55);
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Context(bed, vmid, GhRmVmBootContextRegSet.X, 32)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Context(bed, vmid, GhRmVmBootContextRegSet.Pc, 1)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Context(bed, vmid, GhRmVmBootContextRegSet.Sp, 3)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Context(bed, vmid, (GhRmVmBootContextRegSet)3, 0)));
        await bed.StartAsync(vmid);

        var vcpu0 = (await bed.Host.Client.VmGetHypResourcesAsync(new GhRmVmCommonVmidReq { Vmid = vmid })).Entries.Single(e => e.Type == (byte)GhRmResourceType.Vcpu);
        Assert.True(bed.Platform.TryGetCapability(Hlos, vcpu0.CapId, out var obj));
        Assert.True(bed.Platform.IsPoweredOn(obj));
        Assert.Equal(0x8000_0000UL, bed.Platform.GetBootContext(obj, GhRmVmBootContextRegSet.Pc, 0));
        Assert.Equal(0x31UL, bed.Platform.GetBootContext(obj, GhRmVmBootContextRegSet.X, 31));
        Assert.Equal(0x55UL, bed.Platform.GetBootContext(obj, GhRmVmBootContextRegSet.Sp, 2));
        Assert.Equal(GhRmError.VmState, await Code(() => Context(bed, vmid, GhRmVmBootContextRegSet.Pc, 0)));
    }

    [Fact]
    public async Task Demand_paging_ranges_must_be_page_aligned_disjoint_and_sent_in_INIT()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;

        Assert.Equal(GhRmError.Ok, await Code(() => Paging(bed, vmid, (0x8000_0000, 0x10_0000), (0x9000_0000, 0x1000))));
        Assert.Equal(GhRmError.Ok, await Code(() => Paging(bed, vmid)));                                  // no lent range: nothing to page
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Paging(bed, vmid, (0x8000_0010, 0x1000))));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Paging(bed, vmid, (0x8000_0000, 0x2000), (0x8000_1000, 0x1000))));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Paging(bed, vmid, (0xFFFF_FFFF_FFFF_F000, 0x2000))));
        await bed.InitAsync(vmid);
        Assert.Equal(GhRmError.VmState, await Code(() => Paging(bed, vmid, (0x8000_0000, 0x1000))));
    }

    [Fact]
    public async Task The_IMAGE_layout_is_where_VM_INIT_maps_the_image_parcel()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Layout(bed, vmid, 2, 0x4000_0000, ParcelSize)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Layout(bed, vmid, 0, 0x4000_0100, ParcelSize)));
        await Layout(bed, vmid, (uint)GhRmVmAddressRangeId.Image, 0x4000_0000, ParcelSize);
        await bed.InitAsync(vmid);

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(vmid, 0x4000_0000 + ParcelSize - 0x1000));
        Assert.Equal(MemoryAccess.None, bed.Platform.AccessOf(vmid, 0x8000_0000));
        Assert.Equal(GhRmError.VmState, await Code(() => Layout(bed, vmid, 0, 0x4000_0000, ParcelSize)));
    }

    [Fact]
    public async Task Without_a_layout_the_image_parcel_goes_at_the_vm_config_memory_base()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;

        await bed.InitAsync(vmid);

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(vmid, 0x8000_0000));
    }

    [Fact]
    public async Task An_IMAGE_layout_smaller_than_the_parcel_fails_VM_INIT()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;
        await Layout(bed, vmid, (uint)GhRmVmAddressRangeId.Image, 0x4000_0000, 0x1000);

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => bed.InitAsync(vmid)));
        Assert.Equal(GhRmVmStatus.InitFailed, bed.Rm.StateOf(vmid));
    }

    [Fact]
    public async Task Firmware_memory_is_a_range_of_a_parcel_for_the_VM_mapped_at_the_FIRMWARE_layout()
    {
        var (bed, vmid, _, _) = await InitStateAsync();
        await using var owned = bed;
        var (firmware, _) = await bed.LendAsync(vmid, size: 0x4000);
        Task Firmware(uint handle, ulong offset, ulong size, ushort reserved = 0) =>
            bed.Host.Client.VmSetFirmwareMemAsync(new GhRmVmSetFirmwareMemReq { Vmid = vmid, MemHandle = handle, FwOffset = offset, FwSize = size, Reserved = reserved }).AsTask();

        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Firmware(firmware, 0, 0)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Firmware(firmware, 0x3000, 0x2000)));
        Assert.Equal(GhRmError.ArgumentInvalid, await Code(() => Firmware(firmware, 0, 0x1000, reserved: 1)));
        Assert.Equal(GhRmError.HandleInvalid, await Code(() => Firmware(0x4242, 0, 0x1000)));
        await Firmware(firmware, 0, 0x4000);
        await Layout(bed, vmid, (uint)GhRmVmAddressRangeId.Firmware, 0x1000_0000, 0x4000);
        await bed.InitAsync(vmid);

        Assert.Equal(MemoryAccess.RWX, bed.Platform.AccessOf(vmid, 0x1000_3000));
        Assert.Equal(GhRmError.VmState, await Code(() => Firmware(firmware, 0, 0x1000)));
    }
}
