using System.Globalization;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The canonical text of fact values, shared by every side. The C program prints with the same shapes
/// (decimal sizes, 0x%016llx patterns, 0x%08lx requests, lowercase hex bytes).
/// </summary>
internal static class FactFormat
{
    public static string Decimal(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 64-bit pattern: printing the bits sidesteps signed/unsigned disagreements in the text.</summary>
    public static string Pattern(ulong bits) => "0x" + bits.ToString("x16", CultureInfo.InvariantCulture);

    public static string Request(ulong request) => "0x" + request.ToString("x8", CultureInfo.InvariantCulture);

    public static string Bytes(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    public static string Flag(bool value) => value ? "1" : "0";
}
