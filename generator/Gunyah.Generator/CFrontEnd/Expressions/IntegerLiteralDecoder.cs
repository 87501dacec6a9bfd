using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Decodes a preprocessing number into a typed integer constant (C11 6.4.4.1, LP64).</summary>
internal static class IntegerLiteralDecoder
{
    private static readonly PrimitiveKind[] DecimalPlain = { PrimitiveKind.Int, PrimitiveKind.Long, PrimitiveKind.LongLong };
    private static readonly PrimitiveKind[] DecimalLong = { PrimitiveKind.Long, PrimitiveKind.LongLong };
    private static readonly PrimitiveKind[] DecimalLongLong = { PrimitiveKind.LongLong };

    private static readonly PrimitiveKind[] OtherPlain =
    {
        PrimitiveKind.Int, PrimitiveKind.UInt, PrimitiveKind.Long, PrimitiveKind.ULong, PrimitiveKind.LongLong, PrimitiveKind.ULongLong,
    };

    private static readonly PrimitiveKind[] OtherLong = { PrimitiveKind.Long, PrimitiveKind.ULong, PrimitiveKind.LongLong, PrimitiveKind.ULongLong };
    private static readonly PrimitiveKind[] OtherLongLong = { PrimitiveKind.LongLong, PrimitiveKind.ULongLong };
    private static readonly PrimitiveKind[] UnsignedPlain = { PrimitiveKind.UInt, PrimitiveKind.ULong, PrimitiveKind.ULongLong };
    private static readonly PrimitiveKind[] UnsignedLong = { PrimitiveKind.ULong, PrimitiveKind.ULongLong };
    private static readonly PrimitiveKind[] UnsignedLongLong = { PrimitiveKind.ULongLong };

    /// <summary>
    /// False with a diagnostic id and message for floating constants (unsupported), malformed numbers and
    /// values above 64 bits.
    /// </summary>
    public static bool TryDecode(string text, out CValue value, out string errorId, out string message)
    {
        value = default;
        errorId = DiagnosticIds.BadExpression;
        message = string.Empty;

        var index = 0;
        var radix = 10;
        if (text.Length > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        {
            radix = 16;
            index = 2;
        }
        else if (text.Length > 1 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B'))
        {
            radix = 2;
            index = 2;
        }
        else if (text.Length > 0 && text[0] == '0')
        {
            radix = 8;
        }

        if (IsFloating(text, radix))
        {
            errorId = DiagnosticIds.UnsupportedConstruct;
            message = $"floating constant '{text}' is not supported in an integer constant expression";
            return false;
        }

        var digitsStart = index;
        ulong magnitude = 0;
        var overflow = false;
        for (; index < text.Length; index++)
        {
            var digit = DigitValue(text[index]);
            if (digit < 0 || digit >= radix)
            {
                // An '8' or '9' in an octal constant is an error, not the start of a suffix.
                if (radix == 8 && digit is 8 or 9)
                {
                    message = $"invalid digit '{text[index]}' in octal constant '{text}'";
                    return false;
                }

                break;
            }

            var next = unchecked((magnitude * (ulong)radix) + (ulong)digit);
            if (magnitude > ulong.MaxValue / (ulong)radix || next < magnitude * (ulong)radix)
            {
                overflow = true;
            }

            magnitude = next;
        }

        if (index == digitsStart && radix != 8)
        {
            message = $"invalid integer constant '{text}'";
            return false;
        }

        if (!TryParseSuffix(text, index, out var isUnsigned, out var longCount))
        {
            message = $"invalid suffix '{text.Substring(index)}' on integer constant '{text}'";
            return false;
        }

        if (overflow)
        {
            message = $"integer constant '{text}' is too large for any integer type";
            return false;
        }

        var candidates = Candidates(radix == 10, isUnsigned, longCount);
        foreach (var kind in candidates)
        {
            if (Fits(magnitude, kind))
            {
                value = new CValue(magnitude, kind);
                return true;
            }
        }

        // Like gcc: a decimal constant too large for long is taken as unsigned long.
        value = new CValue(magnitude, isUnsigned || longCount < 2 ? PrimitiveKind.ULong : PrimitiveKind.ULongLong);
        return true;
    }

    private static bool IsFloating(string text, int radix)
    {
        foreach (var c in text)
        {
            if (c == '.')
            {
                return true;
            }

            if (radix == 16 ? c is 'p' or 'P' : radix != 2 && c is 'e' or 'E')
            {
                return true;
            }
        }

        return false;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool TryParseSuffix(string text, int index, out bool isUnsigned, out int longCount)
    {
        isUnsigned = false;
        longCount = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if ((c == 'u' || c == 'U') && !isUnsigned)
            {
                isUnsigned = true;
                index++;
            }
            else if ((c == 'l' || c == 'L') && longCount == 0)
            {
                // "ll" and "LL" are one suffix; mixed case "lL" is not valid C.
                if (index + 1 < text.Length && text[index + 1] == c)
                {
                    longCount = 2;
                    index += 2;
                }
                else
                {
                    longCount = 1;
                    index++;
                }
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static PrimitiveKind[] Candidates(bool isDecimal, bool isUnsigned, int longCount)
    {
        if (isUnsigned)
        {
            return longCount switch { 0 => UnsignedPlain, 1 => UnsignedLong, _ => UnsignedLongLong };
        }

        if (isDecimal)
        {
            return longCount switch { 0 => DecimalPlain, 1 => DecimalLong, _ => DecimalLongLong };
        }

        return longCount switch { 0 => OtherPlain, 1 => OtherLong, _ => OtherLongLong };
    }

    private static bool Fits(ulong magnitude, PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Int => magnitude <= int.MaxValue,
        PrimitiveKind.UInt => magnitude <= uint.MaxValue,
        PrimitiveKind.Long or PrimitiveKind.LongLong => magnitude <= long.MaxValue,
        _ => true,
    };
}
