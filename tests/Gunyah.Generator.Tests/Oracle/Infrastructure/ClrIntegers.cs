namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>Reads boxed CLR integers the way C would see them: as a 64-bit pattern and a promoted type.</summary>
internal static class ClrIntegers
{
    /// <summary>Sign-extends signed types, zero-extends unsigned ones; null for non-integers.</summary>
    public static ulong? Pattern(object? value) => value switch
    {
        sbyte v => unchecked((ulong)v),
        short v => unchecked((ulong)v),
        int v => unchecked((ulong)v),
        long v => unchecked((ulong)v),
        nint v => unchecked((ulong)(long)v),
        byte v => v,
        ushort v => v,
        char v => v,
        uint v => v,
        ulong v => v,
        nuint v => v,
        bool v => v ? 1UL : 0UL,
        _ => null,
    };

    /// <summary>The C name of the type after integer promotion (small types become int, as in C).</summary>
    public static string PromotedTypeName(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Char or TypeCode.Int32 => "i32",
        TypeCode.UInt32 => "u32",
        TypeCode.Int64 => "i64",
        TypeCode.UInt64 => "u64",
        _ when type == typeof(nint) => "i64",
        _ when type == typeof(nuint) => "u64",
        _ => "other",
    };

    public static bool IsSigned(Type type) => Type.GetTypeCode(type) is TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64
        || type == typeof(nint);

    /// <summary>The value of <paramref name="type"/> with every bit set (true for bool); null when the type
    /// is not an integer, bool or enum.</summary>
    public static object? AllOnes(Type type)
    {
        if (type.IsEnum)
        {
            return AllOnes(Enum.GetUnderlyingType(type)) is { } raw ? Enum.ToObject(type, raw) : null;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => true,
            TypeCode.SByte => (sbyte)-1,
            TypeCode.Byte => byte.MaxValue,
            TypeCode.Int16 => (short)-1,
            TypeCode.UInt16 => ushort.MaxValue,
            TypeCode.Char => char.MaxValue,
            TypeCode.Int32 => -1,
            TypeCode.UInt32 => uint.MaxValue,
            TypeCode.Int64 => -1L,
            TypeCode.UInt64 => ulong.MaxValue,
            _ when type == typeof(nint) => (nint)(-1),
            _ when type == typeof(nuint) => nuint.MaxValue,
            _ => null,
        };
    }
}
