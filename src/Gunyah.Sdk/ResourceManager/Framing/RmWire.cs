namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>
/// Sizes and fixed values of the Resource Manager RPC wire format (fact sheet gunyah-rm.md §1).
/// Every multi-byte field on the wire is little-endian.
/// </summary>
public static class RmWire
{
    /// <summary>Largest hypervisor message-queue message the RM channel carries (RM_RPC_MESSAGE_SIZE).</summary>
    public const int MaxMessageSize = 240;

    /// <summary>The RPC header: two 32-bit words.</summary>
    public const int HeaderSize = 8;

    /// <summary>Payload bytes one fragment carries: <see cref="MaxMessageSize"/> − <see cref="HeaderSize"/>.</summary>
    public const int FragmentPayloadSize = MaxMessageSize - HeaderSize;

    /// <summary>Most continuation fragments a message may declare (both RM and Linux reject more).</summary>
    public const int MaxContinuationFragments = 62;

    /// <summary>Largest request Linux sends (62 × 232); it refuses longer ones with -E2BIG.</summary>
    public const int MaxRequestPayload = MaxContinuationFragments * FragmentPayloadSize;

    /// <summary>Largest payload the RM frames or accepts (63 × 232, RM_RPC_MAX_MSG_SIZE).</summary>
    public const int MaxPayload = (MaxContinuationFragments + 1) * FragmentPayloadSize;

    /// <summary>Byte 0 of every valid header: api_version 1 in bits 3:0, header_words 2 in bits 7:4.</summary>
    public const byte ApiByte = (HeaderWords << 4) | ApiVersion;

    /// <summary>The u32 RM error code that opens every reply payload.</summary>
    public const int ErrorWordSize = 4;

    /// <summary>The only api_version defined.</summary>
    public const int ApiVersion = 1;

    /// <summary>Header length in 32-bit words.</summary>
    public const int HeaderWords = HeaderSize / 4;
}
