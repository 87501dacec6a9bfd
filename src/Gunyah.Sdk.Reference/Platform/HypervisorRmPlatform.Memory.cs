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

    /// <summary>
    /// A range of the owner's address space becomes one hypervisor extent. The host VM's IPAs are host addresses
    /// (identity): its pages are registered and mapped for the parcel's life. Memory donated to the owner (any other
    /// owner's range must be such) is found page by page where the owner accepted it: each page's own extent, not in
    /// another parcel, becomes a piece. A host address the host maps now is not its to give: a page in a parcel it
    /// shares, or memory it borrows.
    /// </summary>
    private HypError AddPiece(ParcelExtent parcel, RmMemRange range)
    {
        var owner = parcel.Owner;
        bool own;
        lock (gate)
        {
            own = ownPages.ContainsKey((owner.Vmid, range.Ipa));
        }

        if (owner.Vmid != ReferenceHypervisor.HlosVmid || own)
        {
            return AddOwnPages(parcel, range);
        }

        for (ulong done = 0; done < range.Size; done += ReferenceHypervisor.PageSize)
        {
            if (owner.AddressSpace.TryTranslate(range.Ipa + done, out _, out _))
            {
                return HypError.MemdbNotOwner;
            }
        }

        var physical = range.Ipa;
        var error = Hypervisor.AddPhysicalMemory(owner, physical, range.Size);
        if (error != HypError.Ok)
        {
            return error == HypError.Denied ? HypError.MemdbNotOwner : error;
        }

        var created = Hypervisor.CreateMemoryExtent(owner, physical, range.Size, out var memoryExtent);
        if (created != HypError.Ok)
        {
            Hypervisor.RemovePhysicalMemory(physical, range.Size);
            return created;
        }

        Hypervisor.Map(owner, range.Ipa, memoryExtent!, 0, range.Size, MemoryAccess.RWX);
        parcel.Pieces.Add(new ParcelPiece(memoryExtent!, physical, range.Size, Registered: true, Own: false));
        return HypError.Ok;
    }

    private HypError AddOwnPages(ParcelExtent parcel, RmMemRange range)
    {
        for (ulong done = 0; done < range.Size; done += ReferenceHypervisor.PageSize)
        {
            MemoryExtent? page;
            lock (gate)
            {
                page = ownPages.GetValueOrDefault((parcel.Owner.Vmid, range.Ipa + done));
            }

            if (page is null || !page.IsAlive || !ReferenceEquals(page.Owner, parcel.Owner) || page.State != MemoryExtentState.Private
                || parcel.Pieces.Any(p => ReferenceEquals(p.Extent, page)))
            {
                return HypError.MemdbNotOwner;
            }

            parcel.Pieces.Add(new ParcelPiece(page, page.PhysicalBase, ReferenceHypervisor.PageSize, Registered: false, Own: true));
        }

        return HypError.Ok;
    }

    /// <summary>Ends the parcel's pieces: the owner's access comes back; its own pages stay its own memory.</summary>
    private void RemovePieces(ParcelExtent parcel)
    {
        foreach (var piece in parcel.Pieces)
        {
            if (piece.Extent.State != MemoryExtentState.Private)
            {
                Hypervisor.Reclaim(piece.Extent);
            }

            if (piece.Own)
            {
                continue;
            }

            Hypervisor.DestroyMemoryExtent(piece.Extent);
            if (piece.Registered)
            {
                Hypervisor.RemovePhysicalMemory(piece.PhysicalBase, piece.Size);
            }
        }

        parcel.Pieces.Clear();
    }

    private void ForgetExtentsOf(ushort vmid)
    {
        lock (gate)
        {
            foreach (var parcel in extents.Values)
            {
                parcel.Borrowers.Remove(vmid);
            }

            foreach (var (id, parcel) in extents.ToArray())
            {
                if (parcel.Owner.Vmid == vmid)
                {
                    extents.Remove(id);
                }
            }

            // The core destroys the VM's own pages with it.
            foreach (var key in ownPages.Keys.Where(k => k.Vmid == vmid).ToArray())
            {
                ownPages.Remove(key);
            }
        }
    }

    private ParcelExtent? FindExtent(ulong extent)
    {
        lock (gate)
        {
            return extents.GetValueOrDefault(extent);
        }
    }

    // Registered: the host's pages, registered for the parcel's life. Own: a page of the owner's own (donated)
    // memory, which outlives the parcel.
    private sealed record ParcelPiece(MemoryExtent Extent, ulong PhysicalBase, ulong Size, bool Registered, bool Own);

    private sealed record BorrowerMapping(int Piece, ulong PieceOffset, ulong Ipa, ulong Size, MemoryAccess Access);

    private sealed class ParcelExtent(HypervisorVm owner)
    {
        public HypervisorVm Owner { get; } = owner;

        public List<ParcelPiece> Pieces { get; } = [];

        public ulong TotalSize
        {
            get
            {
                ulong total = 0;
                foreach (var piece in Pieces)
                {
                    total += piece.Size;
                }

                return total;
            }
        }

        public Dictionary<ushort, List<BorrowerMapping>> Borrowers { get; } = [];

        /// <summary>ACL borrowers that had no hypervisor VM when the parcel was given.</summary>
        public Dictionary<ushort, MemoryAccess> Pending { get; } = [];

        public List<BorrowerMapping> MappingsOf(ushort vmid)
        {
            if (!Borrowers.TryGetValue(vmid, out var list))
            {
                Borrowers[vmid] = list = [];
            }

            return list;
        }
    }
}
