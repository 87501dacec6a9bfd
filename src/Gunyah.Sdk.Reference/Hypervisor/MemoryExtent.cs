namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A page-aligned range of physical memory, all owned by one VM, that is mapped, lent, shared, reclaimed and
/// donated as a unit (the RM makes one per memory parcel, fact sheet §6.6). State is guarded by the
/// hypervisor's lock.
/// </summary>
public sealed class MemoryExtent
{
    internal MemoryExtent(ReferenceHypervisor hypervisor, HypervisorVm owner, ulong physicalBase, ulong size)
    {
        Hypervisor = hypervisor;
        OwnerLocked = owner;
        PhysicalBase = physicalBase;
        Size = size;
    }

    /// <summary>The hypervisor that owns the extent.</summary>
    public ReferenceHypervisor Hypervisor { get; }

    /// <summary>The first physical (host) address.</summary>
    public ulong PhysicalBase { get; }

    /// <summary>Bytes, a multiple of the page size.</summary>
    public ulong Size { get; }

    /// <summary>The VM owning every page of the extent now.</summary>
    public HypervisorVm Owner
    {
        get
        {
            lock (Hypervisor.Sync)
                return OwnerLocked;
        }
    }

    /// <summary>Private, lent or shared, now.</summary>
    public MemoryExtentState State
    {
        get
        {
            lock (Hypervisor.Sync)
                return StateLocked;
        }
    }

    /// <summary><c>false</c> once destroyed (explicitly, or with its owner VM).</summary>
    public bool IsAlive
    {
        get
        {
            lock (Hypervisor.Sync)
                return !Destroyed;
        }
    }

    // Guarded by Hypervisor.Sync.
    internal HypervisorVm OwnerLocked;
    internal MemoryExtentState StateLocked;
    internal bool Destroyed;
    internal readonly Dictionary<HypervisorVm, MemoryAccess> Borrowers = [];

    /// <summary>The owner's page mappings withdrawn by a lend, put back by the reclaim.</summary>
    internal readonly List<SuspendedMapping> Suspended = [];

    /// <summary>Which address spaces map the extent's pages, and how many pages each (the reverse of the stage-2 tables).</summary>
    internal readonly Dictionary<AddressSpace, long> MappedIn = [];

    /// <summary>Pages of the extent mapped anywhere.</summary>
    internal long MappedPagesLocked { get; private set; }

    internal bool Contains(ulong physicalPage) => physicalPage >= PhysicalBase && physicalPage - PhysicalBase < Size;

    /// <summary>Counts <paramref name="bytes"/> (negative: unmapped) more of the extent mapped in <paramref name="space"/>.</summary>
    internal void AddMappedLocked(AddressSpace space, long bytes)
    {
        var pages = bytes / (long)ReferenceHypervisor.PageSize;
        MappedPagesLocked += pages;
        var now = MappedIn.GetValueOrDefault(space) + pages;
        if (now == 0)
            MappedIn.Remove(space);
        else
            MappedIn[space] = now;
    }

    /// <summary>The most <paramref name="vm"/> may map the extent with now.</summary>
    internal MemoryAccess AllowedLocked(HypervisorVm vm)
    {
        if (ReferenceEquals(vm, OwnerLocked))
            return StateLocked == MemoryExtentState.Lent ? MemoryAccess.None : MemoryAccess.RWX;
        return StateLocked != MemoryExtentState.Private && Borrowers.TryGetValue(vm, out var access) ? access : MemoryAccess.None;
    }

    /// <summary>A run of the owner's pages a lend withdrew: [Ipa, +Size) mapped [Physical, +Size) with Access.</summary>
    internal readonly record struct SuspendedMapping(ulong Ipa, ulong Size, ulong Physical, MemoryAccess Access);
}
