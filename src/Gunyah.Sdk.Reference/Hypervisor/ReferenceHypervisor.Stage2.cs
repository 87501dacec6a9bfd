namespace Gunyah.Sdk.Reference.Hypervisor;

// Stage-2 mappings, the access check every guest access goes through, and the invariant walk.
public sealed partial class ReferenceHypervisor
{
    /// <summary>
    /// Maps <paramref name="size"/> bytes of <paramref name="extent"/> from <paramref name="offset"/> at
    /// <paramref name="ipa"/> in <paramref name="vm"/>'s stage 2 with <paramref name="access"/>. ARGUMENT_ALIGNMENT /
    /// ARGUMENT_SIZE / ADDRESS_OVERFLOW for a bad range, DENIED unless the VM may map the extent with that access
    /// (owner of a private or shared extent, or a borrower within its rights), EXISTING_MAPPING if any page is mapped.
    /// All or nothing.
    /// </summary>
    public HypError Map(HypervisorVm vm, ulong ipa, MemoryExtent extent, ulong offset, ulong size, MemoryAccess access)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            var error = CheckRange(ipa, size);
            if (error == HypError.Ok && (offset & PageMask) != 0)
                error = HypError.ArgumentAlignment;
            if (error != HypError.Ok)
                return error;
            if (offset > extent.Size || size > extent.Size - offset)
                return HypError.AddressOverflow;
            if (!vm.AliveLocked || extent.Destroyed)
                return HypError.ObjectState;
            if ((access & ~MemoryAccess.RWX) != 0)
                return HypError.ArgumentInvalid;
            if ((access & ~extent.AllowedLocked(vm)) != 0 || extent.AllowedLocked(vm) == MemoryAccess.None)
                return HypError.Denied;
            var space = vm.AddressSpace;
            if (space.IsAnyMappedLocked(ipa, size))
                return HypError.ExistingMapping;
            space.MapLocked(ipa, size, extent.PhysicalBase + offset, access, extent);
            return HypError.Ok;
        }
    }

    /// <summary>Unmaps <paramref name="size"/> bytes at <paramref name="ipa"/>. ADDRESS_INVALID (nothing changed) if any page is unmapped.</summary>
    public HypError Unmap(HypervisorVm vm, ulong ipa, ulong size)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            var error = CheckMapped(vm, ipa, size);
            if (error != HypError.Ok)
                return error;
            vm.AddressSpace.UnmapLocked(ipa, size);
            return HypError.Ok;
        }
    }

    /// <summary>Changes the rights of mapped pages. ADDRESS_INVALID if one is unmapped, DENIED if its extent does not allow them.</summary>
    public HypError UpdateAccess(HypervisorVm vm, ulong ipa, ulong size, MemoryAccess access)
    {
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            var error = CheckMapped(vm, ipa, size);
            if (error != HypError.Ok)
                return error;
            if ((access & ~MemoryAccess.RWX) != 0)
                return HypError.ArgumentInvalid;
            var space = vm.AddressSpace;
            var last = ipa + size - 1;
            for (var page = ipa; ;)
            {
                space.TryFindLocked(page, out var entry);
                if ((access & ~entry.Value.Extent.AllowedLocked(vm)) != 0)
                    return HypError.Denied;
                if (entry.Last >= last)
                    break;
                page = entry.Last + 1;
            }

            space.SetAccessLocked(ipa, size, access);
            return HypError.Ok;
        }
    }

    /// <summary>
    /// The invariant check every guest access makes: each page of [<paramref name="ipa"/>, +<paramref name="length"/>)
    /// must be mapped in <paramref name="vm"/>'s stage 2 with <paramref name="access"/> (else ADDRESS_INVALID /
    /// DENIED), and the ownership model must agree that the VM may touch that physical page so (owner of a
    /// non-lent extent, or a borrower with the right). A stage-2 entry the ownership model does not back is a
    /// hypervisor bug: it is refused with DENIED and counted in <see cref="InvariantViolations"/>.
    /// </summary>
    public HypError CheckAccess(HypervisorVm vm, ulong ipa, ulong length, MemoryAccess access)
    {
        lock (Sync)
            return CheckAccessLocked(vm, ipa, length, access);
    }

    /// <summary>Stage-2 entries found not backed by ownership, by <see cref="CheckAccess"/> (should stay 0).</summary>
    public long InvariantViolations => Interlocked.Read(ref invariantViolations);

    private long invariantViolations;

    // countViolations false: a speculative check (a whole page, to cache it) that must not count what it finds.
    internal HypError CheckAccessLocked(HypervisorVm vm, ulong ipa, ulong length, MemoryAccess access, bool countViolations = true)
    {
        if (!vm.AliveLocked)
            return HypError.ObjectState;
        if (length == 0)
            return HypError.Ok;
        if (ipa + length < ipa && ipa + length != 0)
            return HypError.AddressOverflow;
        // Run by run of the stage 2, in address order, so the first page that fails decides the error as it would
        // page by page: unmapped, then the entry's rights, then whether ownership backs every page of the run.
        var last = ipa + length - 1;
        for (var page = ipa; ;)
        {
            if (!vm.AddressSpace.TryFindLocked(page, out var entry))
                return HypError.AddressInvalid;
            var value = entry.Value;
            if ((value.Access & access) != access)
                return HypError.Denied;
            var end = Math.Min(entry.Last, last);
            if ((access & ~value.Extent.AllowedLocked(vm)) != 0
                || !pages.CoversWith((page + value.Delta) & ~PageMask, end + value.Delta, value.Extent, static (record, extent) => ReferenceEquals(record.Extent, extent)))
            {
                if (countViolations)
                    Interlocked.Increment(ref invariantViolations);
                return HypError.Denied;
            }

            if (end == last)
                return HypError.Ok;
            page = end + 1;
        }
    }

    /// <summary>
    /// Walks every table and returns what is wrong (empty when sound): each stage-2 entry must point at a
    /// registered page of a live extent whose pages its owner owns, with rights within what the VM holds on it
    /// (owner of a non-lent extent, or a borrower with those rights); extents' reverse maps must match; a lent
    /// extent keeps no mapping of its owner.
    /// </summary>
    public IReadOnlyList<string> VerifyInvariants()
    {
        var problems = new List<string>();
        lock (Sync)
        {
            MemoryChangingLocked(); // Cached translations made before this change are stale.
            long mapped = 0;
            foreach (var vm in vms.Values)
            {
                var space = vm.AddressSpace;
                var ranges = space.RangesLocked;
                for (var index = 0; index < ranges.Count; index++)
                {
                    var (ipa, ipaLast, entry) = ranges[index];
                    mapped += (long)((ipaLast - ipa) / PageSize) + 1;
                    var where = $"{vm} IPA 0x{ipa:X}-0x{ipaLast:X}";
                    var physical = ipa + entry.Delta;
                    var physicalLast = ipaLast + entry.Delta;
                    if (!pages.Covers(physical, physicalLast))
                        problems.Add($"{where}: maps unregistered pages in 0x{physical:X}-0x{physicalLast:X}");
                    else if (entry.Extent.Destroyed || !pages.CoversWith(physical, physicalLast, entry.Extent, static (record, extent) => ReferenceEquals(record.Extent, extent)))
                        problems.Add($"{where}: pages 0x{physical:X}-0x{physicalLast:X} are not all in the extent they were mapped from");
                    else if (!pages.CoversWith(physical, physicalLast, entry.Extent, static (record, extent) => ReferenceEquals(record.Owner, extent.OwnerLocked)))
                        problems.Add($"{where}: page owners in 0x{physical:X}-0x{physicalLast:X} differ from their extent's");
                    if ((entry.Access & ~entry.Extent.AllowedLocked(vm)) != 0)
                        problems.Add($"{where}: {entry.Access} exceeds {entry.Extent.AllowedLocked(vm)} held on the pages");
                    if (!entry.Extent.MappedIn.ContainsKey(space))
                        problems.Add($"{where}: missing from its extent's reverse map");
                }
            }

            long reverse = 0;
            foreach (var extent in extents)
            {
                reverse += extent.MappedPagesLocked;
                if (extent.StateLocked == MemoryExtentState.Private && extent.Borrowers.Count != 0)
                    problems.Add($"private extent 0x{extent.PhysicalBase:X} has borrowers");
            }

            if (reverse != mapped)
                problems.Add($"extents record {reverse} mapped pages, address spaces hold {mapped}");
        }

        return problems;
    }

    private static HypError CheckMapped(HypervisorVm vm, ulong ipa, ulong size)
    {
        var error = CheckRange(ipa, size);
        if (error != HypError.Ok)
            return error;
        if (!vm.AliveLocked)
            return HypError.ObjectState;
        return vm.AddressSpace.IsAllMappedLocked(ipa, size) ? HypError.Ok : HypError.AddressInvalid;
    }
}
