using System.Collections.Concurrent;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>A call the handler received: message id, the caller's VMID and the decoded request (null for void).</summary>
internal sealed record ReceivedCall(uint MessageId, uint Caller, object? Request);

/// <summary>
/// An <see cref="IGhRmHandler"/> that records every call it gets and answers through <see cref="Answer"/>: by
/// default OK with the <see cref="PayloadCodecs"/> sample of the reply type, so every call has a non-trivial reply.
/// </summary>
internal sealed class RecordingRmHandler : IGhRmHandler
{
    public ConcurrentQueue<ReceivedCall> Received { get; } = new();

    /// <summary>Status and reply value for (message id, decoded request); the reply is ignored unless the status is 0.</summary>
    public Func<uint, object?, (uint Status, object? Reply)> Answer { get; set; } = SampleReply;

    /// <summary>Bytes a failure sends after its status word (the RM's hypervisor error detail); none by default.</summary>
    public ReadOnlyMemory<byte> ErrorDetail { get; set; }

    public static (uint Status, object? Reply) SampleReply(uint messageId, object? request)
    {
        Assert.True(GhRmMessages.TryFind(messageId, out var message));
        return (0, PayloadCodecs.For(message.ReplyCType).Sample);
    }

    private ValueTask<RpcResult<T>> Reply<T>(uint messageId, RpcCaller caller, object? request)
    {
        Received.Enqueue(new ReceivedCall(messageId, caller.ClientId, request));
        var (status, reply) = Answer(messageId, request);
        return ValueTask.FromResult(status == 0 ? new RpcResult<T>((T)reply!) : RpcResult.Error<T>(status, ErrorDetail));
    }

    private ValueTask<RpcResult> Done(uint messageId, RpcCaller caller, object? request)
    {
        Received.Enqueue(new ReceivedCall(messageId, caller.ClientId, request));
        var (status, _) = Answer(messageId, request);
        return ValueTask.FromResult(status == 0 ? RpcResult.Ok : RpcResult.Error(status, ErrorDetail));
    }

    public ValueTask<RpcResult<GhRmMemHandleResp>> MemDonateAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmMemHandleResp>(GhRmMessages.GH_RM_RPC_MEM_DONATE, caller, request);

    public ValueTask<RpcResult<GhRmMemAcceptRespPayload>> MemAcceptAsync(RpcCaller caller, GhRmMemAcceptReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmMemAcceptRespPayload>(GhRmMessages.GH_RM_RPC_MEM_ACCEPT, caller, request);

    public ValueTask<RpcResult<GhRmMemHandleResp>> MemLendAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmMemHandleResp>(GhRmMessages.GH_RM_RPC_MEM_LEND, caller, request);

    public ValueTask<RpcResult<GhRmMemHandleResp>> MemShareAsync(RpcCaller caller, GhRmMemShareReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmMemHandleResp>(GhRmMessages.GH_RM_RPC_MEM_SHARE, caller, request);

    public ValueTask<RpcResult> MemReleaseAsync(RpcCaller caller, GhRmMemReleaseReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_MEM_RELEASE, caller, request);

    public ValueTask<RpcResult> MemReclaimAsync(RpcCaller caller, GhRmMemReleaseReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_MEM_RECLAIM, caller, request);

    public ValueTask<RpcResult> MemNotifyAsync(RpcCaller caller, GhRmMemNotifyReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_MEM_NOTIFY, caller, request);

    public ValueTask<RpcResult> MemAppendAsync(RpcCaller caller, GhRmMemAppendReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_MEM_APPEND, caller, request);

    public ValueTask<RpcResult<GhRmMemHandleResp>> MemQcomLookupSglAsync(RpcCaller caller, GhRmMemLookupSglReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmMemHandleResp>(GhRmMessages.GH_RM_RPC_MEM_QCOM_LOOKUP_SGL, caller, request);

    public ValueTask<RpcResult> FwMilestoneAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_FW_MILESTONE, caller, null);

    public ValueTask<RpcResult> FwSetVmFirmwareAsync(RpcCaller caller, GhRmFwSetVmFirmwareReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_FW_SET_VM_FIRMWARE, caller, request);

    public ValueTask<RpcResult<GhRmVmAllocVmidResp>> VmAllocVmidAsync(RpcCaller caller, GhRmVmAllocVmidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmAllocVmidResp>(GhRmMessages.GH_RM_RPC_VM_ALLOC_VMID, caller, request);

    public ValueTask<RpcResult> VmDeallocVmidAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_DEALLOC_VMID, caller, request);

    public ValueTask<RpcResult> VmStartAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_START, caller, request);

    public ValueTask<RpcResult> VmStopAsync(RpcCaller caller, GhRmVmStopReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_STOP, caller, request);

    public ValueTask<RpcResult> VmResetAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_RESET, caller, request);

    public ValueTask<RpcResult> VmConfigImageAsync(RpcCaller caller, GhRmVmConfigImageReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_CONFIG_IMAGE, caller, request);

    public ValueTask<RpcResult> VmAuthImageAsync(RpcCaller caller, GhRmVmAuthImageReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_AUTH_IMAGE, caller, request);

    public ValueTask<RpcResult> VmInitAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_INIT, caller, request);

    public ValueTask<RpcResult<GhRmVmGetIdRespPayload>> VmGetIdAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmGetIdRespPayload>(GhRmMessages.GH_RM_RPC_VM_GET_ID, caller, request);

    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupUriAsync(RpcCaller caller, GhRmVmLookupNameReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmVmLookupRespPayload>(GhRmMessages.GH_RM_RPC_VM_LOOKUP_URI, caller, request);

    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupGuidAsync(RpcCaller caller, GhRmVmLookupGuidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmLookupRespPayload>(GhRmMessages.GH_RM_RPC_VM_LOOKUP_GUID, caller, request);

    public ValueTask<RpcResult<GhRmVmLookupRespPayload>> VmLookupNameAsync(RpcCaller caller, GhRmVmLookupNameReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmVmLookupRespPayload>(GhRmMessages.GH_RM_RPC_VM_LOOKUP_NAME, caller, request);

    public ValueTask<RpcResult<GhRmVmVmidResp>> VmGetOwnerAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        Reply<GhRmVmVmidResp>(GhRmMessages.GH_RM_RPC_VM_GET_OWNER, caller, null);

    public ValueTask<RpcResult<GhRmVmGetStateResp>> VmGetStateAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmGetStateResp>(GhRmMessages.GH_RM_RPC_VM_GET_STATE, caller, request);

    public ValueTask<RpcResult<GhRmVmCrashMsgPayload>> VmGetCrashMsgAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmCrashMsgPayload>(GhRmMessages.GH_RM_RPC_VM_GET_CRASH_MSG, caller, request);

    public ValueTask<RpcResult<GhRmVmGetHypResourcesRespPayload>> VmGetHypResourcesAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmGetHypResourcesRespPayload>(GhRmMessages.GH_RM_RPC_VM_GET_HYP_RESOURCES, caller, request);

    public ValueTask<RpcResult<GhRmVmVmidResp>> VmGetVmidAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        Reply<GhRmVmVmidResp>(GhRmMessages.GH_RM_RPC_VM_GET_VMID, caller, null);

    public ValueTask<RpcResult<GhRmVmGetPeersRespPayload>> VmGetPeersAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        Reply<GhRmVmGetPeersRespPayload>(GhRmMessages.GH_RM_RPC_VM_GET_PEERS, caller, null);

    public ValueTask<RpcResult> VmSetTimeBaseAsync(RpcCaller caller, GhRmVmSetTimeBaseReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_TIME_BASE, caller, request);

    public ValueTask<RpcResult> VmSetContextAsync(RpcCaller caller, GhRmVmSetContextReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_CONTEXT, caller, request);

    public ValueTask<RpcResult> VmSetFirmwareMemAsync(RpcCaller caller, GhRmVmSetFirmwareMemReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_FIRMWARE_MEM, caller, request);

    public ValueTask<RpcResult> VmSetDemandPagingAsync(RpcCaller caller, GhRmVmSetDemandPagingReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_DEMAND_PAGING, caller, request);

    public ValueTask<RpcResult> VmSetAddressLayoutAsync(RpcCaller caller, GhRmVmSetAddressLayoutReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_ADDRESS_LAYOUT, caller, request);

    public ValueTask<RpcResult<GhRmVmIrqAcceptResp>> VmIrqAcceptAsync(RpcCaller caller, GhRmVmIrqAcceptReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmIrqAcceptResp>(GhRmMessages.GH_RM_RPC_VM_IRQ_ACCEPT, caller, request);

    public ValueTask<RpcResult<GhRmVmIrqLendResp>> VmIrqLendAsync(RpcCaller caller, GhRmVmIrqLendReq request, CancellationToken cancellationToken) =>
        Reply<GhRmVmIrqLendResp>(GhRmMessages.GH_RM_RPC_VM_IRQ_LEND, caller, request);

    public ValueTask<RpcResult> VmIrqReleaseAsync(RpcCaller caller, GhRmVmIrqHandleReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_IRQ_RELEASE, caller, request);

    public ValueTask<RpcResult> VmIrqReclaimAsync(RpcCaller caller, GhRmVmIrqHandleReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_IRQ_RECLAIM, caller, request);

    public ValueTask<RpcResult> VmIrqNotifyAsync(RpcCaller caller, GhRmVmIrqNotifyReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_IRQ_NOTIFY, caller, request);

    public ValueTask<RpcResult> VmSetStatusAsync(RpcCaller caller, GhRmVmSetStatusReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_STATUS, caller, request);

    public ValueTask<RpcResult> VmConsoleOpenAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_CONSOLE_OPEN, caller, request);

    public ValueTask<RpcResult> VmConsoleCloseAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_CONSOLE_CLOSE, caller, request);

    public ValueTask<RpcResult> VmConsoleWriteAsync(RpcCaller caller, GhRmVmConsoleWriteReqPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_CONSOLE_WRITE, caller, request);

    public ValueTask<RpcResult> VmConsoleFlushAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_CONSOLE_FLUSH, caller, request);

    public ValueTask<RpcResult> VmExitAsync(RpcCaller caller, GhRmVmExitReq request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_EXIT, caller, request);

    public ValueTask<RpcResult> VmSetCrashMsgAsync(RpcCaller caller, GhRmVmCrashMsgPayload request, CancellationToken cancellationToken) =>
        Done(GhRmMessages.GH_RM_RPC_VM_SET_CRASH_MSG, caller, request);

    public ValueTask<RpcResult<GhRmVmHostGetTypeResp>> VmHostGetTypeAsync(RpcCaller caller, CancellationToken cancellationToken) =>
        Reply<GhRmVmHostGetTypeResp>(GhRmMessages.GH_RM_RPC_VM_HOST_GET_TYPE, caller, null);

    public ValueTask<RpcResult<GhRmIpaReserveRespPayload>> IpaReserveAsync(RpcCaller caller, GhRmIpaReserveReqPayload request, CancellationToken cancellationToken) =>
        Reply<GhRmIpaReserveRespPayload>(GhRmMessages.GH_RM_RPC_IPA_RESERVE, caller, request);
}
