using Gunyah.Interop.Rpc;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    private const int MaxSharedRegions = 512;

    /// <inheritdoc/>
    public ValueTask<RpcResult> MemReleaseAsync(RpcCaller caller, GhRmMemReleaseReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var borrower = CallerOf(caller);
            GhRmError error;
            if (!parcels.TryGetValue(request.MemHandle, out var parcel))
            {
                error = GhRmError.HandleInvalid;
            }
            else if (parcel.Owner == borrower || !parcel.InAcl(borrower))
            {
                error = GhRmError.Denied;
            }
            else if ((request.Flags & ~(byte)GhRmMemReleaseFlags.Sanitize) != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (!parcel.AcceptedBy.Remove(borrower))
            {
                error = GhRmError.MemReleased;
            }
            else
            {
                if ((request.Flags & (byte)GhRmMemReleaseFlags.Sanitize) != 0)
                {
                    platform.ZeroExtent(parcel.Extent);
                }

                platform.UnmapExtent(parcel.Extent, borrower);
                error = GhRmError.Ok;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>MEM_INUSE while a borrower that can still run (HLOS, or a VM in READY/RUNNING/PAUSED) holds the
    /// parcel; holds of VMs that can no longer run (EXITED, INIT_FAILED, RESET...) are dropped by the reclaim,
    /// which lets a host reclaim between the VM's exit and VM_RESET as Linux does.</remarks>
    public ValueTask<RpcResult> MemReclaimAsync(RpcCaller caller, GhRmMemReleaseReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            GhRmError error;
            if (!parcels.TryGetValue(request.MemHandle, out var parcel))
            {
                error = GhRmError.HandleInvalid;
            }
            else if (parcel.Owner != CallerOf(caller))
            {
                error = GhRmError.Denied;
            }
            else if ((request.Flags & ~(byte)GhRmMemReleaseFlags.Sanitize) != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (parcel.AcceptedBy.Any(CanStillRun))
            {
                error = GhRmError.MemInuse;
            }
            else
            {
                if (parcel.HasExtent && (request.Flags & (byte)GhRmMemReleaseFlags.Sanitize) != 0)
                {
                    platform.ZeroExtent(parcel.Extent);
                }

                DestroyParcel(parcel);
                error = GhRmError.Ok;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    private bool CanStillRun(ushort vmid) => !vms.TryGetValue(vmid, out var vm) || RmVmStates.IsLive(vm.State);

    /// <summary>Unmaps the parcel from every holder, destroys its extent (the owner's access comes back) and frees
    /// the handle.</summary>
    private void DestroyParcel(RmParcel parcel)
    {
        if (parcel.HasExtent)
        {
            foreach (var holder in parcel.AcceptedBy)
            {
                platform.UnmapExtent(parcel.Extent, holder);
            }

            platform.DestroyExtent(parcel.Extent);
        }

        parcel.AcceptedBy.Clear();
        parcels.Remove(parcel.Handle);
    }

    /// <inheritdoc/>
    public ValueTask<RpcResult> MemNotifyAsync(RpcCaller caller, GhRmMemNotifyReqPayload request, CancellationToken cancellationToken)
    {
        GhRmError error;
        lock (gate)
        {
            error = parcels.TryGetValue(request.Fixed.MemHandle, out var parcel)
                ? Notify(CallerOf(caller), parcel, request)
                : GhRmError.HandleInvalid;
        }

        return Done(error);
    }

    private GhRmError Notify(ushort from, RmParcel parcel, GhRmMemNotifyReqPayload request)
    {
        var flags = (GhRmMemNotifyFlags)request.Fixed.Flags;
        var tag = request.Fixed.MemInfoTag;
        if (flags is not (GhRmMemNotifyFlags.Shared or GhRmMemNotifyFlags.Released or GhRmMemNotifyFlags.Accepted or GhRmMemNotifyFlags.Recall)
            || (parcel.MemInfoTag is { } fixedTag && fixedTag != tag))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (flags is GhRmMemNotifyFlags.Released or GhRmMemNotifyFlags.Accepted)
        {
            if (from == parcel.Owner || !parcel.InAcl(from))
            {
                return GhRmError.Denied;
            }

            QueueOwnerNote(parcel, from, tag, accepted: flags == GhRmMemNotifyFlags.Accepted);
            return GhRmError.Ok;
        }

        if (from != parcel.Owner)
        {
            return GhRmError.Denied;
        }

        var targets = request.Vmids.Select(v => v.Vmid).ToArray();
        if (targets.Length is 0 or > MaxListEntries || targets.Distinct().Count() != targets.Length
            || targets.Any(t => t == parcel.Owner || !parcel.InAcl(t)))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (!parcel.Finished)
        {
            return GhRmError.MemInvalid;
        }

        if (flags == GhRmMemNotifyFlags.Shared)
        {
            parcel.MemInfoTag ??= tag;
        }

        foreach (var target in targets)
        {
            var consumedByRm = vms.TryGetValue(target, out var vm) && vm.State == GhRmVmStatus.Ready;
            if (flags == GhRmMemNotifyFlags.Shared)
            {
                // A VM that is built but not running cannot accept for itself: the RM maps the parcel for it at the
                // owner's IPA and tells the owner it was accepted.
                if (consumedByRm && MapForVm(vm!, parcel.Handle, (GhRmVmAddressRangeId)0xFF, parcel.Sgl[0].Ipa) == GhRmError.Ok)
                {
                    QueueOwnerNote(parcel, target, tag, accepted: true);
                }
                else
                {
                    QueueShared(parcel, target, tag);
                }
            }
            else if (consumedByRm && parcel.AcceptedBy.Remove(target))
            {
                platform.UnmapExtent(parcel.Extent, target);
                QueueOwnerNote(parcel, target, tag, accepted: false);
            }
            else
            {
                var recall = new GhRmMemRecallPayload { MemHandle = parcel.Handle, MemInfoTag = tag };
                Queue(target, sink => GhRmNotifications.SendNotifMemRecallAsync(sink, recall));
            }
        }

        return GhRmError.Ok;
    }

    private void QueueOwnerNote(RmParcel parcel, ushort vmid, uint tag, bool accepted)
    {
        var note = new GhRmMemOwnerPayload { MemHandle = parcel.Handle, Vmid = vmid, MemInfoTag = tag };
        Queue(parcel.Owner, accepted
            ? sink => GhRmNotifications.SendNotifMemAcceptedAsync(sink, note)
            : sink => GhRmNotifications.SendNotifMemReleasedAsync(sink, note));
    }

    private void QueueShared(RmParcel parcel, ushort target, uint tag)
    {
        var payload = new GhRmMemSharedPayload
        {
            MemHandle = parcel.Handle,
            MemType = (byte)parcel.MemType,
            TransType = (byte)parcel.TransType,
            Flags = parcel.Sanitized ? (byte)GhRmMemSharedFlags.Sanitized : (byte)0,
            OwnerVmid = parcel.Owner,
            Label = parcel.Label,
            MemInfoTag = tag,
        };
        var acl = parcel.Acl;
        var regions = parcel.Sgl.Take(MaxSharedRegions).Select(e => new GhRmMemRegionSize { Size = e.Size }).ToArray();
        var attrs = parcel.Attrs;
        Queue(target, sink => GhRmNotifications.SendNotifMemSharedAsync(sink, payload, acl, regions, attrs));
    }
}
