using System.Text;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Decodes character constants and string literals, escape sequences included.</summary>
internal static class CharacterLiteralDecoder
{
    /// <summary>Decodes a character constant (<c>'a'</c>, <c>'\x41'</c>, <c>L'x'</c>...) to its C value and type.</summary>
    public static bool TryDecodeChar(string text, out CValue value, out string message)
    {
        value = default;
        var prefix = Prefix(text);
        if (!TryDecodeUnits(text, prefix.Length, '\'', out var units, out message))
        {
            return false;
        }

        if (units.Count == 0)
        {
            message = $"empty character constant {text}";
            return false;
        }

        switch (prefix)
        {
            case "L":
                value = IntegerConversions.Make(units[units.Count - 1], PrimitiveKind.Int);
                return true;
            case "U":
                value = IntegerConversions.Make(units[units.Count - 1], PrimitiveKind.UInt);
                return true;
            case "u":
                value = IntegerConversions.Convert(new CValue(units[units.Count - 1], PrimitiveKind.UInt), PrimitiveKind.UShort);
                return true;
            case "u8":
                value = IntegerConversions.Convert(new CValue(units[units.Count - 1], PrimitiveKind.UInt), PrimitiveKind.UChar);
                return true;
        }

        if (units.Count == 1)
        {
            // A plain char constant has type int and the value of a (signed, on x86-64) char.
            value = IntegerConversions.Convert(new CValue(units[0], PrimitiveKind.UInt), PrimitiveKind.Char);
            return true;
        }

        // Multi-character constants: gcc packs the bytes big-end first into an int.
        ulong packed = 0;
        foreach (var unit in units)
        {
            packed = (packed << 8) | (unit & 0xFF);
        }

        value = IntegerConversions.Make(packed, PrimitiveKind.Int);
        return true;
    }

    /// <summary>Decodes one string literal token (any prefix) to its characters.</summary>
    public static bool TryDecodeString(string text, out string value, out string message)
    {
        value = string.Empty;
        if (!TryDecodeUnits(text, Prefix(text).Length, '"', out var units, out message))
        {
            return false;
        }

        var builder = new StringBuilder(units.Count);
        foreach (var unit in units)
        {
            if (unit > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32((int)Math.Min(unit, 0x10FFFF)));
            }
            else
            {
                builder.Append((char)unit);
            }
        }

        value = builder.ToString();
        return true;
    }

    private static string Prefix(string text)
    {
        if (text.StartsWith("u8", StringComparison.Ordinal))
        {
            return "u8";
        }

        return text.Length > 0 && text[0] is 'L' or 'u' or 'U' ? text.Substring(0, 1) : string.Empty;
    }

    private static bool TryDecodeUnits(string text, int start, char quote, out List<uint> units, out string message)
    {
        units = new List<uint>();
        message = string.Empty;
        if (text.Length < start + 2 || text[start] != quote || text[text.Length - 1] != quote)
        {
            message = $"malformed literal {text}";
            return false;
        }

        var end = text.Length - 1;
        for (var i = start + 1; i < end; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                if (c < 0x80)
                {
                    units.Add(c);
                }
                else
                {
                    // Source text outside ASCII: as gcc, store its UTF-8 bytes.
                    var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                    foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i, length)))
                    {
                        units.Add(b);
                    }

                    i += length - 1;
                }

                continue;
            }

            if (++i >= end)
            {
                message = $"incomplete escape sequence in {text}";
                return false;
            }

            if (!TryDecodeEscape(text, ref i, end, out var unit))
            {
                message = $"invalid escape sequence '\\{text[i]}' in {text}";
                return false;
            }

            units.Add(unit);
        }

        return true;
    }

    /// <summary>Decodes the escape whose first character (after the backslash) is at <paramref name="i"/>; leaves i on its last character.</summary>
    private static bool TryDecodeEscape(string text, ref int i, int end, out uint unit)
    {
        var c = text[i];
        unit = c switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'e' or 'E' => 27,
            '\\' or '\'' or '"' or '?' => c,
            _ => uint.MaxValue,
        };
        if (unit != uint.MaxValue)
        {
            return true;
        }

        if (c >= '0' && c <= '7')
        {
            unit = 0;
            var count = 0;
            while (count < 3 && i < end && text[i] >= '0' && text[i] <= '7')
            {
                unit = (unit * 8) + (uint)(text[i] - '0');
                i++;
                count++;
            }

            i--;
            return true;
        }

        var maxDigits = c switch { 'x' => int.MaxValue, 'u' => 4, 'U' => 8, _ => 0 };
        if (maxDigits == 0)
        {
            return false;
        }

        unit = 0;
        var digits = 0;
        while (digits < maxDigits && i + 1 < end && Uri.IsHexDigit(text[i + 1]))
        {
            i++;
            unit = unchecked((unit << 4) | (uint)HexValue(text[i]));
            digits++;
        }

        return digits > 0 && (c == 'x' || digits == maxDigits);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
