using System.Runtime.InteropServices;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;

namespace Gunyah.Sdk.Reference.Platform;

// Memory extents: a parcel's ranges become hypervisor extents; lend/share/donate and the borrowers' mappings follow
// the hypervisor's ownership model, so its invariant checker sees every parcel.
public sealed unsafe partial class HypervisorRmPlatform
{
    private readonly Dictionary<ulong, ParcelExtent> extents = [];

    // Memory donated to a VM, one single-page core extent per page, by the IPA where the VM accepted it: the VM's own
    // memory, which a parcel of its own lends or shares page by page (the core lends whole extents) and which stays
    // when that parcel goes.
    private readonly Dictionary<(ushort Vmid, ulong Ipa), MemoryExtent> ownPages = [];

    /// <inheritdoc/>
    public HypError CreateMemExtent(ushort owner, ReadOnlySpan<RmMemRange> ranges, bool device, out ulong extent)
    {
        extent = 0;
        var vm = Hypervisor.GetVm(owner);
        if (vm is null)
        {
            return HypError.ObjectState;
        }

        var parcel = new ParcelExtent(vm);
        foreach (var range in ranges)
        {
            var error = AddPiece(parcel, range);
            if (error != HypError.Ok)
            {
                RemovePieces(parcel);
                return error;
            }
        }

        lock (gate)
        {
            extent = nextId++;
            extents.Add(extent, parcel);
        }

        return HypError.Ok;
    }

    /// <inheritdoc/>
    public HypError GiveExtent(ulong extent, RmMemTransfer transfer, ReadOnlySpan<RmMemGrant> borrowers)
    {
        if (FindExtent(extent) is not { } parcel)
        {
            return HypError.CspaceCapNull;
        }

        // Borrowers without hypervisor objects yet (a VMID the host just allocated; the RM builds the VM at
        // VM_INIT) join the extent when they first map it.
        var grants = new MemoryGrant[borrowers.Length];
        var count = 0;
        lock (gate)
        {
            foreach (var borrower in borrowers)
            {
                if (Hypervisor.GetVm(borrower.Vmid) is { } vm)
                {
                    grants[count++] = new MemoryGrant(vm, borrower.Access);
                }
                else
                {
                    parcel.Pending[borrower.Vmid] = borrower.Access;
                }
            }
        }

        foreach (var piece in parcel.Pieces)
        {
            var error = transfer == RmMemTransfer.Share
                ? Hypervisor.Share(piece.Extent, grants.AsSpan(0, count))
                : Hypervisor.Lend(piece.Extent, grants.AsSpan(0, count));
            if (error != HypError.Ok)
            {
                return error;
            }
        }

        return HypError.Ok;
    }

    /// <inheritdoc/>
    public HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, MemoryAccess access)
    {
        var vm = Hypervisor.GetVm(vmid);
        if (FindExtent(extent) is not { } parcel || vm is null)
        {
            return HypError.CspaceCapNull;
        }

        MemoryAccess pending;
        bool joins;
        lock (gate)
        {
            joins = parcel.Pending.Remove(vmid, out pending);
        }

        if (joins)
        {
            foreach (var piece in parcel.Pieces)
            {
                Hypervisor.AddBorrower(piece.Extent, new MemoryGrant(vm, pending));
            }
        }

        // The parcel's bytes run across its pieces in SGL order; map each overlap where it falls.
        ulong pieceStart = 0;
        var done = new List<BorrowerMapping>();
        for (var index = 0; index < parcel.Pieces.Count; index++)
        {
            var piece = parcel.Pieces[index];
            var from = Math.Max(offset, pieceStart);
            var to = Math.Min(offset + size, pieceStart + piece.Size);
            if (from < to)
            {
                var mapping = new BorrowerMapping(index, from - pieceStart, ipa + (from - offset), to - from, access);
                var error = Hypervisor.Map(vm, mapping.Ipa, piece.Extent, mapping.PieceOffset, mapping.Size, access);
                if (error != HypError.Ok)
                {
                    foreach (var undo in done)
                    {
                        Hypervisor.Unmap(vm, undo.Ipa, undo.Size);
                    }

                    return error;
                }

                done.Add(mapping);
            }

            pieceStart += piece.Size;
        }

        lock (gate)
        {
            parcel.MappingsOf(vmid).AddRange(done);
        }

        return done.Count > 0 || size == 0 ? HypError.Ok : HypError.AddressOverflow;
    }

    /// <inheritdoc/>
    public HypError UnmapExtent(ulong extent, ushort vmid)
    {
        var vm = Hypervisor.GetVm(vmid);
        if (FindExtent(extent) is not { } parcel)
        {
            return HypError.CspaceCapNull;
        }

        List<BorrowerMapping>? mappings;
        lock (gate)
        {
            parcel.Borrowers.Remove(vmid, out mappings);
        }

        if (vm is not null && mappings is not null)
        {
            foreach (var mapping in mappings)
            {
                Hypervisor.Unmap(vm, mapping.Ipa, mapping.Size);
            }
        }

        return HypError.Ok;
    }

    /// <inheritdoc/>
    public HypError DonateExtent(ulong extent, ushort toVmid)
    {
        var to = Hypervisor.GetVm(toVmid);
        if (FindExtent(extent) is not { } parcel || to is null)
        {
            return HypError.CspaceCapNull;
        }

        List<BorrowerMapping>? mappings;
        lock (gate)
        {
            parcel.Borrowers.TryGetValue(toVmid, out mappings);
        }

        // End the lend, move ownership (which drops every mapping), then give the new owner its view back as its
        // own memory, a single-page extent per page; the parcel's extent leaves this platform, as the RM retires it.
        var pages = new List<MemoryExtent[]>();
        foreach (var piece in parcel.Pieces)
        {
            Hypervisor.Reclaim(piece.Extent);
            var error = Hypervisor.Donate(piece.Extent, parcel.Owner, to);
            if (error != HypError.Ok)
            {
                return error;
            }

            pages.Add(piece.Own ? [piece.Extent] : SplitIntoPages(piece, to));
        }

        lock (gate)
        {
            parcel.Borrowers.Remove(toVmid);
            extents.Remove(extent);

            // Own pages donated on are no longer the old owner's.
            var moved = pages.SelectMany(p => p).ToHashSet();
            foreach (var (key, _) in ownPages.Where(o => moved.Contains(o.Value)).ToArray())
            {
                ownPages.Remove(key);
            }
        }

        foreach (var mapping in mappings ?? [])
        {
            for (ulong done = 0; done < mapping.Size; done += ReferenceHypervisor.PageSize)
            {
                var page = pages[mapping.Piece][(mapping.PieceOffset + done) / ReferenceHypervisor.PageSize];
                Hypervisor.Map(to, mapping.Ipa + done, page, 0, ReferenceHypervisor.PageSize, mapping.Access);
                lock (gate)
                {
                    ownPages[(toVmid, mapping.Ipa + done)] = page;
                }
            }
        }

        return HypError.Ok;
    }

    /// <summary>Replaces a donated (private, now <paramref name="owner"/>'s) extent by one extent per page.</summary>
    private MemoryExtent[] SplitIntoPages(ParcelPiece piece, HypervisorVm owner)
    {
        Hypervisor.DestroyMemoryExtent(piece.Extent);
        var pages = new MemoryExtent[piece.Size / ReferenceHypervisor.PageSize];
        for (var i = 0; i < pages.Length; i++)
        {
            Hypervisor.CreateMemoryExtent(owner, piece.PhysicalBase + ((ulong)i * ReferenceHypervisor.PageSize), ReferenceHypervisor.PageSize, out var page);
            pages[i] = page!;
        }

        return pages;
    }

    /// <inheritdoc/>
    public HypError ZeroExtent(ulong extent)
    {
        if (FindExtent(extent) is not { } parcel)
        {
            return HypError.CspaceCapNull;
        }

        foreach (var piece in parcel.Pieces)
        {
            NativeMemory.Clear((void*)piece.PhysicalBase, checked((nuint)piece.Size));
        }

        return HypError.Ok;
    }

    /// <inheritdoc/>
    public HypError ReadExtent(ulong extent, ulong offset, Span<byte> destination)
    {
        if (FindExtent(extent) is not { } parcel)
        {
            return HypError.CspaceCapNull;
        }

        ulong pieceStart = 0;
        var end = offset + (ulong)destination.Length;
        if (end < offset || end > parcel.TotalSize)
        {
            return HypError.AddressOverflow;
        }

        foreach (var piece in parcel.Pieces)
        {
            var from = Math.Max(offset, pieceStart);
            var to = Math.Min(end, pieceStart + piece.Size);
            if (from < to)
            {
                new ReadOnlySpan<byte>((void*)(piece.PhysicalBase + (from - pieceStart)), (int)(to - from))
                    .CopyTo(destination[(int)(from - offset)..]);
            }

            pieceStart += piece.Size;
        }

        return HypError.Ok;
    }

    /// <inheritdoc/>
    public HypError DestroyExtent(ulong extent)
    {
        ParcelExtent? parcel;
        lock (gate)
        {
            if (!extents.Remove(extent, out parcel))
            {
                return HypError.CspaceCapNull;
            }
        }

        foreach (var (vmid, mappings) in parcel.Borrowers)
        {
            if (Hypervisor.GetVm(vmid) is { } vm)
            {
                foreach (var mapping in mappings)
                {
                    Hypervisor.Unmap(vm, mapping.Ipa, mapping.Size);
                }
            }
        }

        RemovePieces(parcel);
        return HypError.Ok;
    }
}
