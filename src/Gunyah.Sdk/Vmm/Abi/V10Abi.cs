using Gunyah.Interop;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Uapi.V10;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>
/// Generation C, first form (v10): numbers from 0, functions by numeric type. Keeps v6's LENT flag and delete by
/// size 0; a vCPU function passes its id by value in <c>arg</c> with arg_size 0.
/// </summary>
internal sealed unsafe class V10Abi : GenerationAbi
{
    public override AbiProfile Profile => AbiProfiles.V10;

    public override VmCapabilities Capabilities =>
        VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend | VmCapabilities.UserMemoryRegionDelete
        | VmCapabilities.Functions | VmCapabilities.StatusExit;

    public override IoctlResult CreateVm(IIoctlTarget device) => new(new DeviceIoctls(device).CreateVm(), Ioctls.GH_CREATE_VM);

    public override IoctlResult SetDtbConfig(IIoctlTarget vm, ulong guestAddress, ulong size)
    {
        var config = new GhVmDtbConfig { Gpa = guestAddress, Size = size };
        return new(new VmIoctls(vm).SetDtbConfig(in config), Ioctls.GH_VM_SET_DTB_CONFIG);
    }

    public override IoctlResult Start(IIoctlTarget vm) => new(new VmIoctls(vm).Start(), Ioctls.GH_VM_START);

    public override IoctlResult SetUserMemoryRegion(IIoctlTarget vm, in UserMemoryRegion region)
    {
        var flags = AccessBits(region.Access, Constants.GH_MEM_ALLOW_READ, Constants.GH_MEM_ALLOW_WRITE, Constants.GH_MEM_ALLOW_EXEC)
            | (region.Sharing == MemorySharing.Lend ? Constants.GH_MEM_LENT : 0);
        var argument = new GhUserspaceMemoryRegion
        {
            Label = region.Label,
            Flags = flags,
            GuestPhysAddr = region.GuestAddress,
            MemorySize = region.Size,
            UserspaceAddr = (ulong)region.HostAddress,
        };
        return new(new VmIoctls(vm).SetUserMemRegion(in argument), Ioctls.GH_VM_SET_USER_MEM_REGION);
    }

    public override IoctlResult DeleteUserMemoryRegion(IIoctlTarget vm, uint label)
    {
        var argument = new GhUserspaceMemoryRegion { Label = label };
        return new(new VmIoctls(vm).SetUserMemRegion(in argument), Ioctls.GH_VM_SET_USER_MEM_REGION);
    }

    public override IoctlResult VcpuFunction(IIoctlTarget vm, bool add, uint id) =>
        Function(vm, add, new GhFnDesc { Type = Constants.GH_FN_VCPU, ArgSize = 0, Arg = id });

    public override IoctlResult IrqfdFunction(IIoctlTarget vm, bool add, int eventFd, uint label, bool level)
    {
        var argument = new GhFnIrqfdArg { Fd = (uint)eventFd, Label = label, Flags = level ? Constants.GH_IRQFD_LEVEL : 0 };
        return Function(vm, add, new GhFnDesc { Type = Constants.GH_FN_IRQFD, ArgSize = (uint)sizeof(GhFnIrqfdArg), Arg = (ulong)&argument });
    }

    public override IoctlResult IoeventfdFunction(IIoctlTarget vm, bool add, int eventFd, ulong address, uint length, ulong? dataMatch)
    {
        var argument = new GhFnIoeventfdArg
        {
            Datamatch = dataMatch ?? 0,
            Addr = address,
            Len = length,
            Fd = eventFd,
            Flags = dataMatch.HasValue ? Constants.GH_IOEVENTFD_DATAMATCH : 0,
        };
        return Function(vm, add, new GhFnDesc { Type = Constants.GH_FN_IOEVENTFD, ArgSize = (uint)sizeof(GhFnIoeventfdArg), Arg = (ulong)&argument });
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
