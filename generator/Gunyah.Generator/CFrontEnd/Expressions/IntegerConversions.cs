using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>
/// C's integer conversion rules for LP64 (int 32, long and long long 64 bits). A <see cref="CValue"/> keeps
/// its bits normalized: sign-extended to 64 bits for signed types, zero-extended for unsigned ones.
/// </summary>
internal static class IntegerConversions
{
    /// <summary>Bit width of an integer kind; 0 for kinds constant evaluation does not support.</summary>
    public static int Width(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => 1,
        PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar => 8,
        PrimitiveKind.Short or PrimitiveKind.UShort => 16,
        PrimitiveKind.Int or PrimitiveKind.UInt => 32,
        PrimitiveKind.Long or PrimitiveKind.ULong or PrimitiveKind.LongLong or PrimitiveKind.ULongLong => 64,
        _ => 0,
    };

    /// <summary>Plain char is taken as signed (x86-64); aarch64 differs only for values above 127.</summary>
    public static bool IsSigned(PrimitiveKind kind) => kind is PrimitiveKind.Char or PrimitiveKind.SChar
        or PrimitiveKind.Short or PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.LongLong;

    public static bool IsSupportedInteger(PrimitiveKind kind) => Width(kind) != 0;

    /// <summary>The integer conversion rank (C11 6.3.1.1): long long ranks above long even at equal width.</summary>
    private static int Rank(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => 0,
        PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar => 1,
        PrimitiveKind.Short or PrimitiveKind.UShort => 2,
        PrimitiveKind.Int or PrimitiveKind.UInt => 3,
        PrimitiveKind.Long or PrimitiveKind.ULong => 4,
        _ => 5,
    };

    /// <summary>Integer promotion: everything narrower than int becomes int (int holds all their values).</summary>
    public static PrimitiveKind Promote(PrimitiveKind kind) => Rank(kind) < 3 ? PrimitiveKind.Int : kind;

    private static PrimitiveKind ToUnsigned(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Int => PrimitiveKind.UInt,
        PrimitiveKind.Long => PrimitiveKind.ULong,
        PrimitiveKind.LongLong => PrimitiveKind.ULongLong,
        _ => kind,
    };

    /// <summary>The common type of the usual arithmetic conversions (C11 6.3.1.8) for two promoted types.</summary>
    public static PrimitiveKind CommonType(PrimitiveKind left, PrimitiveKind right)
    {
        left = Promote(left);
        right = Promote(right);
        if (left == right)
        {
            return left;
        }

        var leftSigned = IsSigned(left);
        if (leftSigned == IsSigned(right))
        {
            return Rank(left) >= Rank(right) ? left : right;
        }

        var signed = leftSigned ? left : right;
        var unsigned = leftSigned ? right : left;
        if (Rank(unsigned) >= Rank(signed))
        {
            return unsigned;
        }

        // The signed type wins only if it can hold every value of the unsigned one (long vs unsigned int).
        return Width(signed) > Width(unsigned) ? signed : ToUnsigned(signed);
    }

    /// <summary>Truncates (or sign/zero-extends) a bit pattern to the given kind's width, normalized to 64 bits.</summary>
    public static ulong Normalize(ulong bits, PrimitiveKind kind)
    {
        if (kind == PrimitiveKind.Bool)
        {
            return bits != 0 ? 1UL : 0UL;
        }

        var width = Width(kind);
        if (width == 0 || width >= 64)
        {
            return bits;
        }

        var mask = (1UL << width) - 1;
        var value = bits & mask;
        if (IsSigned(kind) && (value & (1UL << (width - 1))) != 0)
        {
            value |= ~mask;
        }

        return value;
    }

    /// <summary>Converts a value to an integer kind; the result carries the promoted type, as any later use would.</summary>
    public static CValue Convert(CValue value, PrimitiveKind kind)
    {
        var bits = Normalize(value.Bits, kind);
        var promoted = Promote(kind);
        return new CValue(Normalize(bits, promoted), promoted);
    }

    /// <summary>Builds a value of the given (promoted) type from a 64-bit result, wrapping to its width.</summary>
    public static CValue Make(ulong bits, PrimitiveKind kind) => new(Normalize(bits, kind), kind);
}
