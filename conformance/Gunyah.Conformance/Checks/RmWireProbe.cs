using System.Buffers.Binary;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Conformance.Checks;

/// <summary>
/// Raw frames on an RM link, for clauses about the RM's framing rules (gunyah-rm.md §1): sends fragments byte for
/// byte as a client would (or would not), and reads what comes back. "Nothing came back" is shown the only way a
/// queue can show it: a probe call sent afterwards gets the first reply.
/// </summary>
public sealed class RmWireProbe
{
    /// <summary>How long a reply may take before the clause fails.</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private const ushort ProbeSequence = 0xBEEF;
    private readonly RmLink link;
    private readonly byte[] receiveBuffer = new byte[RmWire.MaxMessageSize];

    public RmWireProbe(RmLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        this.link = link;
    }

    /// <summary>The VMID the RM knows this client by.</summary>
    public ushort ClientVmid => link.ClientVmid;

    /// <summary>Sends <paramref name="bytes"/> as one message on the client's transmit queue, whatever they hold.</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes) =>
        ClauseContext.Require(link.Queues.Transmit.TrySend(bytes), "the RM's receive queue was full");

    /// <summary>One fragment: the 8-byte header with these fields, then <paramref name="payload"/>.</summary>
    public void SendFragment(RmMessageType type, int continuationFragments, ushort sequence, uint messageId, ReadOnlySpan<byte> payload)
    {
        Span<byte> message = stackalloc byte[RmWire.HeaderSize + payload.Length];
        new RmHeader(type, continuationFragments, sequence, messageId).Write(message);
        payload.CopyTo(message[RmWire.HeaderSize..]);
        SendRaw(message);
    }

    /// <summary>A whole request, cut into 232-byte fragments as §1.5 says.</summary>
    public void SendRequest(ushort sequence, uint messageId, ReadOnlySpan<byte> payload)
    {
        var continuations = FragmentsAfterFirst(payload.Length);
        for (var i = 0; i <= continuations; i++)
        {
            var start = i * RmWire.FragmentPayloadSize;
            var piece = payload[start..Math.Min(payload.Length, start + RmWire.FragmentPayloadSize)];
            SendFragment(i == 0 ? RmMessageType.Request : RmMessageType.Continuation, continuations, sequence, messageId, piece);
        }
    }

    /// <summary>The number of continuation fragments a payload of <paramref name="length"/> bytes needs.</summary>
    public static int FragmentsAfterFirst(int length) => length == 0 ? 0 : (length - 1) / RmWire.FragmentPayloadSize;

    /// <summary>The next reply (notifications are passed over), checked to be a well-formed single-fragment REPLY.</summary>
    public RmReply NextReply()
    {
        while (true)
        {
            var length = Receive();
            var status = RmHeader.TryRead(receiveBuffer.AsSpan(0, length), out var header);
            ClauseContext.Require(status == RmHeaderStatus.Ok, $"the RM sent a malformed header ({status}, first byte 0x{receiveBuffer[0]:X2})");
            if (header.Type == RmMessageType.Notification)
            {
                continue;
            }

            ClauseContext.Require(header.Type == RmMessageType.Reply, $"the RM sent a {header.Type} where a reply was due");
            ClauseContext.Require(length >= RmWire.HeaderSize + RmWire.ErrorWordSize, $"the RM's reply has {length} bytes: no room for the error word");
            var error = BinaryPrimitives.ReadUInt32LittleEndian(receiveBuffer.AsSpan(RmWire.HeaderSize));
            return new RmReply(header, (GhRmError)error, receiveBuffer.AsSpan(RmWire.HeaderSize + RmWire.ErrorWordSize, length - RmWire.HeaderSize - RmWire.ErrorWordSize).ToArray());
        }
    }

    /// <summary>The reply to <paramref name="sequence"/>/<paramref name="messageId"/>, which must be the next one.</summary>
    public RmReply ReplyTo(ushort sequence, uint messageId)
    {
        var reply = NextReply();
        ClauseContext.Require(
            reply.Header.Sequence == sequence && reply.Header.MessageId == messageId,
            $"the next reply is to seq {reply.Header.Sequence} msg_id 0x{reply.Header.MessageId:X8}, expected seq {sequence} msg_id 0x{messageId:X8}");
        return reply;
    }

    /// <summary>Sends VM_GET_VMID and requires its reply to be the next one: whatever was sent before it got no reply.
    /// Returns the probe's error word (RM_OK from a working RM).</summary>
    public GhRmError RequireNoReplyBeforeProbe()
    {
        SendRequest(ProbeSequence, GhRmMessages.GH_RM_RPC_VM_GET_VMID, []);
        var reply = NextReply();
        ClauseContext.Require(
            reply.Header.Sequence == ProbeSequence && reply.Header.MessageId == GhRmMessages.GH_RM_RPC_VM_GET_VMID,
            $"the RM answered something it should have dropped (seq {reply.Header.Sequence}, msg_id 0x{reply.Header.MessageId:X8}, {reply.Error}) before the probe");
        return reply.Error;
    }

    private int Receive()
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        try
        {
            return link.Queues.Receive.ReceiveAsync(receiveBuffer, timeout.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw new ClauseViolation($"no message from the RM within {ReplyTimeout.TotalSeconds:0} s");
        }
    }
}

/// <summary>A reply as it came off the queue: its header, error word and the bytes after the error word.</summary>
public sealed record RmReply(RmHeader Header, GhRmError Error, byte[] Data);
