using System.Runtime.InteropServices;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;

namespace Gunyah.Sdk.Reference.Platform;

// A parcel's pieces: how its ranges become hypervisor extents (the host's registered pages, or the owner's own
// donated pages) and go again, and the records behind them.
public sealed unsafe partial class HypervisorRmPlatform
{
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
