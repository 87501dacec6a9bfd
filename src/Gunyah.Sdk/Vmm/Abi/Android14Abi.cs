using Gunyah.Interop;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Uapi.Android14;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>
/// Generation C, final GH_ form (android14-6.1): user regions are shared, lending goes through the Android 'A'
/// 0x11 ioctl, and 'A' 0x12 sets the firmware config.
/// </summary>
internal sealed unsafe class Android14Abi : GenerationAbi
{
    public override AbiProfile Profile => AbiProfiles.Android14;

    public override VmCapabilities Capabilities =>
        VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend | VmCapabilities.FirmwareConfig
        | VmCapabilities.Functions | VmCapabilities.StatusExit;

    public override IoctlResult CreateVm(IIoctlTarget device) => new(new DeviceIoctls(device).CreateVm(), Ioctls.GH_CREATE_VM);

    public override IoctlResult SetDtbConfig(IIoctlTarget vm, ulong guestAddress, ulong size)
    {
        var config = new GhVmDtbConfig { GuestPhysAddr = guestAddress, Size = size };
        return new(new VmIoctls(vm).SetDtbConfig(in config), Ioctls.GH_VM_SET_DTB_CONFIG);
    }

    public override IoctlResult Start(IIoctlTarget vm) => new(new VmIoctls(vm).Start(), Ioctls.GH_VM_START);

    public override IoctlResult SetUserMemoryRegion(IIoctlTarget vm, in UserMemoryRegion region)
    {
        var argument = new GhUserspaceMemoryRegion
        {
            Label = region.Label,
            Flags = AccessBits(region.Access, (uint)GhMemFlags.Read, (uint)GhMemFlags.Write, (uint)GhMemFlags.Exec),
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
        var config = new GhVmFirmwareConfig { GuestPhysAddr = guestAddress, Size = size };
        return new(new VmIoctls(vm).AndroidSetFwConfig(in config), Ioctls.GH_VM_ANDROID_SET_FW_CONFIG);
    }

    public override IoctlResult VcpuFunction(IIoctlTarget vm, bool add, uint id)
    {
        var argument = new GhFnVcpuArg { Id = id };
        return Function(vm, add, new GhFnDesc { Type = (uint)GhFnType.Vcpu, ArgSize = (uint)sizeof(GhFnVcpuArg), Arg = (ulong)&argument });
    }

    public override IoctlResult IrqfdFunction(IIoctlTarget vm, bool add, int eventFd, uint label, bool level)
    {
        var argument = new GhFnIrqfdArg { Fd = (uint)eventFd, Label = label, Flags = level ? (uint)GhIrqfdFlags.Level : 0 };
        return Function(vm, add, new GhFnDesc { Type = (uint)GhFnType.Irqfd, ArgSize = (uint)sizeof(GhFnIrqfdArg), Arg = (ulong)&argument });
    }

    public override IoctlResult IoeventfdFunction(IIoctlTarget vm, bool add, int eventFd, ulong address, uint length, ulong? dataMatch)
    {
        var argument = new GhFnIoeventfdArg
        {
            Datamatch = dataMatch ?? 0,
            Addr = address,
            Len = length,
            Fd = eventFd,
            Flags = dataMatch.HasValue ? (uint)GhIoeventfdFlags.Datamatch : 0,
        };
        return Function(vm, add, new GhFnDesc { Type = (uint)GhFnType.Ioeventfd, ArgSize = (uint)sizeof(GhFnIoeventfdArg), Arg = (ulong)&argument });
    }

    public override IoctlResult RawFunction(IIoctlTarget vm, bool add, uint type, ReadOnlySpan<byte> argument)
    {
        fixed (byte* pointer = argument)
        {
            return Function(vm, add, new GhFnDesc { Type = type, ArgSize = (uint)argument.Length, Arg = (ulong)pointer });
        }
    }

    public override IoctlResult VcpuRun(IIoctlTarget vcpu) => new(new VcpuIoctls(vcpu).Run(), Ioctls.GH_VCPU_RUN);

    public override IoctlResult VcpuMmapSize(IIoctlTarget vcpu) => new(new VcpuIoctls(vcpu).MmapSize(), Ioctls.GH_VCPU_MMAP_SIZE);

    private static IoctlResult Function(IIoctlTarget vm, bool add, in GhFnDesc descriptor) => add
        ? new(new VmIoctls(vm).AddFunction(in descriptor), Ioctls.GH_VM_ADD_FUNCTION)
        : new(new VmIoctls(vm).RemoveFunction(in descriptor), Ioctls.GH_VM_REMOVE_FUNCTION);
}
