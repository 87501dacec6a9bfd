using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>
/// A C integer constant: its 64-bit two's-complement pattern and its C type after the usual promotions
/// (Int, UInt, Long, ULong, LongLong or ULongLong; LP64 widths).
/// </summary>
public readonly record struct CValue(ulong Bits, PrimitiveKind Type)
{
    public static CValue FromInt(int value) => new(unchecked((ulong)(long)value), PrimitiveKind.Int);

    public bool IsSigned => Type is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.LongLong;

    public bool IsZero => Bits == 0;

    public long AsInt64 => unchecked((long)Bits);
}
