using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Vmm;
using MemoryAccess = Gunyah.Sdk.Vmm.MemoryAccess;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// How the whole-machine tests give a VM its memory, as a VMM would: a 2 MiB RAM at 0x8000_0000 holding the
/// devicetree at +64 KiB — user memory where the generation has regions, a guest memory file bound with MAP_MEM
/// where it has those — and the boot PC/X0 where the generation has a boot context.
/// </summary>
internal static class AssembledVm
{
    public const ulong Base = 0x8000_0000;
    public const ulong RamSize = 0x20_0000;
    public const ulong DtbOffset = 0x1_0000;

    /// <summary>The devicetree the RM reads at VM_INIT: this RAM and <paramref name="vcpus"/> vCPUs.</summary>
    public static byte[] Dtb(int vcpus = 1) =>
        new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = Base, MemorySize = RamSize, VcpuCount = vcpus }).Build().ToArray();

    /// <summary>Gives <paramref name="vm"/> its RAM with <paramref name="dtb"/> in it (and a guest <paramref name="image"/> at
    /// <paramref name="imageOffset"/> in it); dispose the result after the VM.</summary>
    public static IDisposable GiveMemory(GunyahDevice device, GunyahVm vm, byte[] dtb, byte[]? image = null, ulong imageOffset = 0)
    {
        if (vm.Capabilities.HasFlag(VmCapabilities.GuestMemoryFiles))
        {
            var file = device.CreateGuestMemory(RamSize);
            using (var view = file.Map(0, RamSize))
            {
                dtb.CopyTo(view.AsSpan()[(int)DtbOffset..]);
                image?.CopyTo(view.AsSpan()[(int)imageOffset..]);
            }

            vm.MapMemory(file, new GuestMemoryBinding(Base, 0, RamSize, MemoryAccess.ReadWriteExecute, GuestMemoryMapMode.Share));
            SetBootRegisters(vm);
            return file;
        }

        var ram = device.AllocateGuestMemory(Base, RamSize);
        ram.Write(Base + DtbOffset, dtb);
        if (image is not null)
            ram.Write(Base + imageOffset, image);
        vm.AddUserMemory(0, ram);
        SetBootRegisters(vm);
        return ram;
    }

    // One VM_SET_CONTEXT per register the VMM set, where the generation has a boot context.
    private static void SetBootRegisters(GunyahVm vm)
    {
        if (vm.Capabilities.HasFlag(VmCapabilities.BootContext))
        {
            vm.SetBootRegister(BootRegister.Pc, Base);
            vm.SetBootRegister(BootRegister.X(0), Base + DtbOffset);
        }
    }
}
