namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>Why a fragment was dropped or a partial message aborted.</summary>
public enum RmDropReason : byte
{
    /// <summary>Nothing went wrong (Incomplete and Complete results).</summary>
    None,

    /// <summary>Shorter than the 8-byte header.</summary>
    TooShort,

    /// <summary>Longer than <see cref="RmWire.MaxMessageSize"/>: no real message queue delivers that.</summary>
    TooLong,

    /// <summary>api_version nibble is not 1.</summary>
    BadApiVersion,

    /// <summary>header_words nibble is not 2.</summary>
    BadHeaderWords,

    /// <summary>A start fragment declares more than 62 continuations.</summary>
    TooManyFragments,

    /// <summary>A continuation arrived while no message was being assembled.</summary>
    ContinuationWithoutStart,

    /// <summary>A continuation's identity (msg_id, fragment count, and for the RM role seq) differs from the partial message's.</summary>
    MismatchedContinuation,

    /// <summary>The message's payload would exceed the reassembler's maxPayload.</summary>
    Oversize,

    /// <summary>A message type this role never receives (Linux: Request).</summary>
    UnexpectedType,
}
