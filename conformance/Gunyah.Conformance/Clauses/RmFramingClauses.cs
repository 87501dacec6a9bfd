using System.Buffers.Binary;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Checks;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;
using static Gunyah.Conformance.Catalogue.Expected;
using static Gunyah.Conformance.Catalogue.ExpectedOutcomes;

namespace Gunyah.Conformance.Clauses;

/// <summary>
/// The RM's side of the RPC framing (gunyah-rm.md §1.3–§1.6), over an RM link as the host VM: replies echo the
/// request, malformed fragments are dropped without an answer, fragmented requests are reassembled. The RM is the same
/// whatever the kernel's generation, so each clause expects the same in all of them; a real /dev/gunyah offers no RM
/// link, so there they report SKIP.
/// </summary>
internal static class RmFramingClauses
{
    // No RM defines it: 0x56 (VM management) family, last slot.
    private const uint UnknownMessageId = 0x5600_FFFF;

    public static IEnumerable<Clause> All()
    {
        yield return Framing(
            "rm-protocol.reply-echoes-request",
            "The reply to a request carries the request's seq and msg_id, byte 0 = 0x21, no continuations, and the u32 error word first (VM_GET_VMID: RM_OK, then the caller's VMID).",
            "gunyah-rm.md §1.3, §1.4, §2.2 VM_GET_VMID",
            RmReply(GhRmError.Ok),
            probe =>
            {
                const ushort sequence = 0x1234;
                probe.SendRequest(sequence, GhRmMessages.GH_RM_RPC_VM_GET_VMID, []);
                var reply = probe.ReplyTo(sequence, GhRmMessages.GH_RM_RPC_VM_GET_VMID);
                ClauseContext.Require(reply.Header.ContinuationFragments == 0, $"a 4-byte reply came with {reply.Header.ContinuationFragments} continuations");
                ClauseContext.Require(reply.Data.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(reply.Data) == probe.ClientVmid, "VM_GET_VMID did not answer the caller's VMID");
                return reply.Error;
            });

        yield return Framing(
            "rm-protocol.unknown-message-id",
            "A request with a msg_id the RM does not define is answered with RM_UNIMPLEMENTED (0xFFFFFFFF).",
            "gunyah-rm.md §1.6",
            RmReply(GhRmError.Unimplemented),
            probe =>
            {
                probe.SendRequest(7, UnknownMessageId, [1, 2, 3, 4]);
                return probe.ReplyTo(7, UnknownMessageId).Error;
            });

        yield return Dropped(
            "rm-protocol.drops-short-fragment",
            "A message shorter than the 8-byte header is dropped: no reply, and the next request is answered.",
            probe => probe.SendRaw([RmWire.ApiByte, 0x01, 0x01, 0x00, 0x24, 0x00, 0x00]));

        yield return Dropped(
            "rm-protocol.drops-wrong-api-version",
            "A fragment whose api_version nibble is not 1 (byte 0 = 0x22) is dropped: no reply.",
            probe => probe.SendRaw(Header(0x22, 0x01, 1, GhRmMessages.GH_RM_RPC_VM_GET_VMID)));

        yield return Dropped(
            "rm-protocol.drops-wrong-header-words",
            "A fragment whose header_words nibble is not 2 (byte 0 = 0x31) is dropped: no reply.",
            probe => probe.SendRaw(Header(0x31, 0x01, 1, GhRmMessages.GH_RM_RPC_VM_GET_VMID)));

        yield return Dropped(
            "rm-protocol.drops-too-many-fragments",
            "A request that announces 63 continuation fragments (more than 62) is dropped: no reply.",
            probe => probe.SendRaw(Header(RmWire.ApiByte, (63 << 2) | (int)RmMessageType.Request, 1, GhRmMessages.GH_RM_RPC_VM_GET_VMID)));

        yield return Dropped(
            "rm-protocol.drops-client-notification",
            "A NOTIFICATION sent by a client VM is not dispatched: no reply.",
            probe => probe.SendFragment(RmMessageType.Notification, 0, 1, GhRmMessages.GH_RM_RPC_VM_GET_VMID, []));

        yield return Dropped(
            "rm-protocol.drops-continuation-without-start",
            "A CONTINUATION fragment with no message being assembled is dropped: no reply.",
            probe => probe.SendFragment(RmMessageType.Continuation, 1, 1, UnknownMessageId, new byte[16]));

        yield return Framing(
            "rm-protocol.new-request-discards-partial",
            "A new request arriving while an earlier one is half assembled replaces it: the new one is answered, and the old one's late continuation is dropped.",
            "gunyah-rm.md §1.5 RM receive errors",
            RmReply(GhRmError.Ok),
            probe =>
            {
                probe.SendFragment(RmMessageType.Request, 1, 1, UnknownMessageId, new byte[RmWire.FragmentPayloadSize]);
                probe.SendRequest(2, GhRmMessages.GH_RM_RPC_VM_GET_VMID, []);
                var reply = probe.ReplyTo(2, GhRmMessages.GH_RM_RPC_VM_GET_VMID);
                probe.SendFragment(RmMessageType.Continuation, 1, 1, UnknownMessageId, new byte[16]);
                ClauseContext.RequireResult(unchecked((int)probe.RequireNoReplyBeforeProbe()), 0, "the probe after the stale continuation");
                return reply.Error;
            });

        yield return Framing(
            "rm-protocol.mismatched-continuation-dropped",
            "A continuation whose msg_id differs from the message being assembled is dropped and the partial message kept: the right continuation then completes it.",
            "gunyah-rm.md §1.5 RM receive errors",
            RmReply(GhRmError.Unimplemented),
            probe =>
            {
                probe.SendFragment(RmMessageType.Request, 1, 3, UnknownMessageId, new byte[RmWire.FragmentPayloadSize]);
                probe.SendFragment(RmMessageType.Continuation, 1, 3, UnknownMessageId - 1, new byte[16]);
                probe.SendFragment(RmMessageType.Continuation, 1, 3, UnknownMessageId, new byte[16]);
                return probe.ReplyTo(3, UnknownMessageId).Error;
            });
    }

    private static Clause Framing(string id, string behaviour, string source, Expected expected, Func<RmWireProbe, GhRmError> check) =>
        new(id, behaviour, source, In(Generations.All, expected), context =>
        {
            var probe = new RmWireProbe(context.OpenRmLink());
            return unchecked((int)(uint)check(probe));
        })
        { Needs = TargetFeatures.RmLink };

    // Sends what the RM must drop, then shows it got no reply: a probe sent next is answered first (RM_OK).
    private static Clause Dropped(string id, string behaviour, Action<RmWireProbe> send) =>
        Framing(id, behaviour, "gunyah-rm.md §1.3 RM validation, §1.5, §1.6", RmReply(GhRmError.Ok), probe =>
        {
            send(probe);
            return probe.RequireNoReplyBeforeProbe();
        });

    // An 8-byte header with byte 0 and byte 1 exactly as given (RmHeader refuses unrepresentable fields).
    private static byte[] Header(byte apiByte, int typeAndFragments, ushort sequence, uint messageId)
    {
        var bytes = new byte[RmWire.HeaderSize];
        bytes[0] = apiByte;
        bytes[1] = (byte)typeAndFragments;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), messageId);
        return bytes;
    }
}
