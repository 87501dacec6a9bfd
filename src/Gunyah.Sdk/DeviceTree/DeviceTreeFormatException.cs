namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The one exception the devicetree reader raises for malformed input, whatever is wrong with it: a blob that
/// fails validation, or a property whose value is not in the form an accessor asks for.
/// </summary>
public sealed class DeviceTreeFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="offset">Byte offset in the blob of the offending field or token; -1 when there is no blob position.</param>
    /// <param name="detail">A short human-readable addition to the message, or null.</param>
    public DeviceTreeFormatException(DeviceTreeFormatError reason, int offset, string? detail = null)
        : base(Describe(reason, offset, detail))
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>What is wrong with the input.</summary>
    public DeviceTreeFormatError Reason { get; }

    /// <summary>Byte offset in the blob of the offending field or token; -1 when the value has no blob position.</summary>
    public int Offset { get; }

    private static string Describe(DeviceTreeFormatError reason, int offset, string? detail)
    {
        var where = offset >= 0 ? $" at offset 0x{offset:x}" : string.Empty;
        return detail is null ? $"Malformed devicetree: {reason}{where}." : $"Malformed devicetree: {reason}{where}: {detail}.";
    }
}
