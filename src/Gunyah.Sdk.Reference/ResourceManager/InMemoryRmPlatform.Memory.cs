using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class InMemoryRmPlatform
{
    /// <inheritdoc/>
    public HypError CreateMemExtent(ushort owner, ReadOnlySpan<RmMemRange> ranges, bool device, out ulong extent)
    {
        lock (gate)
        {
            extent = 0;
            var physical = new List<RmMemRange>();
            foreach (var range in ranges)
            {
                if (range.Size == 0 || (range.Ipa | range.Size) % PageSize != 0 || range.Ipa + range.Size < range.Ipa)
                {
                    return HypError.ArgumentAlignment;
                }

                for (var offset = 0UL; offset < range.Size; offset += PageSize)
                {
                    if (!TryTranslate(owner, range.Ipa + offset, out var pa) || OwnerOf(pa) != owner || busyPages.ContainsKey(pa / PageSize))
                    {
                        return HypError.MemdbNotOwner;
                    }

                    physical.Add(new RmMemRange(pa, PageSize));
                }
            }

            extent = nextObject++;
            foreach (var page in physical)
            {
                busyPages.Add(page.Ipa / PageSize, extent);
            }

            extents.Add(extent, new Extent(owner, physical, device));
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError GiveExtent(ulong extent, RmMemTransfer transfer, ReadOnlySpan<RmMemGrant> borrowers)
    {
        lock (gate)
        {
            if (!extents.TryGetValue(extent, out var e))
            {
                return HypError.CspaceCapNull;
            }

            // The RM checks each borrower's rights against the ACL itself; this model only withdraws the owner.
            e.OwnerAccess = transfer == RmMemTransfer.Share ? MemoryAccess.RWX : MemoryAccess.None;
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, MemoryAccess access)
    {
        lock (gate)
        {
            if (!extents.TryGetValue(extent, out var e))
            {
                return HypError.CspaceCapNull;
            }

            if (vmid != HlosVmid && !vms.Contains(vmid))
            {
                return HypError.ArgumentInvalid;
            }

            if (size == 0 || (ipa | offset | size) % PageSize != 0 || offset + size > e.Size || ipa + size < ipa)
            {
                return HypError.ArgumentAlignment;
            }

            if (mappings.Any(m => m.Vmid == vmid && ipa < m.Ipa + m.Size && m.Ipa < ipa + size))
            {
                return HypError.ExistingMapping;
            }

            mappings.Add(new Mapping(vmid, ipa, size, extent, e.Pages, offset, access));
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError UnmapExtent(ulong extent, ushort vmid)
    {
        lock (gate)
        {
            return mappings.RemoveAll(m => m.Extent == extent && m.Vmid == vmid) > 0 ? HypError.Ok : HypError.AddressInvalid;
        }
    }

    /// <inheritdoc/>
    /// <remarks>The model retires the extent: the recipient's mappings of it become its own memory (which it may
    /// lend on), every other VM's mappings of it go, and the pages are no longer in an extent.</remarks>
    public HypError DonateExtent(ulong extent, ushort toVmid)
    {
        lock (gate)
        {
            if (!extents.TryGetValue(extent, out var e))
            {
                return HypError.CspaceCapNull;
            }

            if (toVmid != HlosVmid && !vms.Contains(toVmid))
            {
                return HypError.ArgumentInvalid;
            }

            foreach (var page in e.Pages)
            {
                if (toVmid == HlosVmid && InRam(page.Ipa))
                {
                    pageOwners.Remove(page.Ipa / PageSize);
                }
                else
                {
                    pageOwners[page.Ipa / PageSize] = toVmid;
                }
            }

            for (var i = 0; i < mappings.Count; i++)
            {
                if (mappings[i].Extent == extent && mappings[i].Vmid == toVmid)
                {
                    mappings[i] = mappings[i] with { Extent = 0 };
                }
            }

            DestroyExtentLocked(extent);
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError ZeroExtent(ulong extent)
    {
        lock (gate)
        {
            if (!extents.TryGetValue(extent, out var e))
            {
                return HypError.CspaceCapNull;
            }

            foreach (var page in e.Pages)
            {
                memory.Remove(page.Ipa / PageSize);
            }

            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError ReadExtent(ulong extent, ulong offset, Span<byte> destination)
    {
        lock (gate)
        {
            if (!extents.TryGetValue(extent, out var e))
            {
                return HypError.CspaceCapNull;
            }

            if (offset + (ulong)destination.Length > e.Size || offset + (ulong)destination.Length < offset)
            {
                return HypError.AddressOverflow;
            }

            for (var done = 0; done < destination.Length;)
            {
                var at = offset + (ulong)done;
                var page = e.Pages[(int)(at / PageSize)];
                var within = (int)(at % PageSize);
                var chunk = Math.Min(destination.Length - done, (int)PageSize - within);
                ReadPhysical(page.Ipa + (ulong)within, destination.Slice(done, chunk));
                done += chunk;
            }

            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError DestroyExtent(ulong extent)
    {
        lock (gate)
        {
            return DestroyExtentLocked(extent) ? HypError.Ok : HypError.CspaceCapNull;
        }
    }

    /// <summary>The access <paramref name="vmid"/> has to <paramref name="ipa"/> now: through a mapping of a parcel's
    /// extent, or as the owner of the page (its own access, unless an extent over it took the owner's access away).</summary>
    public MemoryAccess AccessOf(ushort vmid, ulong ipa)
    {
        lock (gate)
        {
            var mapping = FindMapping(vmid, ipa);
            if (mapping is { Extent: not 0 })
            {
                return mapping.Access;
            }

            // The VM's own memory (HLOS RAM, or pages donated to it): full access unless an extent took it.
            if (!TryTranslate(vmid, ipa, out var pa) || OwnerOf(pa) != vmid)
            {
                return MemoryAccess.None;
            }

            var own = mapping?.Access ?? MemoryAccess.RWX;
            return busyPages.TryGetValue(pa / PageSize, out var id) ? own & extents[id].OwnerAccess : own;
        }
    }

    /// <summary>The VMID owning the physical page at <paramref name="physicalAddress"/> (0 when none does).</summary>
    public ushort PageOwner(ulong physicalAddress)
    {
        lock (gate)
        {
            return OwnerOf(physicalAddress);
        }
    }

    /// <summary>Writes bytes at a VM's IPA (through its mapping or, for HLOS, at IPA = PA), ignoring access
    /// rights: the test's way of putting a devicetree in memory.</summary>
    public void WriteMemory(ushort vmid, ulong ipa, ReadOnlySpan<byte> data)
    {
        lock (gate)
        {
            for (var done = 0; done < data.Length;)
            {
                var (pa, chunk) = NextChunk(vmid, ipa, done, data.Length);
                if (!memory.TryGetValue(pa / PageSize, out var page))
                {
                    memory[pa / PageSize] = page = new byte[PageSize];
                }

                data.Slice(done, chunk).CopyTo(page.AsSpan((int)(pa % PageSize)));
                done += chunk;
            }
        }
    }

    /// <summary>Reads bytes at a VM's IPA, ignoring access rights.</summary>
    public void ReadMemory(ushort vmid, ulong ipa, Span<byte> destination)
    {
        lock (gate)
        {
            for (var done = 0; done < destination.Length;)
            {
                var (pa, chunk) = NextChunk(vmid, ipa, done, destination.Length);
                ReadPhysical(pa, destination.Slice(done, chunk));
                done += chunk;
            }
        }
    }

    /// <summary>The physical address of byte <paramref name="done"/> of an access at <paramref name="ipa"/>, and how
    /// many bytes from there stay in the same page.</summary>
    private (ulong Pa, int Chunk) NextChunk(ushort vmid, ulong ipa, int done, int length)
    {
        var at = ipa + (ulong)done;
        if (!TryTranslate(vmid, at, out var pa))
        {
            throw new ArgumentOutOfRangeException(nameof(ipa), $"VM {vmid} has nothing at 0x{at:x}.");
        }

        return (pa, Math.Min(length - done, (int)(PageSize - (pa % PageSize))));
    }

    private void ReadPhysical(ulong pa, Span<byte> destination)
    {
        if (memory.TryGetValue(pa / PageSize, out var page))
        {
            page.AsSpan((int)(pa % PageSize), destination.Length).CopyTo(destination);
        }
        else
        {
            destination.Clear();
        }
    }

    private bool DestroyExtentLocked(ulong extent)
    {
        if (!extents.Remove(extent, out var e))
        {
            return false;
        }

        foreach (var page in e.Pages)
        {
            busyPages.Remove(page.Ipa / PageSize);
        }

        mappings.RemoveAll(m => m.Extent == extent);
        return true;
    }

    private bool InRam(ulong pa) => pa >= ramBase && pa - ramBase < ramSize;

    private ushort OwnerOf(ulong pa) =>
        pageOwners.TryGetValue(pa / PageSize, out var owner) ? owner : InRam(pa) ? HlosVmid : (ushort)0;

    private Mapping? FindMapping(ushort vmid, ulong ipa) =>
        mappings.Find(m => m.Vmid == vmid && ipa >= m.Ipa && ipa - m.Ipa < m.Size);

    private bool TryTranslate(ushort vmid, ulong ipa, out ulong pa)
    {
        var mapping = FindMapping(vmid, ipa);
        if (mapping is not null)
        {
            var at = mapping.Offset + (ipa - mapping.Ipa);
            pa = mapping.Pages[(int)(at / PageSize)].Ipa + (at % PageSize);
            return true;
        }

        pa = ipa;
        return vmid == HlosVmid && InRam(ipa);
    }

    private sealed class Extent(ushort owner, List<RmMemRange> pages, bool device)
    {
        public ushort Owner { get; } = owner;

        public List<RmMemRange> Pages { get; } = pages;

        public bool Device { get; } = device;

        public ulong Size => (ulong)Pages.Count * PageSize;

        public MemoryAccess OwnerAccess { get; set; } = MemoryAccess.RWX;
    }

    /// <summary>A stage-2 mapping of <paramref name="Pages"/> from <paramref name="Offset"/>; <paramref name="Extent"/> is
    /// 0 once a donation made the pages the VM's own memory.</summary>
    private sealed record Mapping(ushort Vmid, ulong Ipa, ulong Size, ulong Extent, List<RmMemRange> Pages, ulong Offset, MemoryAccess Access);
}
