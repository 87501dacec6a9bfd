namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One VM's stage-2 translation: IPA pages → physical pages with R/W/X rights, every mapping made from a
/// <see cref="MemoryExtent"/> the VM may map. Kept as ranges (a run of pages with one offset to physical, one set of
/// rights and one extent is one entry), page-granular in meaning: any page of an entry can be unmapped or changed
/// alone. Changed only through the hypervisor's memory calls; guarded by its lock.
/// </summary>
public sealed class AddressSpace
{
    private readonly RangeMap<Stage2Value> entries = new();

    internal AddressSpace(HypervisorVm vm)
    {
        Vm = vm;
        Memory = new GuestMemoryAccessor(this);
    }

    /// <summary>The VM this is the address space of.</summary>
    public HypervisorVm Vm { get; }

    /// <summary>Checked access to the VM's guest memory.</summary>
    public GuestMemoryAccessor Memory { get; }

    /// <summary>Page mappings now.</summary>
    public int MappingCount
    {
        get
        {
            lock (Vm.Hypervisor.Sync)
                return MappedPagesLocked;
        }
    }

    internal int MappedPagesLocked => (int)entries.Pages;

    internal RangeMap<Stage2Value> RangesLocked => entries;

    /// <summary>What <paramref name="ipa"/> translates to: the physical address and the rights, or <c>false</c> if unmapped.</summary>
    public bool TryTranslate(ulong ipa, out ulong physicalAddress, out MemoryAccess access)
    {
        lock (Vm.Hypervisor.Sync)
        {
            if (entries.TryFind(ipa, out var entry))
            {
                physicalAddress = ipa + entry.Value.Delta;
                access = entry.Value.Access;
                return true;
            }
        }

        physicalAddress = 0;
        access = MemoryAccess.None;
        return false;
    }

    /// <summary>The mapping run holding <paramref name="ipa"/>.</summary>
    internal bool TryFindLocked(ulong ipa, out RangeMap<Stage2Value>.Entry entry) => entries.TryFind(ipa, out entry);

    /// <summary>Whether any page of [ipa, +size) is mapped.</summary>
    internal bool IsAnyMappedLocked(ulong ipa, ulong size) => entries.Overlaps(ipa, ipa + size - 1);

    /// <summary>Whether every page of [ipa, +size) is mapped.</summary>
    internal bool IsAllMappedLocked(ulong ipa, ulong size) => entries.Covers(ipa, ipa + size - 1);

    /// <summary>Maps [ipa, +size) to [physical, +size) of <paramref name="extent"/>; the range must be unmapped.</summary>
    internal void MapLocked(ulong ipa, ulong size, ulong physical, MemoryAccess access, MemoryExtent extent)
    {
        entries.Set(ipa, ipa + size - 1, new Stage2Value(physical - ipa, access, extent));
        extent.AddMappedLocked(this, (long)size);
    }

    /// <summary>Gives every mapped page of [ipa, +size) <paramref name="access"/>; the range must be mapped.</summary>
    internal void SetAccessLocked(ulong ipa, ulong size, MemoryAccess access)
    {
        var last = ipa + size - 1;
        var cursor = ipa;
        while (entries.TryFind(cursor, out var entry))
        {
            var end = Math.Min(entry.Last, last);
            entries.Set(cursor, end, entry.Value with { Access = access });
            if (end == last)
                return;
            cursor = end + 1;
        }
    }

    /// <summary>Unmaps every mapped page of [ipa, +size).</summary>
    internal void UnmapLocked(ulong ipa, ulong size)
    {
        var last = ipa + size - 1;
        for (var index = entries.IndexAtOrAfter(ipa); index < entries.Count && entries[index].Start <= last; index++)
        {
            var entry = entries[index];
            var from = Math.Max(entry.Start, ipa);
            var to = Math.Min(entry.Last, last);
            entry.Value.Extent.AddMappedLocked(this, -(long)(to - from + 1));
        }

        entries.Remove(ipa, last);
    }

    /// <summary>Unmaps every page mapped from <paramref name="extent"/>, adding what it was to <paramref name="withdrawn"/> if given.</summary>
    internal void UnmapExtentLocked(MemoryExtent extent, List<MemoryExtent.SuspendedMapping>? withdrawn)
    {
        for (var index = 0; index < entries.Count;)
        {
            var entry = entries[index];
            if (!ReferenceEquals(entry.Value.Extent, extent))
            {
                index++;
                continue;
            }

            var size = entry.Last - entry.Start + 1;
            withdrawn?.Add(new MemoryExtent.SuspendedMapping(entry.Start, size, entry.Start + entry.Value.Delta, entry.Value.Access));
            extent.AddMappedLocked(this, -(long)size);
            entries.Remove(entry.Start, entry.Last);
        }
    }

    /// <summary>Maps the pages of [ipa, +size) that are free now, as <see cref="MapLocked"/> would (a reclaim giving an
    /// owner back the mappings a lend withdrew, where their IPAs are still free).</summary>
    internal void MapFreeLocked(ulong ipa, ulong size, ulong physical, MemoryAccess access, MemoryExtent extent)
    {
        var last = ipa + size - 1;
        var cursor = ipa;
        while (true)
        {
            var index = entries.IndexAtOrAfter(cursor);
            var next = index < entries.Count ? entries[index] : default;
            var taken = index < entries.Count && next.Start <= last;
            if (!taken || next.Start > cursor)
            {
                // A free run from cursor up to the next mapping (or the end of the range).
                var end = taken ? next.Start - 1 : last;
                MapLocked(cursor, end - cursor + 1, physical + (cursor - ipa), access, extent);
                if (!taken)
                    return;
            }

            if (next.Last >= last)
                return;
            cursor = next.Last + 1;
        }
    }

    /// <summary>Removes every mapping (the VM is going).</summary>
    internal void ClearLocked()
    {
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            entry.Value.Extent.AddMappedLocked(this, -(long)(entry.Last - entry.Start + 1));
        }

        entries.Clear();
    }

    /// <summary>A run of mapped pages: physical = IPA + <paramref name="Delta"/> (mod 2^64) throughout, so splitting a run
    /// keeps its value and two runs that touch merge only when they are one contiguous mapping.</summary>
    internal readonly record struct Stage2Value(ulong Delta, MemoryAccess Access, MemoryExtent Extent);
}
