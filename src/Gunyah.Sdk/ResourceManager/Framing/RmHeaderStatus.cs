namespace Gunyah.Sdk.ResourceManager.Framing;

/// <summary>Outcome of <see cref="RmHeader.TryRead"/>, in the order the checks run.</summary>
public enum RmHeaderStatus
{
    /// <summary>A valid header.</summary>
    Ok,

    /// <summary>Fewer than <see cref="RmWire.HeaderSize"/> bytes.</summary>
    TooShort,

    /// <summary>Bits 3:0 of byte 0 are not 1.</summary>
    BadApiVersion,

    /// <summary>Bits 7:4 of byte 0 are not 2.</summary>
    BadHeaderWords,

    /// <summary>The fragments field exceeds <see cref="RmWire.MaxContinuationFragments"/> (only 63 fits the field).</summary>
    TooManyFragments,
}
