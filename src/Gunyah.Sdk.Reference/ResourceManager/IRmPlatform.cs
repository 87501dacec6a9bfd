using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// The hypervisor operations the Resource Manager needs, in the hypervisor's own terms: VM objects, vCPU,
/// doorbell and message-queue objects, capabilities granted into a VM's capability space, vIRQ bindings, and
/// memory extents mapped into address spaces. Object ids are the platform's own (the RM's capability space);
/// capability ids returned by <see cref="GrantCapability"/> belong to the receiving VM. Every method reports a
/// refusal as a <see cref="HypError"/>, never by throwing.
/// </summary>
public interface IRmPlatform
{
    /// <summary>Creates the hypervisor objects of a guest VM (partition, capability space, address space).</summary>
    HypError CreateVm(ushort vmid);

    /// <summary>Destroys a guest VM's objects, with every capability, vIRQ binding and mapping left in it.</summary>
    HypError DestroyVm(ushort vmid);

    /// <summary>Creates vCPU <paramref name="index"/> of <paramref name="vmid"/> (powered off).</summary>
    HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu);

    /// <summary>Creates a doorbell in <paramref name="vmid"/>'s partition (it goes when that VM is destroyed).</summary>
    HypError CreateDoorbell(ushort vmid, out ulong doorbell);

    /// <summary>Creates a message queue in <paramref name="vmid"/>'s partition, of <paramref name="depth"/> slots of at
    /// most <paramref name="maxMessageSize"/> bytes.</summary>
    HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue);

    /// <summary>Destroys a vCPU, doorbell or message queue, revoking its capabilities and unbinding its vIRQs.</summary>
    HypError DestroyObject(ulong obj);

    /// <summary>Copies a capability to <paramref name="obj"/> with <paramref name="rights"/> into <paramref name="vmid"/>'s
    /// capability space; <paramref name="capId"/> is the id in that space.</summary>
    HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId);

    /// <summary>Binds the <paramref name="source"/> interrupt of <paramref name="obj"/> to vIRQ <paramref name="virq"/> of <paramref name="vmid"/>.</summary>
    HypError BindVirq(ulong obj, RmVirqSource source, ushort vmid, uint virq);

    /// <summary>Configures <paramref name="vmid"/>'s virtual GIC (Gunyah's vic_configure): a GICv3 distributor at
    /// <paramref name="distributorBase"/> and <paramref name="vcpus"/> redistributors from
    /// <paramref name="redistributorBase"/>. OBJECT_STATE if it has one already.</summary>
    HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus);

    /// <summary>Sets one register of a powered-off vCPU's initial context.</summary>
    HypError SetBootContext(ulong vcpu, GhRmVmBootContextRegSet registerSet, byte index, ulong value);

    /// <summary>Powers a vCPU on (it then runs from its boot context when its proxy scheduler runs it).</summary>
    HypError PowerOnVcpu(ulong vcpu);

    /// <summary>Powers a vCPU off (kills it).</summary>
    HypError PowerOffVcpu(ulong vcpu);

    /// <summary>Binds the vCPU's halt interrupt to one of the RM's own vIRQs; <paramref name="halted"/> runs (on the
    /// thread that halted it, so it must not block) each time it fires. Unbound when the vCPU is destroyed.</summary>
    HypError WatchVcpuHalt(ulong vcpu, Action halted);

    /// <summary>vcpu_run_check: how the vCPU stopped (for a halted vCPU, what vcpu_run reported when it halted).</summary>
    HypError VcpuRunCheck(ulong vcpu, out VcpuRunResult result);

    /// <summary>Creates a memory extent over <paramref name="ranges"/> of <paramref name="owner"/>'s address space
    /// (IPA ranges the owner owns); MemdbNotOwner when it does not own them all or they are already in an extent.</summary>
    HypError CreateMemExtent(ushort owner, ReadOnlySpan<RmMemRange> ranges, bool device, out ulong extent);

    /// <summary>
    /// Hands a finished parcel's extent to its borrowers: <see cref="RmMemTransfer.Share"/> keeps the owner's access,
    /// <see cref="RmMemTransfer.Lend"/> and <see cref="RmMemTransfer.Donate"/> withdraw it until the extent is
    /// destroyed (reclaim) or donated. <paramref name="borrowers"/> are the ACL's other VMs with their rights; only
    /// they may later map the extent, each within its rights. Called once per extent.
    /// </summary>
    HypError GiveExtent(ulong extent, RmMemTransfer transfer, ReadOnlySpan<RmMemGrant> borrowers);

    /// <summary>Maps <paramref name="size"/> bytes of the extent from <paramref name="offset"/> at <paramref name="ipa"/> in
    /// <paramref name="vmid"/>'s address space with <paramref name="access"/>.</summary>
    HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, MemoryAccess access);

    /// <summary>Removes every mapping of the extent from <paramref name="vmid"/>'s address space.</summary>
    HypError UnmapExtent(ulong extent, ushort vmid);

    /// <summary>Moves ownership of the extent's pages to <paramref name="toVmid"/> and retires the extent: the recipient
    /// keeps its mappings as its own memory; the RM does not destroy a donated extent.</summary>
    HypError DonateExtent(ulong extent, ushort toVmid);

    /// <summary>Zeroes the extent's pages (sanitise).</summary>
    HypError ZeroExtent(ulong extent);

    /// <summary>Reads the extent's bytes from <paramref name="offset"/> (the RM reads a VM's devicetree this way).</summary>
    HypError ReadExtent(ulong extent, ulong offset, Span<byte> destination);

    /// <summary>Destroys the extent; its pages stay with their owner, mapped as the owner's access says.</summary>
    HypError DestroyExtent(ulong extent);
}

/// <summary>One range of a VM's intermediate physical address space.</summary>
/// <param name="Ipa">Base IPA (page aligned).</param>
/// <param name="Size">Size in bytes (page aligned, non-zero).</param>
public readonly record struct RmMemRange(ulong Ipa, ulong Size);

/// <summary>How a parcel's pages reach its borrowers.</summary>
public enum RmMemTransfer
{
    /// <summary>The owner keeps its access.</summary>
    Share,

    /// <summary>The owner loses its access while the parcel exists.</summary>
    Lend,

    /// <summary>The owner loses its access; accepting moves ownership to the borrower.</summary>
    Donate,
}

/// <summary>A borrower of a parcel and the most it may map it with.</summary>
public readonly record struct RmMemGrant(ushort Vmid, MemoryAccess Access);

/// <summary>Which interrupt of an object a vIRQ is bound to.</summary>
public enum RmVirqSource
{
    /// <summary>A proxy-scheduled vCPU's wakeup interrupt (VCPU_RUN_WAKEUP).</summary>
    VcpuWakeup,

    /// <summary>A doorbell's receiver interrupt.</summary>
    DoorbellReceive,

    /// <summary>A message queue's sender interrupt (became not full).</summary>
    MessageQueueSend,

    /// <summary>A message queue's receiver interrupt (became not empty).</summary>
    MessageQueueReceive,
}
