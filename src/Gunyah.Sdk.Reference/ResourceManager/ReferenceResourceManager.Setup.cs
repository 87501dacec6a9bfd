using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    private const ulong Page = 0x1000;

    /// <inheritdoc/>
    /// <remarks>VM in READY (after VM_INIT, before VM_START, as Linux L24 sends it): X0..X31, PC, SP_EL0..SP_EL2.
    /// Stored, and written to vCPU 0 at VM_START.</remarks>
    public ValueTask<RpcResult> VmSetContextAsync(RpcCaller caller, GhRmVmSetContextReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            var set = (GhRmVmBootContextRegSet)request.RegSet;
            var legal = set switch
            {
                GhRmVmBootContextRegSet.X => request.RegIndex < 32,
                GhRmVmBootContextRegSet.Pc => request.RegIndex == 0,
                GhRmVmBootContextRegSet.Sp => request.RegIndex < 3,
                _ => false,
            };
            if (error == GhRmError.Ok && (!legal || request.Reserved != 0))
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Ready)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                vm.BootContext[(set, request.RegIndex)] = request.Value;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>VM in INIT (before VM_INIT). 0..512 page-aligned, non-empty, non-wrapping, non-overlapping ranges (0: a
    /// host whose VM has no lent binding still sends the call; our choice, the open RM has no handler).
    /// Recorded only: the reference maps whole parcels and pages nothing on demand.</remarks>
    public ValueTask<RpcResult> VmSetDemandPagingAsync(RpcCaller caller, GhRmVmSetDemandPagingReqPayload request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Fixed.Vmid, out var vm);
            var ranges = request.Ranges.Select(r => new RmMemRange(r.Base, r.Size)).ToArray();
            if (error == GhRmError.Ok && (request.Fixed.Reserved != 0 || ranges.Length > MaxListEntries || !AreDisjointPages(ranges)))
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Init)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                vm.DemandPaging.Clear();
                vm.DemandPaging.AddRange(ranges);
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>Our semantics (none are public): VM in INIT; range_id IMAGE (0) or FIRMWARE (1); a page-aligned,
    /// non-empty, non-wrapping range; setting an id again replaces it. At VM_INIT the image (firmware) parcel is
    /// mapped at that range's base, and must fit in it (else VM_INIT fails with ARGUMENT_INVALID).</remarks>
    public ValueTask<RpcResult> VmSetAddressLayoutAsync(RpcCaller caller, GhRmVmSetAddressLayoutReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            var id = (GhRmVmAddressRangeId)request.RangeId;
            var range = new RmMemRange(request.Base, request.Size);
            if (error == GhRmError.Ok && (request.Reserved != 0 || id is not (GhRmVmAddressRangeId.Image or GhRmVmAddressRangeId.Firmware) || !AreDisjointPages([range])))
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Init)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                vm.Layout[id] = range;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <inheritdoc/>
    /// <remarks>VM in INIT; a finished parcel of the owner's that names the VM; the firmware range inside it,
    /// non-empty. At VM_INIT the parcel is mapped for the VM (at the FIRMWARE layout, else identity).</remarks>
    public ValueTask<RpcResult> VmSetFirmwareMemAsync(RpcCaller caller, GhRmVmSetFirmwareMemReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && request.Reserved != 0)
            {
                error = GhRmError.ArgumentInvalid;
            }
            else if (error == GhRmError.Ok && vm.State != GhRmVmStatus.Init)
            {
                error = GhRmError.VmState;
            }
            else if (error == GhRmError.Ok)
            {
                error = CheckParcelForVm(vm, request.MemHandle, out var parcel);
                if (error == GhRmError.Ok && (request.FwSize == 0 || !Within(request.FwOffset, request.FwSize, parcel.TotalSize)))
                {
                    error = GhRmError.ArgumentInvalid;
                }
            }

            if (error == GhRmError.Ok)
            {
                vm.FirmwareHandle = request.MemHandle;
                vm.FirmwareOffset = request.FwOffset;
                vm.FirmwareSize = request.FwSize;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }

    /// <summary>Whether every range is page aligned, non-empty, non-wrapping, and no two overlap.</summary>
    internal static bool AreDisjointPages(ReadOnlySpan<RmMemRange> ranges)
    {
        var sorted = ranges.ToArray();
        Array.Sort(sorted, (a, b) => a.Ipa.CompareTo(b.Ipa));
        for (var i = 0; i < sorted.Length; i++)
        {
            var r = sorted[i];
            if (r.Size == 0 || (r.Ipa | r.Size) % Page != 0 || r.Ipa + r.Size < r.Ipa)
            {
                return false;
            }

            if (i > 0 && sorted[i - 1].Ipa + sorted[i - 1].Size > r.Ipa)
            {
                return false;
            }
        }

        return true;
    }
}
