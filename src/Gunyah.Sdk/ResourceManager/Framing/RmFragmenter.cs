using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>
/// Splits a message payload into ≤ 240-byte fragments (fact sheet §1.5): the first fragment carries the
/// message type, later ones <see cref="RmMessageType.Continuation"/>; all repeat seq, msg_id and the
/// continuation count. Stateless and allocation-free: the caller owns the one fragment buffer.
/// </summary>
public static class RmFragmenter
{
    /// <summary>Continuation fragments needed for a payload: 0 for 0..232 bytes, else ceil(len / 232) − 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or above <see cref="RmWire.MaxPayload"/>.</exception>
    public static int ContinuationFragmentsFor(int payloadLength)
    {
        if ((uint)payloadLength > RmWire.MaxPayload)
            ThrowBadLength(payloadLength);
        return Continuations(payloadLength);
    }

    /// <summary>Total fragments (first + continuations) a payload needs.</summary>
    public static int FragmentCountFor(int payloadLength) => ContinuationFragmentsFor(payloadLength) + 1;

    /// <summary>Bytes (header included) that fragment <paramref name="fragmentIndex"/> of such a payload occupies on the wire.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Bad length or index.</exception>
    public static int FragmentLength(int payloadLength, int fragmentIndex)
    {
        int continuations = ContinuationFragmentsFor(payloadLength);
        if ((uint)fragmentIndex > (uint)continuations)
            ThrowBadIndex(fragmentIndex, continuations);
        return RmWire.HeaderSize + ChunkLength(payloadLength, fragmentIndex);
    }

    /// <summary>Writes fragment <paramref name="fragmentIndex"/> of a message into <paramref name="destination"/>.</summary>
    /// <param name="destination">Receives header + payload chunk; at least <see cref="FragmentLength"/> bytes.</param>
    /// <param name="firstType">Request, Reply or Notification: the type of fragment 0.</param>
    /// <param name="sequence">seq repeated in every fragment.</param>
    /// <param name="messageId">msg_id repeated in every fragment.</param>
    /// <param name="payload">The whole message payload (for a reply, starting with the error word).</param>
    /// <param name="fragmentIndex">0 for the first fragment, 1..N for the continuations.</param>
    /// <returns>Bytes written: 8 + at most 232.</returns>
    /// <exception cref="ArgumentException">
    /// Programming errors only: payload above <see cref="RmWire.MaxPayload"/>, index out of range,
    /// <paramref name="firstType"/> is Continuation or undefined, destination too small.
    /// </exception>
    public static int WriteFragment(
        Span<byte> destination,
        RmMessageType firstType,
        ushort sequence,
        uint messageId,
        ReadOnlySpan<byte> payload,
        int fragmentIndex)
    {
        // Throws live in helpers so this method stays small enough to run at copy speed.
        if (firstType is not (RmMessageType.Request or RmMessageType.Reply or RmMessageType.Notification))
            ThrowBadType(firstType);
        if (payload.Length > RmWire.MaxPayload)
            ThrowPayloadTooLong(payload.Length);
        int continuations = Continuations(payload.Length);
        if ((uint)fragmentIndex > (uint)continuations)
            ThrowBadIndex(fragmentIndex, continuations);

        int chunk = ChunkLength(payload.Length, fragmentIndex);
        if (destination.Length < RmWire.HeaderSize + chunk)
            ThrowDestinationTooSmall(fragmentIndex, RmWire.HeaderSize + chunk, destination.Length);

        // Every field was validated above, so the header goes out as one word.
        var type = fragmentIndex == 0 ? firstType : RmMessageType.Continuation;
        BinaryPrimitives.WriteUInt64LittleEndian(destination, RmHeader.ToWireWord(type, continuations, sequence, messageId));
        payload.Slice(fragmentIndex * RmWire.FragmentPayloadSize, chunk).CopyTo(destination.Slice(RmWire.HeaderSize));
        return RmWire.HeaderSize + chunk;
    }

    // (len − 1) / 232 is ceil(len / 232) − 1 for len ≥ 1 (the form Linux uses).
    private static int Continuations(int payloadLength) =>
        payloadLength == 0 ? 0 : (payloadLength - 1) / RmWire.FragmentPayloadSize;

    private static int ChunkLength(int payloadLength, int fragmentIndex) =>
        Math.Min(RmWire.FragmentPayloadSize, payloadLength - fragmentIndex * RmWire.FragmentPayloadSize);

    [DoesNotReturn]
    private static void ThrowBadLength(int payloadLength) =>
        throw new ArgumentOutOfRangeException(nameof(payloadLength), payloadLength, $"An RM payload is 0..{RmWire.MaxPayload} bytes.");

    [DoesNotReturn]
    private static void ThrowPayloadTooLong(int length) =>
        throw new ArgumentException($"An RM payload is at most {RmWire.MaxPayload} bytes, not {length}.", "payload");

    [DoesNotReturn]
    private static void ThrowBadIndex(int fragmentIndex, int continuations) =>
        throw new ArgumentOutOfRangeException(nameof(fragmentIndex), fragmentIndex, $"This payload has fragments 0..{continuations}.");

    [DoesNotReturn]
    private static void ThrowBadType(RmMessageType firstType) =>
        throw new ArgumentOutOfRangeException(nameof(firstType), firstType, "A message starts with Request, Reply or Notification.");

    [DoesNotReturn]
    private static void ThrowDestinationTooSmall(int fragmentIndex, int needed, int available) =>
        throw new ArgumentException($"Fragment {fragmentIndex} needs {needed} bytes; the destination has {available}.", "destination");
}
