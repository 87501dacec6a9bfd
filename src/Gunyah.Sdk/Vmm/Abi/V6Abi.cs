using Gunyah.Interop;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Uapi.V6;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>Generation A (v6): four ioctls numbered from 0x40; user regions with the LENT flag, delete by size 0.</summary>
internal sealed class V6Abi : GenerationAbi
{
    public override AbiProfile Profile => AbiProfiles.V6;

    public override VmCapabilities Capabilities =>
        VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend | VmCapabilities.UserMemoryRegionDelete;

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
}
