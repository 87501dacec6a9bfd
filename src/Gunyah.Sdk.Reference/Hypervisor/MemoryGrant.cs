namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>One borrower of a lent or shared memory extent and the most it may map the extent with.</summary>
/// <param name="Vm">The borrowing VM (not the owner).</param>
/// <param name="Access">Its rights: a non-empty subset of RWX.</param>
public readonly record struct MemoryGrant(HypervisorVm Vm, MemoryAccess Access);
