namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>
/// What <see cref="RmReassembler.Accept"/> did with one fragment. A plain struct (storable, usable in
/// async code), but <see cref="Payload"/> views the reassembler's single buffer: it is valid only until
/// the next <see cref="RmReassembler.Accept"/>; copy or decode it before then.
/// </summary>
public readonly struct RmReceiveResult
{
    // Headers are kept as their 8 wire bytes so the per-fragment result stays small and cheap to build;
    // a superseded word of 0 means "none" (a real header word always has byte 0 = 0x21).
    private readonly byte[]? payloadBuffer;
    private readonly ulong headerWord;
    private readonly ulong supersededWord;
    private readonly int payloadLength;

    private RmReceiveResult(
        RmReceiveKind kind, RmDropReason reason, ulong headerWord, ulong supersededWord, byte[]? payloadBuffer, int payloadLength)
    {
        Kind = kind;
        Reason = reason;
        this.headerWord = headerWord;
        this.supersededWord = supersededWord;
        this.payloadBuffer = payloadBuffer;
        this.payloadLength = payloadLength;
    }

    /// <summary>What happened.</summary>
    public RmReceiveKind Kind { get; }

    /// <summary>Why the fragment was dropped or the message aborted; <see cref="RmDropReason.None"/> otherwise.</summary>
    public RmDropReason Reason { get; }

    /// <summary>
    /// Complete/Incomplete: the message's first-fragment header. Aborted: the aborted message's header.
    /// Dropped: the dropped fragment's header as far as it could be decoded (default when too short).
    /// </summary>
    public RmHeader Header => RmHeader.FromWireWord(headerWord);

    /// <summary>The whole message payload for <see cref="RmReceiveKind.Complete"/>; empty otherwise. Valid until the next Accept.</summary>
    public ReadOnlySpan<byte> Payload => payloadBuffer is null ? default : new ReadOnlySpan<byte>(payloadBuffer, 0, payloadLength);

    /// <summary><see cref="Payload"/> as memory, for a consumer that awaits before the next Accept (the server's service call).</summary>
    internal ReadOnlyMemory<byte> PayloadMemory => payloadBuffer is null ? default : new ReadOnlyMemory<byte>(payloadBuffer, 0, payloadLength);

    /// <summary>
    /// Set when this fragment started a new message while another was partially assembled: the header of
    /// that partial message, now gone. RM role: it was discarded silently (count it). Linux role: it was
    /// aborted (a caller waiting for it should fail with -EIO). Independent of <see cref="Kind"/>, which
    /// describes the new fragment.
    /// </summary>
    public RmHeader? SupersededPartial => supersededWord == 0 ? null : RmHeader.FromWireWord(supersededWord);

    /// <summary>Shorthand for <c>Kind == Complete</c>.</summary>
    public bool IsComplete => Kind == RmReceiveKind.Complete;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        RmReceiveKind.Complete => $"Complete {Header} ({payloadLength} bytes)",
        RmReceiveKind.Incomplete => $"Incomplete {Header}",
        _ => $"{Kind} {Reason} {Header}",
    } + (supersededWord == 0 ? "" : $", superseded {SupersededPartial}");

    internal static RmReceiveResult Complete(ulong header, byte[] buffer, int length, ulong superseded) =>
        new(RmReceiveKind.Complete, RmDropReason.None, header, superseded, buffer, length);

    internal static RmReceiveResult Incomplete(ulong header, ulong superseded) =>
        new(RmReceiveKind.Incomplete, RmDropReason.None, header, superseded, null, 0);

    internal static RmReceiveResult Dropped(RmDropReason reason, ulong header, ulong superseded = 0) =>
        new(RmReceiveKind.Dropped, reason, header, superseded, null, 0);

    internal static RmReceiveResult Aborted(RmDropReason reason, ulong abortedHeader) =>
        new(RmReceiveKind.Aborted, reason, abortedHeader, 0, null, 0);
}
