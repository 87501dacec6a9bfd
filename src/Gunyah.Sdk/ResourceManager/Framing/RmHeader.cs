using System.Buffers.Binary;

namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>
/// The 8-byte RPC header carried by every fragment: byte 0 = <see cref="RmWire.ApiByte"/>;
/// byte 1 = msg_type (bits 1:0) | continuation-fragment count (bits 7:2); u16 seq; u32 msg_id.
/// </summary>
/// <param name="Type">msg_type of this fragment (the message's type on the first fragment, Continuation after).</param>
/// <param name="ContinuationFragments">How many continuation fragments follow the first one (0..62); every fragment repeats it.</param>
/// <param name="Sequence">Matches a reply to its request; notifications carry a counter receivers ignore.</param>
/// <param name="MessageId">The RPC or notification ID.</param>
public readonly record struct RmHeader(RmMessageType Type, int ContinuationFragments, ushort Sequence, uint MessageId)
{
    private const int TypeMask = 0x3;
    private const int FragmentsShift = 2;

    /// <summary>Writes the header into the first <see cref="RmWire.HeaderSize"/> bytes of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination is too short, or a field does not fit its wire width.</exception>
    public void Write(Span<byte> destination)
    {
        // Refusing unrepresentable values here keeps a programming error from becoming a corrupt frame.
        if ((uint)Type > TypeMask)
            throw new ArgumentOutOfRangeException(nameof(Type), Type, "msg_type is a 2-bit field.");
        if ((uint)ContinuationFragments > RmWire.MaxContinuationFragments)
            throw new ArgumentOutOfRangeException(nameof(ContinuationFragments), ContinuationFragments, "At most 62 continuation fragments.");
        if (destination.Length < RmWire.HeaderSize)
            throw new ArgumentException("The destination is shorter than the RPC header.", nameof(destination));

        BinaryPrimitives.WriteUInt64LittleEndian(destination, ToWireWord(Type, ContinuationFragments, Sequence, MessageId));
    }

    /// <summary>
    /// Decodes and validates the header at the start of <paramref name="message"/> with the RM's checks
    /// (length, api_version, header_words, fragment count). Never throws.
    /// </summary>
    /// <param name="message">A received fragment.</param>
    /// <param name="header">
    /// The decoded fields whenever at least 8 bytes are present, even if the status is not
    /// <see cref="RmHeaderStatus.Ok"/> (useful for tracing and for the Linux rules); default otherwise.
    /// </param>
    public static RmHeaderStatus TryRead(ReadOnlySpan<byte> message, out RmHeader header)
    {
        if (message.Length < RmWire.HeaderSize)
        {
            header = default;
            return RmHeaderStatus.TooShort;
        }

        ulong word = BinaryPrimitives.ReadUInt64LittleEndian(message);
        header = FromWireWord(word);
        return Validate(word);
    }

    // The receive and send hot paths handle the header as one little-endian 64-bit word: one load,
    // store or compare instead of four field accesses.

    /// <summary>The 8 header bytes as one little-endian word (fields unchecked).</summary>
    internal static ulong ToWireWord(RmMessageType type, int continuationFragments, ushort sequence, uint messageId) =>
        RmWire.ApiByte
        | (ulong)(byte)((int)type | (continuationFragments << FragmentsShift)) << 8
        | (ulong)sequence << 16
        | (ulong)messageId << 32;

    /// <summary>The fields of a header word; byte 0 is not represented.</summary>
    internal static RmHeader FromWireWord(ulong word) => new(
        (RmMessageType)((int)(word >> 8) & TypeMask),
        (int)(word >> (8 + FragmentsShift)) & 0x3F,
        (ushort)(word >> 16),
        (uint)(word >> 32));

    /// <summary>The RM's header checks, in its order, on a header word.</summary>
    internal static RmHeaderStatus Validate(ulong word)
    {
        int api = (byte)word;
        if ((api & 0xF) != RmWire.ApiVersion)
            return RmHeaderStatus.BadApiVersion;
        if (api >> 4 != RmWire.HeaderWords)
            return RmHeaderStatus.BadHeaderWords;
        return ((int)(word >> (8 + FragmentsShift)) & 0x3F) > RmWire.MaxContinuationFragments
            ? RmHeaderStatus.TooManyFragments
            : RmHeaderStatus.Ok;
    }
}
