using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Emit;

/// <summary>C# literal spellings, always invariant culture: signed values in decimal, unsigned ones in
/// upper-case hex (they are usually flags, masks and request numbers).</summary>
internal static class Literals
{
    /// <summary>A literal of C# type <paramref name="keyword"/> (int, uint, long, ulong) for a 64-bit two's-complement bit pattern.</summary>
    public static string Integer(ulong bits, string keyword) => keyword switch
    {
        "int" => unchecked((int)bits).ToString(CultureInfo.InvariantCulture),
        "uint" => Hex(unchecked((uint)bits)),
        "long" => unchecked((long)bits).ToString(CultureInfo.InvariantCulture),
        _ => Hex(bits),
    };

    public static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

    public static string Decimal(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quoted, escaped C# string literal.</summary>
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
