using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>The calls the reference RM does not model; each answers UNIMPLEMENTED, as the RM does for a call it
/// has no handler for. The time base is kept (it has no effect on the model).</summary>
public sealed partial class ReferenceResourceManager
{
    private static ValueTask<RpcResult> NotModelled() => ValueTask.FromResult(Fail(GhRmError.Unimplemented));

    private static ValueTask<RpcResult<T>> NotModelled<T>() => ValueTask.FromResult(Fail<T>(GhRmError.Unimplemented));

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmMemHandleResp>> MemQcomLookupSglAsync(RpcCaller caller, GhRmMemLookupSglReqPayload request, CancellationToken cancellationToken) =>
        NotModelled<GhRmMemHandleResp>();

    /// <inheritdoc/>
    public ValueTask<RpcResult> FwMilestoneAsync(RpcCaller caller, CancellationToken cancellationToken) => NotModelled();

    /// <inheritdoc/>
    public ValueTask<RpcResult> FwSetVmFirmwareAsync(RpcCaller caller, GhRmFwSetVmFirmwareReq request, CancellationToken cancellationToken) => NotModelled();

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmIrqAcceptResp>> VmIrqAcceptAsync(RpcCaller caller, GhRmVmIrqAcceptReq request, CancellationToken cancellationToken) =>
        NotModelled<GhRmVmIrqAcceptResp>();

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmVmIrqLendResp>> VmIrqLendAsync(RpcCaller caller, GhRmVmIrqLendReq request, CancellationToken cancellationToken) =>
        NotModelled<GhRmVmIrqLendResp>();

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmIrqReleaseAsync(RpcCaller caller, GhRmVmIrqHandleReq request, CancellationToken cancellationToken) => NotModelled();

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmIrqReclaimAsync(RpcCaller caller, GhRmVmIrqHandleReq request, CancellationToken cancellationToken) => NotModelled();

    /// <inheritdoc/>
    public ValueTask<RpcResult> VmIrqNotifyAsync(RpcCaller caller, GhRmVmIrqNotifyReqPayload request, CancellationToken cancellationToken) => NotModelled();

    /// <inheritdoc/>
    public ValueTask<RpcResult<GhRmIpaReserveRespPayload>> IpaReserveAsync(RpcCaller caller, GhRmIpaReserveReqPayload request, CancellationToken cancellationToken) =>
        NotModelled<GhRmIpaReserveRespPayload>();

    /// <inheritdoc/>
    /// <remarks>Owner only, VM in INIT or READY; accepted and otherwise ignored (the model has no timers).</remarks>
    public ValueTask<RpcResult> VmSetTimeBaseAsync(RpcCaller caller, GhRmVmSetTimeBaseReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var error = FindOwned(CallerOf(caller), request.Vmid, out var vm);
            if (error == GhRmError.Ok && vm.State is not (GhRmVmStatus.Init or GhRmVmStatus.Ready))
            {
                error = GhRmError.VmState;
            }

            return ValueTask.FromResult(error == GhRmError.Ok ? RpcResult.Ok : Fail(error));
        }
    }
}
