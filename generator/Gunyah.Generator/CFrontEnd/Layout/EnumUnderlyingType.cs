using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>Which integer type GCC gives an enum, from its enumerators' values.</summary>
internal static class EnumUnderlyingType
{
    /// <summary>
    /// unsigned int when no value is negative and all fit 32 bits; int when some are negative and all fit;
    /// otherwise unsigned long / long (GNU extension, LP64). A packed enum takes the smallest type that fits.
    /// </summary>
    public static PrimitiveKind Choose(IEnumerable<CValue> values, bool packed)
    {
        var anyNegative = false;
        long min = 0;
        ulong maxUnsigned = 0;
        foreach (var value in values)
        {
            if (value.IsSigned && value.AsInt64 < 0)
            {
                anyNegative = true;
                min = Math.Min(min, value.AsInt64);
            }
            else
            {
                maxUnsigned = Math.Max(maxUnsigned, value.Bits);
            }
        }

        if (!anyNegative)
        {
            if (packed && maxUnsigned <= byte.MaxValue)
            {
                return PrimitiveKind.UChar;
            }

            if (packed && maxUnsigned <= ushort.MaxValue)
            {
                return PrimitiveKind.UShort;
            }

            return maxUnsigned <= uint.MaxValue ? PrimitiveKind.UInt : PrimitiveKind.ULong;
        }

        if (packed && min >= sbyte.MinValue && maxUnsigned <= (ulong)sbyte.MaxValue)
        {
            return PrimitiveKind.SChar;
        }

        if (packed && min >= short.MinValue && maxUnsigned <= (ulong)short.MaxValue)
        {
            return PrimitiveKind.Short;
        }

        return min >= int.MinValue && maxUnsigned <= int.MaxValue ? PrimitiveKind.Int : PrimitiveKind.Long;
    }
}
