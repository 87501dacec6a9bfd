namespace Gunyah.Sdk.Reference.Hypervisor;

// Physical memory, ownership and memory extents: lend, share, reclaim, donate.
public sealed partial class ReferenceHypervisor
{
    // Physical pages → owner and the extent they belong to, if any, as ranges (a region is one entry, not a page each).
    private readonly RangeMap<PageRecord> pages = new();
    private readonly HashSet<MemoryExtent> extents = [];
    private readonly List<MemoryExtent> extentScratch = [];
    private readonly List<AddressSpace> spaceScratch = [];
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
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            var error = CheckRange(owner, physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            var last = physicalAddress + size - 1;
            if (pages.Overlaps(physicalAddress, last))
                return HypError.Denied;
            pages.Set(physicalAddress, last, new PageRecord(owner, null));
            return HypError.Ok;
        }
    }

    /// <summary>Takes pages out of the model. ADDRESS_INVALID if one is not registered, OBJECT_STATE if one is in an extent.</summary>
    public HypError RemovePhysicalMemory(ulong physicalAddress, ulong size)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            var error = CheckRange(physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            // Page by page in meaning: the first page that is unregistered or in an extent decides the error.
            var last = physicalAddress + size - 1;
            for (var page = physicalAddress; ;)
            {
                if (!pages.TryFind(page, out var entry))
                    return HypError.AddressInvalid;
                if (entry.Value.Extent is not null)
                    return HypError.ObjectState;
                if (entry.Last >= last)
                    break;
                page = entry.Last + 1;
            }

            pages.Remove(physicalAddress, last);
            return HypError.Ok;
        }
    }

    /// <summary>The owner of the page holding <paramref name="physicalAddress"/>, or null if unregistered.</summary>
    public HypervisorVm? PageOwner(ulong physicalAddress)
    {
        lock (Sync)
            return pages.TryFind(physicalAddress, out var entry) ? entry.Value.Owner : null;
    }

    /// <summary>
    /// Makes an extent of pages <paramref name="owner"/> owns. ADDRESS_INVALID for unregistered pages,
    /// MEMDB_NOT_OWNER if another VM owns one, MEMEXTENT_TYPE if one is in another extent already.
    /// </summary>
    public HypError CreateMemoryExtent(HypervisorVm owner, ulong physicalAddress, ulong size, out MemoryExtent? extent)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            extent = null;
            var error = CheckRange(owner, physicalAddress, size);
            if (error != HypError.Ok)
                return error;
            var last = physicalAddress + size - 1;
            for (var page = physicalAddress; ;)
            {
                if (!pages.TryFind(page, out var entry))
                    return HypError.AddressInvalid;
                if (!ReferenceEquals(entry.Value.Owner, owner))
                    return HypError.MemdbNotOwner;
                if (entry.Value.Extent is not null)
                    return HypError.MemextentType;
                if (entry.Last >= last)
                    break;
                page = entry.Last + 1;
            }

            extent = new MemoryExtent(this, owner, physicalAddress, size);
            pages.Set(physicalAddress, last, new PageRecord(owner, extent));
            extents.Add(extent);
            return HypError.Ok;
        }
    }

    /// <summary>Destroys a private extent, unmapping it everywhere; its pages stay with their owner. OBJECT_STATE while lent or shared.</summary>
    public HypError DestroyMemoryExtent(MemoryExtent extent)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
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
            MemoryChangingLocked(); // Cached translations made before this change are stale.
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
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            if (extent.Destroyed || extent.StateLocked == MemoryExtentState.Private)
                return HypError.ObjectState;
            UnmapWhereLocked(extent, exceptOwner: true);
            extent.Borrowers.Clear();
            extent.StateLocked = MemoryExtentState.Private;
            var space = extent.OwnerLocked.AddressSpace;
            foreach (var saved in extent.Suspended)
                space.MapFreeLocked(saved.Ipa, saved.Size, saved.Physical, saved.Access, extent);
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
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            if (extent.Destroyed || !to.AliveLocked)
                return HypError.ObjectState;
            if (!ReferenceEquals(extent.OwnerLocked, from))
                return HypError.MemdbNotOwner;
            if (extent.StateLocked != MemoryExtentState.Private)
                return HypError.ObjectState;
            UnmapWhereLocked(extent, exceptOwner: false);
            extent.OwnerLocked = to;
            pages.Set(extent.PhysicalBase, extent.PhysicalBase + extent.Size - 1, new PageRecord(to, extent));
            return HypError.Ok;
        }
    }

    private HypError GiveAccess(MemoryExtent extent, ReadOnlySpan<MemoryGrant> borrowers, MemoryExtentState state)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
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
                // A private extent is mapped only by its owner.
                extent.OwnerLocked.AddressSpace.UnmapExtentLocked(extent, extent.Suspended);
            }

            extent.StateLocked = state;
            return HypError.Ok;
        }
    }

    /// <summary>Removes every mapping of <paramref name="extent"/>, in every address space or in all but its owner's.</summary>
    private void UnmapWhereLocked(MemoryExtent extent, bool exceptOwner)
    {
        foreach (var space in extent.MappedIn.Keys)
        {
            if (!exceptOwner || !ReferenceEquals(space.Vm, extent.OwnerLocked))
                spaceScratch.Add(space);
        }

        foreach (var space in spaceScratch)
            space.UnmapExtentLocked(extent, null);
        spaceScratch.Clear();
    }

    private void DestroyExtentLocked(MemoryExtent extent)
    {
        UnmapWhereLocked(extent, exceptOwner: false);
        extent.Suspended.Clear();
        extent.Borrowers.Clear();
        extent.Destroyed = true;
        extents.Remove(extent);
        // Its pages leave the extent and stay with their owners.
        var last = extent.PhysicalBase + extent.Size - 1;
        for (var page = extent.PhysicalBase; ;)
        {
            var index = pages.IndexAtOrAfter(page);
            if (index >= pages.Count || pages[index].Start > last)
                break;
            var entry = pages[index];
            var end = Math.Min(entry.Last, last);
            if (ReferenceEquals(entry.Value.Extent, extent))
                pages.Set(Math.Max(entry.Start, page), end, entry.Value with { Extent = null });
            if (end == last)
                break;
            page = end + 1;
        }
    }

    /// <summary>The memory side of destroying a VM.</summary>
    private void DestroyVmMemoryLocked(HypervisorVm vm)
    {
        vm.AddressSpace.ClearLocked();
        extentScratch.AddRange(extents);
        foreach (var extent in extentScratch)
        {
            if (ReferenceEquals(extent.OwnerLocked, vm))
                DestroyExtentLocked(extent);
            else
                extent.Borrowers.Remove(vm);
        }

        extentScratch.Clear();
        pages.RemoveAll(vm, static (record, owner) => ReferenceEquals(record.Owner, owner));
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

    /// <summary>Who owns a run of physical pages, and the extent they are in, if any.</summary>
    internal readonly record struct PageRecord(HypervisorVm Owner, MemoryExtent? Extent);
}
