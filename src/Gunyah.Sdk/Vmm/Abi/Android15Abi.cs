using Gunyah.Interop;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Uapi.Android15;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>
/// Generation E (android15-6.6): generation D's names and layouts without CREATE_GUEST_MEM, plus user regions
/// (GH_VM_SET_USER_MEM_REGION), the Android 'A' lend and firmware-config ioctls, and MAP_MEM flags with other values.
/// </summary>
internal sealed unsafe class Android15Abi : GenerationAbi
{
    public override AbiProfile Profile => AbiProfiles.Android15;

    public override VmCapabilities Capabilities =>
        VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend | VmCapabilities.FirmwareConfig
        | VmCapabilities.MapMemory | VmCapabilities.BootContext
        | VmCapabilities.Functions | VmCapabilities.StatusExit | VmCapabilities.PageFaultExit | VmCapabilities.ResumeActions;

    public override IoctlResult CreateVm(IIoctlTarget device) => new(new DeviceIoctls(device).CreateVm(), Ioctls.GUNYAH_CREATE_VM);

    public override IoctlResult SetDtbConfig(IIoctlTarget vm, ulong guestAddress, ulong size)
    {
        var config = new GunyahVmDtbConfig { GuestPhysAddr = guestAddress, Size = size };
        return new(new VmIoctls(vm).SetDtbConfig(in config), Ioctls.GUNYAH_VM_SET_DTB_CONFIG);
    }

    public override IoctlResult Start(IIoctlTarget vm) => new(new VmIoctls(vm).Start(), Ioctls.GUNYAH_VM_START);

    public override IoctlResult SetUserMemoryRegion(IIoctlTarget vm, in UserMemoryRegion region)
    {
        var argument = new GunyahUserspaceMemoryRegion
        {
            Label = region.Label,
            Flags = AccessBits(region.Access, (uint)GunyahMapFlags.AllowRead, (uint)GunyahMapFlags.AllowWrite, (uint)GunyahMapFlags.AllowExec),
            GuestPhysAddr = region.GuestAddress,
            MemorySize = region.Size,
            UserspaceAddr = (ulong)region.HostAddress,
        };
        var client = new VmIoctls(vm);
        return region.Sharing == MemorySharing.Lend
            ? new(client.AndroidLendUserMem(in argument), Ioctls.GH_VM_ANDROID_LEND_USER_MEM)
            : new(client.SetUserMemRegion(in argument), Ioctls.GH_VM_SET_USER_MEM_REGION);
    }

    public override IoctlResult SetFirmwareConfig(IIoctlTarget vm, ulong guestAddress, ulong size)
    {
        var config = new GunyahVmFirmwareConfig { GuestPhysAddr = guestAddress, Size = size };
        return new(new VmIoctls(vm).AndroidSetFwConfig(in config), Ioctls.GH_VM_ANDROID_SET_FW_CONFIG);
    }

    public override IoctlResult MapMemory(IIoctlTarget vm, int guestMemoryFd, in GuestMemoryBinding binding, bool unmap)
    {
        var mode = binding.Mode switch
        {
            GuestMemoryMapMode.Lend => (uint)GunyahMapFlags.ForceLend,
            GuestMemoryMapMode.Share => (uint)GunyahMapFlags.ForceShare,
            _ => (uint)GunyahMapFlags.DefaultAccess,
        };
        var argument = new GunyahMapMemArgs
        {
            GuestAddr = binding.GuestAddress,
            Flags = mode
                | AccessBits(binding.Access, (uint)GunyahMapFlags.AllowRead, (uint)GunyahMapFlags.AllowWrite, (uint)GunyahMapFlags.AllowExec)
                | (unmap ? (uint)GunyahMapFlags.Unmap : 0),
            GuestMemFd = (uint)guestMemoryFd,
            Offset = binding.Offset,
            Size = binding.Size,
        };
        return new(new VmIoctls(vm).MapMem(in argument), Ioctls.GUNYAH_VM_MAP_MEM);
    }

    public override IoctlResult SetBootContext(IIoctlTarget vm, BootRegister register, ulong value)
    {
        var argument = new GunyahVmBootContext
        {
            Reg = ((uint)register.Set << Constants.GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT) | register.Index,
            Value = value,
        };
        return new(new VmIoctls(vm).SetBootContext(in argument), Ioctls.GUNYAH_VM_SET_BOOT_CONTEXT);
    }

    public override IoctlResult VcpuFunction(IIoctlTarget vm, bool add, uint id)
    {
        var argument = new GunyahFnVcpuArg { Id = id };
        return Function(vm, add, new GunyahFnDesc { Type = (uint)GunyahFnType.Vcpu, ArgSize = (uint)sizeof(GunyahFnVcpuArg), Arg = (ulong)&argument });
    }

    public override IoctlResult IrqfdFunction(IIoctlTarget vm, bool add, int eventFd, uint label, bool level)
    {
        var argument = new GunyahFnIrqfdArg { Fd = (uint)eventFd, Label = label, Flags = level ? (uint)GunyahIrqfdFlags.Level : 0 };
        return Function(vm, add, new GunyahFnDesc { Type = (uint)GunyahFnType.Irqfd, ArgSize = (uint)sizeof(GunyahFnIrqfdArg), Arg = (ulong)&argument });
    }

    public override IoctlResult IoeventfdFunction(IIoctlTarget vm, bool add, int eventFd, ulong address, uint length, ulong? dataMatch)
    {
        var argument = new GunyahFnIoeventfdArg
        {
            Datamatch = dataMatch ?? 0,
            Addr = address,
            Len = length,
            Fd = eventFd,
            Flags = dataMatch.HasValue ? (uint)GunyahIoeventfdFlags.Datamatch : 0,
        };
        return Function(vm, add, new GunyahFnDesc { Type = (uint)GunyahFnType.Ioeventfd, ArgSize = (uint)sizeof(GunyahFnIoeventfdArg), Arg = (ulong)&argument });
    }

    public override IoctlResult RawFunction(IIoctlTarget vm, bool add, uint type, ReadOnlySpan<byte> argument)
    {
        fixed (byte* pointer = argument)
        {
            return Function(vm, add, new GunyahFnDesc { Type = type, ArgSize = (uint)argument.Length, Arg = (ulong)pointer });
        }
    }

    public override IoctlResult VcpuRun(IIoctlTarget vcpu) => new(new VcpuIoctls(vcpu).Run(), Ioctls.GUNYAH_VCPU_RUN);

    public override IoctlResult VcpuMmapSize(IIoctlTarget vcpu) => new(new VcpuIoctls(vcpu).MmapSize(), Ioctls.GUNYAH_VCPU_MMAP_SIZE);

    private static IoctlResult Function(IIoctlTarget vm, bool add, in GunyahFnDesc descriptor) => add
        ? new(new VmIoctls(vm).AddFunction(in descriptor), Ioctls.GUNYAH_VM_ADD_FUNCTION)
        : new(new VmIoctls(vm).RemoveFunction(in descriptor), Ioctls.GUNYAH_VM_REMOVE_FUNCTION);
}
