using System.Buffers.Binary;

namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>
/// Rebuilds RM messages from received fragments with the receive rules of one side of the channel
/// (<see cref="RmReassemblyRole"/>). It owns one preallocated buffer of maxPayload bytes and nothing else,
/// so memory stays bounded and no message allocates. Bad input never throws: it yields a Dropped or
/// Aborted result and leaves every other message intact. Not thread-safe: one receive loop owns it.
/// </summary>
public sealed class RmReassembler
{
    private const ulong TypeBits = 0x3UL << 8;
    // Linux ignores seq on continuations, so its comparison masks those two bytes out.
    private const ulong SequenceBytes = 0xFFFFUL << 16;

    private readonly byte[] buffer;
    private readonly bool linux;
    private readonly ulong continuationMask;
    private ulong partialWord;          // first-fragment header of the message being assembled
    private ulong continuationKey;      // what its continuations' header words look like, masked
    private int continuationsExpected;
    private int continuationsReceived;
    private int length;
    private bool assembling;

    /// <param name="role">Whose rules to apply.</param>
    /// <param name="maxPayload">Largest message payload accepted (0..<see cref="RmWire.MaxPayload"/>); longer messages are Oversize.</param>
    public RmReassembler(RmReassemblyRole role, int maxPayload = RmWire.MaxPayload)
    {
        if (role is not (RmReassemblyRole.ResourceManager or RmReassemblyRole.Linux))
            throw new ArgumentOutOfRangeException(nameof(role), role, null);
        if ((uint)maxPayload > RmWire.MaxPayload)
            throw new ArgumentOutOfRangeException(nameof(maxPayload), maxPayload, $"0..{RmWire.MaxPayload} bytes.");
        Role = role;
        linux = role == RmReassemblyRole.Linux;
        buffer = new byte[maxPayload];
        continuationMask = linux ? ~SequenceBytes : ulong.MaxValue;
    }

    /// <summary>The rules in force.</summary>
    public RmReassemblyRole Role { get; }

    /// <summary>Largest payload this reassembler completes.</summary>
    public int MaxPayload => buffer.Length;

    /// <summary>The first-fragment header of the message being assembled, if any.</summary>
    public RmHeader? Partial => assembling ? RmHeader.FromWireWord(partialWord) : null;

    /// <summary>Forgets any partial message (e.g. when the channel is reset) and returns its header.</summary>
    public RmHeader? Reset()
    {
        var previous = Partial;
        assembling = false;
        return previous;
    }

    /// <summary>Takes one received message-queue message (one fragment). Never throws.</summary>
    public RmReceiveResult Accept(ReadOnlySpan<byte> message)
    {
        if (message.Length < RmWire.HeaderSize)
            return RmReceiveResult.Dropped(RmDropReason.TooShort, 0);
        ulong word = BinaryPrimitives.ReadUInt64LittleEndian(message);
        var chunk = message.Slice(RmWire.HeaderSize);

        // Fast path for the bulk of a large transfer, the next continuation of the partial message: one
        // masked compare of the header word covers every check below.
        if (assembling && (word & continuationMask) == continuationKey && chunk.Length <= RmWire.FragmentPayloadSize)
            return Append(chunk);

        var status = RmHeader.Validate(word);
        // Linux only notices a bad fragment count while setting up a new message (after aborting the
        // old one) or as a continuation mismatch, so that check is deferred for it.
        if (status != RmHeaderStatus.Ok && !(linux && status == RmHeaderStatus.TooManyFragments))
            return RmReceiveResult.Dropped(ReasonFor(status), word);
        if (chunk.Length > RmWire.FragmentPayloadSize)
            return RmReceiveResult.Dropped(RmDropReason.TooLong, word);

        return (word & TypeBits) == 0 ? AcceptContinuation(word, chunk) : AcceptStart(word, chunk);
    }

    private RmReceiveResult AcceptStart(ulong word, ReadOnlySpan<byte> chunk)
    {
        var header = RmHeader.FromWireWord(word);
        if (linux && header.Type == RmMessageType.Request)
            return RmReceiveResult.Dropped(RmDropReason.UnexpectedType, word);

        // Both roles give up the partial message the moment a new one starts.
        ulong superseded = assembling ? partialWord : 0;
        assembling = false;

        if (header.ContinuationFragments > RmWire.MaxContinuationFragments)
            return RmReceiveResult.Dropped(RmDropReason.TooManyFragments, word, superseded);
        if (chunk.Length > buffer.Length)
            return RmReceiveResult.Dropped(RmDropReason.Oversize, word, superseded);

        chunk.CopyTo(buffer);
        length = chunk.Length;
        if (header.ContinuationFragments == 0)
            return RmReceiveResult.Complete(word, buffer, length, superseded);

        partialWord = word;
        continuationKey = (word & ~TypeBits) & continuationMask; // same header, type Continuation
        continuationsExpected = header.ContinuationFragments;
        continuationsReceived = 0;
        assembling = true;
        return RmReceiveResult.Incomplete(word, superseded);
    }

    private RmReceiveResult AcceptContinuation(ulong word, ReadOnlySpan<byte> chunk)
    {
        if (!assembling)
            return RmReceiveResult.Dropped(RmDropReason.ContinuationWithoutStart, word);

        // Reached only on a mismatch of msg_id, fragment count or (RM role) seq: the fast path took the rest.
        if (!linux)
            return RmReceiveResult.Dropped(RmDropReason.MismatchedContinuation, word);
        assembling = false;
        return RmReceiveResult.Aborted(RmDropReason.MismatchedContinuation, partialWord);
    }

    private RmReceiveResult Append(ReadOnlySpan<byte> chunk)
    {
        // The message can no longer be delivered whole, so it is abandoned rather than truncated.
        if (chunk.Length > buffer.Length - length)
        {
            assembling = false;
            return RmReceiveResult.Aborted(RmDropReason.Oversize, partialWord);
        }

        chunk.CopyTo(buffer.AsSpan(length));
        length += chunk.Length;
        if (++continuationsReceived < continuationsExpected)
            return RmReceiveResult.Incomplete(partialWord, 0);

        assembling = false;
        return RmReceiveResult.Complete(partialWord, buffer, length, 0);
    }

    private static RmDropReason ReasonFor(RmHeaderStatus status) => status switch
    {
        RmHeaderStatus.BadApiVersion => RmDropReason.BadApiVersion,
        RmHeaderStatus.BadHeaderWords => RmDropReason.BadHeaderWords,
        _ => RmDropReason.TooManyFragments,
    };
}
