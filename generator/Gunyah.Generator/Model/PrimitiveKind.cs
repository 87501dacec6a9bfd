namespace Gunyah.Generator.Model;

/// <summary>C arithmetic types as the LP64 C ABI (x86-64, aarch64) lays them out.</summary>
public enum PrimitiveKind
{
    Void,
    Bool,
    /// <summary>Plain <c>char</c>: signed on x86-64, unsigned on aarch64; same size and alignment on both.</summary>
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Int128,
    UInt128,
    Float,
    Double,
    LongDouble,
}
