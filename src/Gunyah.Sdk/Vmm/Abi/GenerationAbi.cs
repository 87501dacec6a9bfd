using Gunyah.Interop;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Vmm.Abi;

/// <summary>
/// How one ABI generation spells each VMM operation: which request, which generated struct, which flag values.
/// The typed API above calls these and never sees a request number. A feature the generation lacks keeps the
/// base implementation, which throws <see cref="GunyahNotSupportedException"/> before anything is sent; the
/// <see cref="Capabilities"/> a generation declares must match what it overrides (pinned by tests).
/// </summary>
internal abstract unsafe class GenerationAbi
{
    public abstract AbiProfile Profile { get; }

    public abstract VmCapabilities Capabilities { get; }

    public abstract IoctlResult CreateVm(IIoctlTarget device);

    public abstract IoctlResult SetDtbConfig(IIoctlTarget vm, ulong guestAddress, ulong size);

    public abstract IoctlResult Start(IIoctlTarget vm);

    public virtual IoctlResult SetUserMemoryRegion(IIoctlTarget vm, in UserMemoryRegion region) =>
        throw Missing(VmCapabilities.UserMemoryRegions, "SET_USER_MEM_REGION");

    public virtual IoctlResult DeleteUserMemoryRegion(IIoctlTarget vm, uint label) =>
        throw Missing(VmCapabilities.UserMemoryRegionDelete, "Deleting a user memory region");

    public virtual IoctlResult SetFirmwareConfig(IIoctlTarget vm, ulong guestAddress, ulong size) =>
        throw Missing(VmCapabilities.FirmwareConfig, "SET_FW_CONFIG");

    public virtual IoctlResult CreateGuestMemory(IIoctlTarget device, ulong size, GuestMemoryFileOptions options) =>
        throw Missing(VmCapabilities.GuestMemoryFiles, "CREATE_GUEST_MEM");

    public virtual IoctlResult MapMemory(IIoctlTarget vm, int guestMemoryFd, in GuestMemoryBinding binding, bool unmap) =>
        throw Missing(VmCapabilities.MapMemory, "MAP_MEM");

    public virtual IoctlResult SetBootContext(IIoctlTarget vm, BootRegister register, ulong value) =>
        throw Missing(VmCapabilities.BootContext, "SET_BOOT_CONTEXT");

    /// <summary>ADD_FUNCTION (<paramref name="add"/>) or REMOVE_FUNCTION of a vCPU.</summary>
    public virtual IoctlResult VcpuFunction(IIoctlTarget vm, bool add, uint id) =>
        throw Missing(VmCapabilities.Functions, "A vCPU function");

    public virtual IoctlResult IrqfdFunction(IIoctlTarget vm, bool add, int eventFd, uint label, bool level) =>
        throw Missing(VmCapabilities.Functions, "An irqfd function");

    public virtual IoctlResult IoeventfdFunction(IIoctlTarget vm, bool add, int eventFd, ulong address, uint length, ulong? dataMatch) =>
        throw Missing(VmCapabilities.Functions, "An ioeventfd function");

    /// <summary>A function of any type with the caller's argument bytes (arg_size = their length).</summary>
    public virtual IoctlResult RawFunction(IIoctlTarget vm, bool add, uint type, ReadOnlySpan<byte> argument) =>
        throw Missing(VmCapabilities.Functions, "A function");

    public virtual IoctlResult VcpuRun(IIoctlTarget vcpu) => throw Missing(VmCapabilities.Functions, "VCPU_RUN");

    public virtual IoctlResult VcpuMmapSize(IIoctlTarget vcpu) => throw Missing(VmCapabilities.Functions, "VCPU_MMAP_SIZE");

    /// <summary>Throws when the generation lacks any of <paramref name="capability"/>, naming the ones it lacks.</summary>
    public void Require(VmCapabilities capability, string feature)
    {
        var missing = capability & ~Capabilities;
        if (missing != VmCapabilities.None)
        {
            throw Missing(missing, feature);
        }
    }

    protected GunyahNotSupportedException Missing(VmCapabilities capability, string feature) => new(Profile, capability, feature);

    /// <summary>The guest access bits in a generation's own values.</summary>
    protected static uint AccessBits(MemoryAccess access, uint read, uint write, uint execute) =>
        ((access & MemoryAccess.Read) != 0 ? read : 0)
        | ((access & MemoryAccess.Write) != 0 ? write : 0)
        | ((access & MemoryAccess.Execute) != 0 ? execute : 0);
}
