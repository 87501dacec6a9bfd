using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Vmm;
using VmMemoryAccess = Gunyah.Sdk.Vmm.MemoryAccess;

namespace Gunyah.Conformance.Checks;

/// <summary>
/// A VM set up the way a VMM sets one up before START, in any generation: 2 MiB of RAM at 0x8000_0000 (a user
/// region, or a guest memory file bound with MAP_MEM where the generation has those), its devicetree at +64 KiB
/// and SET_DTB_CONFIG pointing at it, and the boot PC and X0 where the generation has a boot context. A guest image
/// goes where the VM boots: at the start of RAM in generations without a boot context (the VM starts there), and
/// otherwise after the devicetree inside its parcel, the memory START gives the VM before any demand paging, with
/// the boot PC naming it.
/// </summary>
public sealed class StartableVm
{
    public const ulong RamBase = 0x8000_0000;
    public const ulong RamSize = 0x20_0000;
    public const ulong DtbOffset = 0x1_0000;

    /// <summary>Where an image sits after the devicetree in its parcel (generations with a boot context).</summary>
    public const ulong ImageInParcel = 0x8000;

    private StartableVm(GunyahVm vm, ulong dtbSize)
    {
        Vm = vm;
        DtbSize = dtbSize;
    }

    public GunyahVm Vm { get; }

    /// <summary>The size given to SET_DTB_CONFIG.</summary>
    public ulong DtbSize { get; }

    public static ulong DtbAddress => RamBase + DtbOffset;

    /// <summary>Creates and prepares the VM; with <paramref name="vcpu"/> it also adds vCPU 0 (where the generation
    /// has functions), and with <paramref name="image"/> it loads that guest image where the VM boots. The clause's
    /// context closes everything.</summary>
    public static StartableVm Create(ClauseContext context, bool vcpu = false, byte[]? image = null, IReadOnlyList<GunyahVdevice>? vdevices = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vm = context.CreateVm();
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = RamBase, MemorySize = RamSize, Vdevices = vdevices ?? [] }).Build().ToArray();
        var bootContext = vm.Capabilities.HasFlag(VmCapabilities.BootContext);
        var imageAddress = bootContext && image is not null ? DtbAddress + ImageInParcel : RamBase;
        if (image is not null && (bootContext ? (ulong)dtb.Length > ImageInParcel : (ulong)image.Length > DtbOffset))
        {
            throw new ArgumentException($"A {image.Length}-byte image does not fit beside a {dtb.Length}-byte devicetree.", nameof(image));
        }

        GiveMemory(context, vm, dtb, image, imageAddress);
        var dtbSize = (bootContext && image is not null ? ImageInParcel + (ulong)image.Length : (ulong)dtb.Length) + ClauseContext.Page;
        vm.SetDeviceTree(DtbAddress, dtbSize);
        if (bootContext)
        {
            vm.SetBootRegister(BootRegister.Pc, imageAddress);
            vm.SetBootRegister(BootRegister.X(0), DtbAddress);
        }

        if (vcpu && vm.Capabilities.HasFlag(VmCapabilities.Functions))
        {
            vm.AddVcpu(0);
        }

        return new StartableVm(vm, dtbSize);
    }

    /// <summary>Where the devicetree puts the GICv3 (the builder's default distributor, one redistributor below it).</summary>
    public static (ulong Distributor, ulong Redistributor) Gic { get; } =
        (new GunyahVmDeviceTreeOptions().GicDistributorBase, new GunyahVmDeviceTreeOptions().GicDistributorBase - GunyahVmDeviceTreeOptions.RedistributorStride);

    /// <summary>Creates, prepares and starts the VM (with <paramref name="vdevices"/> in its devicetree, and
    /// <paramref name="beforeStart"/> adding functions such as irqfds).</summary>
    public static StartableVm Started(ClauseContext context, bool vcpu = false, byte[]? image = null, IReadOnlyList<GunyahVdevice>? vdevices = null, Action<GunyahVm>? beforeStart = null)
    {
        var prepared = Create(context, vcpu, image, vdevices);
        beforeStart?.Invoke(prepared.Vm);
        ClauseContext.RequireSuccess(ClauseContext.Result(prepared.Vm.Start), "VM_START of a prepared VM");
        return prepared;
    }

    private static void GiveMemory(ClauseContext context, GunyahVm vm, byte[] dtb, byte[]? image, ulong imageAddress)
    {
        if (vm.Capabilities.HasFlag(VmCapabilities.GuestMemoryFiles))
        {
            var file = context.Track(context.Device.CreateGuestMemory(RamSize));
            using (var view = file.Map(0, RamSize))
            {
                dtb.CopyTo(view.AsSpan()[(int)DtbOffset..]);
                image?.CopyTo(view.AsSpan()[(int)(imageAddress - RamBase)..]);
            }

            vm.MapMemory(file, new GuestMemoryBinding(RamBase, 0, RamSize, VmMemoryAccess.ReadWriteExecute, GuestMemoryMapMode.Share));
            return;
        }

        var ram = context.Memory(RamSize, RamBase);
        ram.Write(DtbAddress, dtb);
        if (image is not null)
        {
            ram.Write(imageAddress, image);
        }

        vm.AddUserMemory(0, ram);
    }
}
