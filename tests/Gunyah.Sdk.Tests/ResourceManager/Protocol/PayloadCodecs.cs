using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Sdk.Tests.ResourceManager.Protocol.PayloadCodec;
using static Gunyah.Sdk.Tests.ResourceManager.Protocol.WireValues;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Every payload C type of rm_rpc.h, keyed by the name <see cref="GhRmMessages.All"/> uses. Samples fill every
/// field with non-zero bytes, give lists 2–3 entries and tails some bytes; counts and length fields agree with the
/// lists and tails so the decoded fixed part equals the sample's. Payloads whose empty last list may be left off
/// are sized with the GetEncodedLength overload that takes the value: only the list header's fields tell.
/// </summary>
internal static class PayloadCodecs
{
    public static readonly IReadOnlyDictionary<string, PayloadCodec> ByCType = Build().ToDictionary(codec => codec.CType);

    /// <summary>The case for a descriptor's payload type (null, the table's spelling of void, is "void").</summary>
    public static PayloadCodec For(string? cType)
    {
        var key = cType ?? PayloadCodec.VoidType;
        Assert.True(ByCType.ContainsKey(key), $"no codec case for payload type '{key}'");
        return ByCType[key];
    }

    private static IEnumerable<PayloadCodec> Build() => [Void(), .. FixedRecords(), .. VariablePayloads()];

    private static IEnumerable<PayloadCodec> FixedRecords() =>
    [
        Fixed<GhRmMemHandleResp>(GhRmMemHandleResp.Encode, GhRmMemHandleResp.TryDecode, 1),
        Fixed<GhRmMemReleaseReq>(GhRmMemReleaseReq.Encode, GhRmMemReleaseReq.TryDecode, 2),
        Fixed<GhRmFwSetVmFirmwareReq>(GhRmFwSetVmFirmwareReq.Encode, GhRmFwSetVmFirmwareReq.TryDecode, 3),
        Fixed<GhRmVmAllocVmidReq>(GhRmVmAllocVmidReq.Encode, GhRmVmAllocVmidReq.TryDecode, 4),
        Fixed<GhRmVmAllocVmidResp>(GhRmVmAllocVmidResp.Encode, GhRmVmAllocVmidResp.TryDecode, 5),
        Fixed<GhRmVmCommonVmidReq>(GhRmVmCommonVmidReq.Encode, GhRmVmCommonVmidReq.TryDecode, 6),
        Fixed<GhRmVmStopReq>(GhRmVmStopReq.Encode, GhRmVmStopReq.TryDecode, 7),
        Fixed<GhRmVmConfigImageReq>(GhRmVmConfigImageReq.Encode, GhRmVmConfigImageReq.TryDecode, 8),
        Fixed<GhRmVmLookupGuidReq>(GhRmVmLookupGuidReq.Encode, GhRmVmLookupGuidReq.TryDecode, 9),
        Fixed<GhRmVmVmidResp>(GhRmVmVmidResp.Encode, GhRmVmVmidResp.TryDecode, 10),
        Fixed<GhRmVmGetStateResp>(GhRmVmGetStateResp.Encode, GhRmVmGetStateResp.TryDecode, 11),
        Fixed<GhRmVmSetTimeBaseReq>(GhRmVmSetTimeBaseReq.Encode, GhRmVmSetTimeBaseReq.TryDecode, 12),
        Fixed<GhRmVmSetContextReq>(GhRmVmSetContextReq.Encode, GhRmVmSetContextReq.TryDecode, 13),
        Fixed<GhRmVmSetFirmwareMemReq>(GhRmVmSetFirmwareMemReq.Encode, GhRmVmSetFirmwareMemReq.TryDecode, 14),
        Fixed<GhRmVmSetAddressLayoutReq>(GhRmVmSetAddressLayoutReq.Encode, GhRmVmSetAddressLayoutReq.TryDecode, 15),
        Fixed<GhRmVmIrqAcceptReq>(GhRmVmIrqAcceptReq.Encode, GhRmVmIrqAcceptReq.TryDecode, 16),
        Fixed<GhRmVmIrqAcceptResp>(GhRmVmIrqAcceptResp.Encode, GhRmVmIrqAcceptResp.TryDecode, 17),
        Fixed<GhRmVmIrqLendReq>(GhRmVmIrqLendReq.Encode, GhRmVmIrqLendReq.TryDecode, 18),
        Fixed<GhRmVmIrqLendResp>(GhRmVmIrqLendResp.Encode, GhRmVmIrqLendResp.TryDecode, 19),
        Fixed<GhRmVmIrqHandleReq>(GhRmVmIrqHandleReq.Encode, GhRmVmIrqHandleReq.TryDecode, 20),
        Fixed<GhRmVmSetStatusReq>(GhRmVmSetStatusReq.Encode, GhRmVmSetStatusReq.TryDecode, 21),
        Fixed<GhRmVmExitReq>(GhRmVmExitReq.Encode, GhRmVmExitReq.TryDecode, 22),
        Fixed<GhRmVmHostGetTypeResp>(GhRmVmHostGetTypeResp.Encode, GhRmVmHostGetTypeResp.TryDecode, 23),
        Fixed<GhRmVmShutdownPayload>(GhRmVmShutdownPayload.Encode, GhRmVmShutdownPayload.TryDecode, 24),
        Fixed<GhRmVmStatusPayload>(GhRmVmStatusPayload.Encode, GhRmVmStatusPayload.TryDecode, 25),
        Fixed<GhRmVmIrqLentPayload>(GhRmVmIrqLentPayload.Encode, GhRmVmIrqLentPayload.TryDecode, 26),
        Fixed<GhRmVmIrqOwnerPayload>(GhRmVmIrqOwnerPayload.Encode, GhRmVmIrqOwnerPayload.TryDecode, 27),
        Fixed<GhRmMemOwnerPayload>(GhRmMemOwnerPayload.Encode, GhRmMemOwnerPayload.TryDecode, 28),
        Fixed<GhRmMemRecallPayload>(GhRmMemRecallPayload.Encode, GhRmMemRecallPayload.TryDecode, 29),
    ];

    private static IEnumerable<PayloadCodec> VariablePayloads() =>
    [
        Variable<GhRmMemShareReq, GhRmMemShareReqPayload>(
            new(With(Filled<GhRmMemShareReq>(40), (ref GhRmMemShareReq v) => { v.Acl.NEntries = 2; v.Sgl.NEntries = 3; v.Attrs.NEntries = 2; }),
                Entries<GhRmMemAclEntry>(2, 41), Entries<GhRmMemEntry>(3, 42), Entries<GhRmMemAttrEntry>(2, 43)),
            p => Encoded(GhRmMemShareReq.GetEncodedLength(p.Fixed, p.Acl.Length, p.Sgl.Length, p.Attrs.Length), d => GhRmMemShareReq.Encode(d, p.Fixed, p.Acl, p.Sgl, p.Attrs)),
            b => GhRmMemShareReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemAcceptReq, GhRmMemAcceptReqPayload>(
            new(With(Filled<GhRmMemAcceptReq>(44), (ref GhRmMemAcceptReq v) => { v.Acl.NEntries = 3; v.Sgl.NEntries = 2; v.Attrs.NEntries = 2; }),
                Entries<GhRmMemAclEntry>(3, 45), Entries<GhRmMemEntry>(2, 46), Entries<GhRmMemAttrEntry>(2, 47)),
            p => Encoded(GhRmMemAcceptReq.GetEncodedLength(p.Fixed, p.Acl.Length, p.Sgl.Length, p.Attrs.Length), d => GhRmMemAcceptReq.Encode(d, p.Fixed, p.Acl, p.Sgl, p.Attrs)),
            b => GhRmMemAcceptReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemAcceptResp, GhRmMemAcceptRespPayload>(
            new(With(Filled<GhRmMemAcceptResp>(48), (ref GhRmMemAcceptResp v) => v.NEntries = 3), Entries<GhRmMemEntry>(3, 49)),
            p => Encoded(GhRmMemAcceptResp.GetEncodedLength(p.Fixed, p.Entries.Length), d => GhRmMemAcceptResp.Encode(d, p.Fixed, p.Entries)),
            b => GhRmMemAcceptRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemNotifyReq, GhRmMemNotifyReqPayload>(
            new(With(Filled<GhRmMemNotifyReq>(50), (ref GhRmMemNotifyReq v) => v.Vmids.NEntries = 2), Entries<GhRmVmidEntry>(2, 51)),
            p => Encoded(GhRmMemNotifyReq.GetEncodedLength(p.Fixed, p.Vmids.Length), d => GhRmMemNotifyReq.Encode(d, p.Fixed, p.Vmids)),
            b => GhRmMemNotifyReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemAppendReq, GhRmMemAppendReqPayload>(
            new(With(Filled<GhRmMemAppendReq>(52), (ref GhRmMemAppendReq v) => v.Sgl.NEntries = 3), Entries<GhRmMemEntry>(3, 53)),
            p => Encoded(GhRmMemAppendReq.GetEncodedLength(p.Fixed, p.Sgl.Length), d => GhRmMemAppendReq.Encode(d, p.Fixed, p.Sgl)),
            b => GhRmMemAppendReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemLookupSglReq, GhRmMemLookupSglReqPayload>(
            new(With(Filled<GhRmMemLookupSglReq>(54), (ref GhRmMemLookupSglReq v) => { v.Acl.NEntries = 2; v.Sgl.NEntries = 2; v.Attrs.NEntries = 3; }),
                Entries<GhRmMemAclEntry>(2, 55), Entries<GhRmMemEntry>(2, 56), Entries<GhRmMemAttrEntry>(3, 57)),
            p => Encoded(GhRmMemLookupSglReq.GetEncodedLength(p.Fixed, p.Acl.Length, p.Sgl.Length, p.Attrs.Length), d => GhRmMemLookupSglReq.Encode(d, p.Fixed, p.Acl, p.Sgl, p.Attrs)),
            b => GhRmMemLookupSglReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmAuthImageReq, GhRmVmAuthImageReqPayload>(
            new(With(Filled<GhRmVmAuthImageReq>(58), (ref GhRmVmAuthImageReq v) => v.Params.NEntries = 2), Entries<GhRmVmAuthParam>(2, 59)),
            p => Encoded(GhRmVmAuthImageReq.GetEncodedLength(p.Params.Length), d => GhRmVmAuthImageReq.Encode(d, p.Fixed, p.Params)),
            b => GhRmVmAuthImageReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmGetIdResp, GhRmVmGetIdRespPayload>(
            new(With(Filled<GhRmVmGetIdResp>(60), (ref GhRmVmGetIdResp v) => v.NEntries = 2), Tail(28, 61)),
            p => Encoded(GhRmVmGetIdResp.GetEncodedLength(p.Data.Length), d => GhRmVmGetIdResp.Encode(d, p.Fixed, p.Data)),
            b => GhRmVmGetIdRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmLookupNameReq, GhRmVmLookupNameReqPayload>(
            new(With(Filled<GhRmVmLookupNameReq>(62), (ref GhRmVmLookupNameReq v) => v.Len = 8), Tail(8, 63)),
            p => Encoded(GhRmVmLookupNameReq.GetEncodedLength(p.Name.Length), d => GhRmVmLookupNameReq.Encode(d, p.Fixed, p.Name)),
            b => GhRmVmLookupNameReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmLookupResp, GhRmVmLookupRespPayload>(
            new(With(Filled<GhRmVmLookupResp>(64), (ref GhRmVmLookupResp v) => v.NEntries = 3), Entries<GhRmVmLookupEntry>(3, 65)),
            p => Encoded(GhRmVmLookupResp.GetEncodedLength(p.Entries.Length), d => GhRmVmLookupResp.Encode(d, p.Fixed, p.Entries)),
            b => GhRmVmLookupRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmCrashMsg, GhRmVmCrashMsgPayload>(
            new(With(Filled<GhRmVmCrashMsg>(66), (ref GhRmVmCrashMsg v) => v.Len = 8), Tail(8, 67)),
            p => Encoded(GhRmVmCrashMsg.GetEncodedLength(p.Msg.Length), d => GhRmVmCrashMsg.Encode(d, p.Fixed, p.Msg)),
            b => GhRmVmCrashMsgReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmGetHypResourcesResp, GhRmVmGetHypResourcesRespPayload>(
            new(With(Filled<GhRmVmGetHypResourcesResp>(68), (ref GhRmVmGetHypResourcesResp v) => v.NEntries = 2), Entries<GhRmHypResource>(2, 69)),
            p => Encoded(GhRmVmGetHypResourcesResp.GetEncodedLength(p.Entries.Length), d => GhRmVmGetHypResourcesResp.Encode(d, p.Fixed, p.Entries)),
            b => GhRmVmGetHypResourcesRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmGetPeersResp, GhRmVmGetPeersRespPayload>(
            new(With(Filled<GhRmVmGetPeersResp>(70), (ref GhRmVmGetPeersResp v) => v.NEntries = 3), Entries<GhRmVmPeerEntry>(3, 71)),
            p => Encoded(GhRmVmGetPeersResp.GetEncodedLength(p.Entries.Length), d => GhRmVmGetPeersResp.Encode(d, p.Fixed, p.Entries)),
            b => GhRmVmGetPeersRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmSetDemandPagingReq, GhRmVmSetDemandPagingReqPayload>(
            new(With(Filled<GhRmVmSetDemandPagingReq>(72), (ref GhRmVmSetDemandPagingReq v) => v.Ranges.NEntries = 2), Entries<GhRmVmAddrRange>(2, 73)),
            p => Encoded(GhRmVmSetDemandPagingReq.GetEncodedLength(p.Ranges.Length), d => GhRmVmSetDemandPagingReq.Encode(d, p.Fixed, p.Ranges)),
            b => GhRmVmSetDemandPagingReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmIrqNotifyReq, GhRmVmIrqNotifyReqPayload>(
            new(With(Filled<GhRmVmIrqNotifyReq>(74), (ref GhRmVmIrqNotifyReq v) => v.Vmids.NEntries = 3), Entries<GhRmVmidEntry>(3, 75)),
            p => Encoded(GhRmVmIrqNotifyReq.GetEncodedLength(p.Fixed, p.Vmids.Length), d => GhRmVmIrqNotifyReq.Encode(d, p.Fixed, p.Vmids)),
            b => GhRmVmIrqNotifyReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmConsoleWriteReq, GhRmVmConsoleWriteReqPayload>(
            new(With(Filled<GhRmVmConsoleWriteReq>(76), (ref GhRmVmConsoleWriteReq v) => v.NumBytes = 5), Tail(5, 77)),
            p => Encoded(GhRmVmConsoleWriteReq.GetEncodedLength(p.Data.Length), d => GhRmVmConsoleWriteReq.Encode(d, p.Fixed, p.Data)),
            b => GhRmVmConsoleWriteReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmIpaReserveReq, GhRmIpaReserveReqPayload>(
            new(With(Filled<GhRmIpaReserveReq>(78), (ref GhRmIpaReserveReq v) => v.NEntries = 2), Tail(32, 79)),
            p => Encoded(GhRmIpaReserveReq.GetEncodedLength(p.Entries.Length), d => GhRmIpaReserveReq.Encode(d, p.Fixed, p.Entries)),
            b => GhRmIpaReserveReqReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmIpaReserveResp, GhRmIpaReserveRespPayload>(
            new(With(Filled<GhRmIpaReserveResp>(80), (ref GhRmIpaReserveResp v) => v.NEntries = 3), Entries<GhRmIpaEntry>(3, 81)),
            p => Encoded(GhRmIpaReserveResp.GetEncodedLength(p.Entries.Length), d => GhRmIpaReserveResp.Encode(d, p.Fixed, p.Entries)),
            b => GhRmIpaReserveRespReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmExitedPayload, GhRmVmExitedPayloadPayload>(
            new(With(Filled<GhRmVmExitedPayload>(82), (ref GhRmVmExitedPayload v) => v.ExitReasonSize = 16), Tail(16, 83)),
            p => Encoded(GhRmVmExitedPayload.GetEncodedLength(p.ExitReason.Length), d => GhRmVmExitedPayload.Encode(d, p.Fixed, p.ExitReason)),
            b => GhRmVmExitedPayloadReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmVmConsoleCharsPayload, GhRmVmConsoleCharsPayloadPayload>(
            new(With(Filled<GhRmVmConsoleCharsPayload>(84), (ref GhRmVmConsoleCharsPayload v) => v.NumBytes = 7), Tail(7, 85)),
            p => Encoded(GhRmVmConsoleCharsPayload.GetEncodedLength(p.Data.Length), d => GhRmVmConsoleCharsPayload.Encode(d, p.Fixed, p.Data)),
            b => GhRmVmConsoleCharsPayloadReader.TryRead(b, out var r) ? r.ToPayload() : null),
        Variable<GhRmMemSharedPayload, GhRmMemSharedPayloadPayload>(
            new(With(Filled<GhRmMemSharedPayload>(86), (ref GhRmMemSharedPayload v) => { v.Acl.NEntries = 2; v.Regions.NEntries = 3; v.Attrs.NEntries = 2; }),
                Entries<GhRmMemAclEntry>(2, 87), Entries<GhRmMemRegionSize>(3, 88), Entries<GhRmMemAttrEntry>(2, 89)),
            p => Encoded(GhRmMemSharedPayload.GetEncodedLength(p.Fixed, p.Acl.Length, p.Regions.Length, p.Attrs.Length), d => GhRmMemSharedPayload.Encode(d, p.Fixed, p.Acl, p.Regions, p.Attrs)),
            b => GhRmMemSharedPayloadReader.TryRead(b, out var r) ? r.ToPayload() : null),
    ];
}
