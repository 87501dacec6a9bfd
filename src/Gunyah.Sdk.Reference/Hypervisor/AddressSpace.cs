namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One VM's stage-2 translation: IPA page → physical page with R/W/X rights, every mapping made from a
/// <see cref="MemoryExtent"/> the VM may map. Changed only through the hypervisor's memory calls; guarded by
/// its lock.
/// </summary>
public sealed class AddressSpace
{
    private readonly Dictionary<ulong, Stage2Entry> entries = [];

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
                return entries.Count;
        }
    }

    internal IReadOnlyDictionary<ulong, Stage2Entry> EntriesLocked => entries;

    /// <summary>What <paramref name="ipa"/> translates to: the physical address and the rights, or <c>false</c> if unmapped.</summary>
    public bool TryTranslate(ulong ipa, out ulong physicalAddress, out MemoryAccess access)
    {
        lock (Vm.Hypervisor.Sync)
        {
            if (entries.TryGetValue(ipa & ~ReferenceHypervisor.PageMask, out var entry))
            {
                physicalAddress = entry.PhysicalPage | (ipa & ReferenceHypervisor.PageMask);
                access = entry.Access;
                return true;
            }
        }

        physicalAddress = 0;
        access = MemoryAccess.None;
        return false;
    }

    internal bool TryGetLocked(ulong ipaPage, out Stage2Entry entry) => entries.TryGetValue(ipaPage, out entry);

    internal bool IsMappedLocked(ulong ipaPage) => entries.ContainsKey(ipaPage);

    internal void MapLocked(ulong ipaPage, ulong physicalPage, MemoryAccess access, MemoryExtent extent)
    {
        entries.Add(ipaPage, new Stage2Entry(physicalPage, access, extent));
        extent.MappedAt.Add((this, ipaPage));
    }

    internal void SetAccessLocked(ulong ipaPage, MemoryAccess access)
    {
        var entry = entries[ipaPage];
        entries[ipaPage] = entry with { Access = access };
    }

    internal Stage2Entry UnmapLocked(ulong ipaPage)
    {
        entries.Remove(ipaPage, out var entry);
        entry.Extent.MappedAt.Remove((this, ipaPage));
        return entry;
    }

    /// <summary>Removes every mapping (the VM is going).</summary>
    internal void ClearLocked()
    {
        foreach (var (ipaPage, entry) in entries)
            entry.Extent.MappedAt.Remove((this, ipaPage));
        entries.Clear();
    }

    internal readonly record struct Stage2Entry(ulong PhysicalPage, MemoryAccess Access, MemoryExtent Extent);
}
