using Gunyah.Interop.Rpc;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmMemHandleResp>> MemLendAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CreateParcel(CallerOf(caller), GhRmMemTransType.Lend, request));

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmMemHandleResp>> MemShareAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CreateParcel(CallerOf(caller), GhRmMemTransType.Share, request));

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmMemHandleResp>> MemDonateAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CreateParcel(CallerOf(caller), GhRmMemTransType.Donate, request));

    private RpcResult<GhRmMemHandleResp> CreateParcel(ushort owner, GhRmMemTransType trans, GhRmMemShareReqPayload request)
    {
        lock (gate)
        {
            var error = RmParcelRules.CheckCreate(owner, trans, request);
            if (error == GhRmError.Ok && request.Acl.Any(a => a.Vmid != HlosVmid && !vms.ContainsKey(a.Vmid)))
            {
                error = GhRmError.VmidInvalid;
            }

            if (error == GhRmError.Ok && parcels.Values.Count(p => p.Owner == owner) >= MaxParcelsPerOwner)
            {
                error = GhRmError.Noresource;
            }

            if (error != GhRmError.Ok)
            {
                return Fail<GhRmMemHandleResp>(error);
            }

            var parcel = new RmParcel(NextHandle(), owner, trans, (GhRmMemType)request.Fixed.MemType, request.Fixed.Flags, request.Fixed.Label)
            {
                Acl = request.Acl,
                Attrs = request.Attrs,
            };
            parcel.Sgl.AddRange(request.Sgl);
            if ((request.Fixed.Flags & (byte)GhRmMemShareFlags.Append) == 0)
            {
                error = Finish(parcel);
                if (error != GhRmError.Ok)
                {
                    return Fail<GhRmMemHandleResp>(error);
                }
            }

            parcels.Add(parcel.Handle, parcel);
            return RpcResult.Success(new GhRmMemHandleResp { MemHandle = parcel.Handle });
        }
    }

    private uint NextHandle()
    {
        while (nextHandle == InvalidMemHandle || parcels.ContainsKey(nextHandle))
        {
            nextHandle++;
        }

        return nextHandle++;
    }

    /// <summary>The parcel is complete: create its extent, give it to the ACL's borrowers (taking the owner's access
    /// for a lend or donation), and sanitise it if asked.</summary>
    private GhRmError Finish(RmParcel parcel)
    {
        if (!AreDisjointPages(parcel.Sgl.Select(e => new RmMemRange(e.Ipa, e.Size)).ToArray()))
        {
            return GhRmError.ArgumentInvalid;
        }

        var ranges = parcel.Sgl.Select(e => new RmMemRange(e.Ipa, e.Size)).ToArray();
        if (platform.CreateMemExtent(parcel.Owner, ranges, parcel.MemType == GhRmMemType.Io, out var extent) != HypError.Ok)
        {
            return GhRmError.MemInvalid;
        }

        parcel.Extent = extent;
        parcel.HasExtent = true;
        var transfer = parcel.TransType switch
        {
            GhRmMemTransType.Share => RmMemTransfer.Share,
            GhRmMemTransType.Lend => RmMemTransfer.Lend,
            _ => RmMemTransfer.Donate,
        };
        var borrowers = parcel.Acl.Where(a => a.Vmid != parcel.Owner).Select(a => new RmMemGrant(a.Vmid, (MemoryAccess)a.Rights)).ToArray();
        if (platform.GiveExtent(extent, transfer, borrowers) != HypError.Ok)
        {
            platform.DestroyExtent(extent);
            parcel.HasExtent = false;
            return GhRmError.MemInvalid;
        }

        if (parcel.Sanitized)
        {
            platform.ZeroExtent(extent);
        }

        parcel.Finished = true;
        return GhRmError.Ok;
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> MemAppendAsync(RpcCaller caller, GhRmMemAppendReqPayload request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            GhRmError error;
            if (!parcels.TryGetValue(request.Fixed.MemHandle, out var parcel))
            {
                error = GhRmError.HandleInvalid;
            }
            else if (parcel.Owner != CallerOf(caller))
            {
                error = GhRmError.Denied;
            }
            else if (parcel.Finished)
            {
                error = GhRmError.MemInvalid;
            }
            else if ((request.Fixed.Flags & ~(byte)GhRmMemAppendFlags.End) != 0 || !RmParcelRules.CheckSgl(request.Sgl))
            {
                error = GhRmError.ArgumentInvalid;
            }
            else
            {
                parcel.Sgl.AddRange(request.Sgl);
                error = (request.Fixed.Flags & (byte)GhRmMemAppendFlags.End) != 0 ? Finish(parcel) : GhRmError.Ok;
                if (error != GhRmError.Ok)
                {
                    // A parcel whose final list cannot be built is dropped: its handle is no longer usable.
                    parcels.Remove(parcel.Handle);
                }
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmMemAcceptRespPayload>> MemAcceptAsync(RpcCaller caller, GhRmMemAcceptReqPayload request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var borrower = CallerOf(caller);
            var error = parcels.TryGetValue(request.Fixed.MemHandle, out var parcel)
                ? RmParcelRules.CheckAccept(borrower, parcel, request)
                : GhRmError.HandleInvalid;
            var entries = Array.Empty<GhRmMemEntry>();
            if (error == GhRmError.Ok)
            {
                error = Accept(borrower, parcel!, request, out entries);
            }

            var reply = new GhRmMemAcceptRespPayload(new GhRmMemAcceptResp { NEntries = (ushort)entries.Length }, entries);
            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Success(reply) : Fail<GhRmMemAcceptRespPayload>(error));
        }
    }

    private GhRmError Accept(ushort borrower, RmParcel parcel, GhRmMemAcceptReqPayload request, out GhRmMemEntry[] chosen)
    {
        chosen = [];
        var rights = parcel.RightsOf(borrower);
        var total = parcel.TotalSize;
        if (request.Sgl.Length > 0)
        {
            if (Map(parcel, borrower, request.Sgl, rights) != HypError.Ok)
            {
                return GhRmError.MapFailed;
            }
        }
        else
        {
            // The RM picks the IPA: one contiguous range in the borrower's window, in the handle's slot or the next
            // one where the borrower maps nothing yet (handles outnumber the slots; a slot may still be taken).
            for (var slot = 0; ; slot++)
            {
                chosen = [new GhRmMemEntry { Ipa = SlotIpa(parcel.Handle + (uint)slot), Size = total }];
                var mapped = Map(parcel, borrower, chosen, rights);
                if (mapped == HypError.Ok)
                {
                    break;
                }

                if (mapped != HypError.ExistingMapping || slot == IpaSlots - 1)
                {
                    chosen = [];
                    return GhRmError.MapFailed;
                }
            }
        }

        if ((request.Fixed.Flags & (byte)GhRmMemAcceptFlags.Sanitize) != 0)
        {
            platform.ZeroExtent(parcel.Extent);
        }

        if (parcel.TransType == GhRmMemTransType.Donate)
        {
            // Donation is final: the pages become the borrower's and the handle is freed.
            platform.DonateExtent(parcel.Extent, borrower);
            parcels.Remove(parcel.Handle);
            return GhRmError.Ok;
        }

        parcel.AcceptedBy.Add(borrower);
        return GhRmError.Ok;
    }

    /// <summary>Maps the parcel for <paramref name="borrower"/> at <paramref name="sgl"/> (its bytes in order); all or nothing.</summary>
    private HypError Map(RmParcel parcel, ushort borrower, GhRmMemEntry[] sgl, MemoryAccess rights)
    {
        ulong offset = 0;
        foreach (var entry in sgl)
        {
            var error = platform.MapExtent(parcel.Extent, borrower, entry.Ipa, offset, entry.Size, rights);
            if (error != HypError.Ok)
            {
                platform.UnmapExtent(parcel.Extent, borrower);
                return error;
            }

            offset += entry.Size;
        }

        return HypError.Ok;
    }

    private const int IpaSlots = 0x1000;

    /// <summary>The reference's IPA window for RM-chosen mappings: from 64 GiB up, 4 GiB slots, a parcel's first
    /// choice the slot of its handle.</summary>
    private static ulong SlotIpa(uint index) => (0x10UL + (index % IpaSlots)) << 32;
}
