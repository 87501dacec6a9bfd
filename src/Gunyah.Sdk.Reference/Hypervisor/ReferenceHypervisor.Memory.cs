namespace Gunyah.Sdk.Reference.Hypervisor;

// Physical memory, ownership and memory extents: lend, share, reclaim, donate.
public sealed partial class ReferenceHypervisor
{
    // Physical page address → owner and the extent it belongs to, if any.
    private readonly Dictionary<ulong, PageRecord> pages = [];
    private readonly HashSet<MemoryExtent> extents = [];
    private long retiredViolations;

    /// <summary>
    /// Registers host memory as physical pages owned by <paramref name="owner"/> (a "physical" address is a host
    /// process address; the memory must stay allocated while registered). ARGUMENT_ALIGNMENT unless page-aligned,
    /// ARGUMENT_SIZE for an empty or wrapping range, DENIED if any page is registered already.
    /// </summary>
    public HypError AddPhysicalMemory(HypervisorVm owner, ulong physicalAddress, ulong size)
    {
        lock (Sync)
        {
            var error = CheckRange(owner, physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
            {
                if (pages.ContainsKey(page))
                    return HypError.Denied;
            }

            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
                pages.Add(page, new PageRecord(owner));
            return HypError.Ok;
        }
    }

    /// <summary>Takes pages out of the model. ADDRESS_INVALID if one is not registered, OBJECT_STATE if one is in an extent.</summary>
    public HypError RemovePhysicalMemory(ulong physicalAddress, ulong size)
    {
        lock (Sync)
        {
            var error = CheckRange(physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
            {
                if (!pages.TryGetValue(page, out var record))
                    return HypError.AddressInvalid;
                if (record.Extent is not null)
                    return HypError.ObjectState;
            }

            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
                pages.Remove(page);
            return HypError.Ok;
        }
    }

    /// <summary>The owner of the page holding <paramref name="physicalAddress"/>, or null if unregistered.</summary>
    public HypervisorVm? PageOwner(ulong physicalAddress)
    {
        lock (Sync)
            return pages.TryGetValue(physicalAddress & ~PageMask, out var record) ? record.Owner : null;
    }

    /// <summary>
    /// Makes an extent of pages <paramref name="owner"/> owns. ADDRESS_INVALID for unregistered pages,
    /// MEMDB_NOT_OWNER if another VM owns one, MEMEXTENT_TYPE if one is in another extent already.
    /// </summary>
    public HypError CreateMemoryExtent(HypervisorVm owner, ulong physicalAddress, ulong size, out MemoryExtent? extent)
    {
        lock (Sync)
        {
            extent = null;
            var error = CheckRange(owner, physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
            {
                if (!pages.TryGetValue(page, out var record))
                    return HypError.AddressInvalid;
                if (!ReferenceEquals(record.Owner, owner))
                    return HypError.MemdbNotOwner;
                if (record.Extent is not null)
                    return HypError.MemextentType;
            }

            extent = new MemoryExtent(this, owner, physicalAddress, size);
            for (var page = physicalAddress; page - physicalAddress < size; page += PageSize)
                pages[page].Extent = extent;
            extents.Add(extent);
            return HypError.Ok;
        }
    }

    /// <summary>Destroys a private extent, unmapping it everywhere; its pages stay with their owner. OBJECT_STATE while lent or shared.</summary>
    public HypError DestroyMemoryExtent(MemoryExtent extent)
    {
        lock (Sync)
        {
            if (extent.Destroyed)
                return HypError.ObjectState;
            if (extent.StateLocked != MemoryExtentState.Private)
                return HypError.ObjectState;
            DestroyExtentLocked(extent);
            return HypError.Ok;
        }
    }

    /// <summary>
    /// Lends <paramref name="extent"/>: the owner's mappings of it are withdrawn (kept for <see cref="Reclaim"/>) and
    /// only <paramref name="borrowers"/> may map it, each with at most its access. The list may be empty when the
    /// borrowers have no hypervisor objects yet (<see cref="AddBorrower"/> adds them later).
    /// </summary>
    public HypError Lend(MemoryExtent extent, ReadOnlySpan<MemoryGrant> borrowers) =>
        GiveAccess(extent, borrowers, MemoryExtentState.Lent);

    /// <summary>Shares <paramref name="extent"/>: the owner keeps its access and <paramref name="borrowers"/> gain theirs.</summary>
    public HypError Share(MemoryExtent extent, ReadOnlySpan<MemoryGrant> borrowers) =>
        GiveAccess(extent, borrowers, MemoryExtentState.Shared);

    /// <summary>
    /// Lets one more VM map a lent or shared extent, with at most <paramref name="grant"/>'s access: a borrower the
    /// Resource Manager named in the parcel's ACL before that VM had hypervisor objects (a host lends memory right
    /// after allocating a VMID; the VM itself is built at VM_INIT). OBJECT_STATE unless the extent is lent or
    /// shared, ARGUMENT_INVALID for the owner, no access, or a VM that is a borrower already.
    /// </summary>
    public HypError AddBorrower(MemoryExtent extent, MemoryGrant grant)
    {
        lock (Sync)
        {
            if (extent.Destroyed || extent.StateLocked == MemoryExtentState.Private)
                return HypError.ObjectState;
            if (ReferenceEquals(grant.Vm, extent.OwnerLocked) || grant.Access is MemoryAccess.None || (grant.Access & ~MemoryAccess.RWX) != 0
                || extent.Borrowers.ContainsKey(grant.Vm))
                return HypError.ArgumentInvalid;
            if (!grant.Vm.AliveLocked)
                return HypError.ObjectState;
            extent.Borrowers.Add(grant.Vm, grant.Access);
            return HypError.Ok;
        }
    }

    /// <summary>
    /// Ends a lend or share: the borrowers' mappings go and, after a lend, the owner's withdrawn mappings come
    /// back (where their IPAs are still free). OBJECT_STATE if the extent is private.
    /// </summary>
    public HypError Reclaim(MemoryExtent extent)
    {
        lock (Sync)
        {
            if (extent.Destroyed || extent.StateLocked == MemoryExtentState.Private)
                return HypError.ObjectState;
            UnmapWhereLocked(extent, vm => !ReferenceEquals(vm, extent.OwnerLocked));
            extent.Borrowers.Clear();
            extent.StateLocked = MemoryExtentState.Private;
            var space = extent.OwnerLocked.AddressSpace;
            foreach (var saved in extent.Suspended)
            {
                if (!space.IsMappedLocked(saved.IpaPage))
                    space.MapLocked(saved.IpaPage, saved.PhysicalPage, saved.Access, extent);
            }

            extent.Suspended.Clear();
            return HypError.Ok;
        }
    }

    /// <summary>
    /// Donates a private extent from <paramref name="from"/> to <paramref name="to"/>: ownership of its pages changes
    /// and every existing mapping of it goes. MEMDB_NOT_OWNER unless <paramref name="from"/> owns it.
    /// </summary>
    public HypError Donate(MemoryExtent extent, HypervisorVm from, HypervisorVm to)
    {
        lock (Sync)
        {
            if (extent.Destroyed || !to.AliveLocked)
                return HypError.ObjectState;
            if (!ReferenceEquals(extent.OwnerLocked, from))
                return HypError.MemdbNotOwner;
            if (extent.StateLocked != MemoryExtentState.Private)
                return HypError.ObjectState;
            UnmapWhereLocked(extent, static _ => true);
            extent.OwnerLocked = to;
            for (var page = extent.PhysicalBase; page - extent.PhysicalBase < extent.Size; page += PageSize)
                pages[page].Owner = to;
            return HypError.Ok;
        }
    }

    private HypError GiveAccess(MemoryExtent extent, ReadOnlySpan<MemoryGrant> borrowers, MemoryExtentState state)
    {
        lock (Sync)
        {
            if (extent.Destroyed || extent.StateLocked != MemoryExtentState.Private)
                return HypError.ObjectState;
            for (var i = 0; i < borrowers.Length; i++)
            {
                var grant = borrowers[i];
                if (ReferenceEquals(grant.Vm, extent.OwnerLocked) || grant.Access is MemoryAccess.None || (grant.Access & ~MemoryAccess.RWX) != 0)
                    return HypError.ArgumentInvalid;
                if (!grant.Vm.AliveLocked)
                    return HypError.ObjectState;
                for (var j = 0; j < i; j++)
                {
                    if (ReferenceEquals(borrowers[j].Vm, grant.Vm))
                        return HypError.ArgumentInvalid;
                }
            }

            foreach (var grant in borrowers)
                extent.Borrowers.Add(grant.Vm, grant.Access);
            if (state == MemoryExtentState.Lent)
            {
                // A private extent is mapped only by its owner: all of these are the owner's.
                foreach (var (mappedIn, ipaPage) in extent.MappedAt.ToArray())
                {
                    var entry = mappedIn.UnmapLocked(ipaPage);
                    extent.Suspended.Add(new MemoryExtent.SuspendedMapping(ipaPage, entry.PhysicalPage, entry.Access));
                }
            }

            extent.StateLocked = state;
            return HypError.Ok;
        }
    }

    /// <summary>Removes every mapping of <paramref name="extent"/> in the address spaces of VMs <paramref name="which"/> selects.</summary>
    private static void UnmapWhereLocked(MemoryExtent extent, Func<HypervisorVm, bool> which)
    {
        foreach (var (space, ipaPage) in extent.MappedAt.ToArray())
        {
            if (which(space.Vm))
                space.UnmapLocked(ipaPage);
        }
    }

    private void DestroyExtentLocked(MemoryExtent extent)
    {
        UnmapWhereLocked(extent, static _ => true);
        extent.Suspended.Clear();
        extent.Borrowers.Clear();
        extent.Destroyed = true;
        extents.Remove(extent);
        for (var page = extent.PhysicalBase; page - extent.PhysicalBase < extent.Size; page += PageSize)
        {
            if (pages.TryGetValue(page, out var record))
                record.Extent = null;
        }
    }

    /// <summary>The memory side of destroying a VM.</summary>
    private void DestroyVmMemoryLocked(HypervisorVm vm)
    {
        vm.AddressSpace.ClearLocked();
        foreach (var extent in extents.ToArray())
        {
            if (ReferenceEquals(extent.OwnerLocked, vm))
                DestroyExtentLocked(extent);
            else
                extent.Borrowers.Remove(vm);
        }

        foreach (var (page, record) in pages.ToArray())
        {
            if (ReferenceEquals(record.Owner, vm))
                pages.Remove(page);
        }
    }

    /// <summary>A page-aligned, non-empty, non-wrapping range, for a VM that is alive.</summary>
    private static HypError CheckRange(HypervisorVm vm, ulong address, ulong size)
    {
        var error = CheckRange(address, size);
        return error == HypError.Ok && !vm.AliveLocked ? HypError.ObjectState : error;
    }

    private static HypError CheckRange(ulong address, ulong size)
    {
        if ((address & PageMask) != 0 || (size & PageMask) != 0)
            return HypError.ArgumentAlignment;
        if (size == 0)
            return HypError.ArgumentSize;
        if (address + size < address && address + size != 0)
            return HypError.AddressOverflow;
        return HypError.Ok;
    }

    private sealed class PageRecord(HypervisorVm owner)
    {
        public HypervisorVm Owner = owner;
        public MemoryExtent? Extent;
    }
}
