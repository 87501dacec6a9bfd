using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// C arithmetic types → C# types, for the LP64 ABI (x86-64, aarch64).
/// <list type="bullet">
/// <item>Plain <c>char</c> → <c>byte</c>: its signedness differs between x86-64 (signed) and aarch64
/// (unsigned), and UAPI headers use it for text and raw bytes, so the unsigned reading is the portable one.</item>
/// <item><c>_Bool</c> → <c>byte</c>: always blittable, and any non-zero byte the kernel writes stays visible.</item>
/// <item><c>long</c>/<c>unsigned long</c> → <c>long</c>/<c>ulong</c> (LP64).</item>
/// <item><c>__int128</c> → <c>System.Int128</c>/<c>System.UInt128</c> (same size and 16-byte alignment).</item>
/// <item><c>long double</c> has no .NET equivalent (80-bit on x86-64, binary128 on aarch64): it is bound as its
/// raw bytes (see <see cref="TypeMapper"/>).</item>
/// </list>
/// </summary>
internal static class PrimitiveTypes
{
    /// <summary>The C# spelling, or null for <c>long double</c> (raw bytes) and <c>void</c> outside pointers.</summary>
    public static string? ToCSharp(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => "byte",
        PrimitiveKind.Char => "byte",
        PrimitiveKind.SChar => "sbyte",
        PrimitiveKind.UChar => "byte",
        PrimitiveKind.Short => "short",
        PrimitiveKind.UShort => "ushort",
        PrimitiveKind.Int => "int",
        PrimitiveKind.UInt => "uint",
        PrimitiveKind.Long => "long",
        PrimitiveKind.ULong => "ulong",
        PrimitiveKind.LongLong => "long",
        PrimitiveKind.ULongLong => "ulong",
        PrimitiveKind.Int128 => "global::System.Int128",
        PrimitiveKind.UInt128 => "global::System.UInt128",
        PrimitiveKind.Float => "float",
        PrimitiveKind.Double => "double",
        _ => null,
    };

    public static bool IsInteger(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool or PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar or
        PrimitiveKind.Short or PrimitiveKind.UShort or PrimitiveKind.Int or PrimitiveKind.UInt or
        PrimitiveKind.Long or PrimitiveKind.ULong or PrimitiveKind.LongLong or PrimitiveKind.ULongLong or
        PrimitiveKind.Int128 or PrimitiveKind.UInt128 => true,
        _ => false,
    };

    /// <summary>Signed as bound in C# (so plain <c>char</c> counts as unsigned, matching its <c>byte</c> binding).</summary>
    public static bool IsSigned(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.SChar or PrimitiveKind.Short or PrimitiveKind.Int or PrimitiveKind.Long or
        PrimitiveKind.LongLong or PrimitiveKind.Int128 => true,
        _ => false,
    };

    /// <summary>The C# type of an integer constant or enum with this C type (Int→int, UInt→uint,
    /// Long/LongLong→long, ULong/ULongLong→ulong; narrower types widen to int/uint).</summary>
    public static string IntegerKeyword(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Long or PrimitiveKind.LongLong or PrimitiveKind.Int128 => "long",
        PrimitiveKind.ULong or PrimitiveKind.ULongLong or PrimitiveKind.UInt128 => "ulong",
        PrimitiveKind.UInt or PrimitiveKind.UShort or PrimitiveKind.UChar or PrimitiveKind.Char or PrimitiveKind.Bool => "uint",
        _ => "int",
    };

    /// <summary>
    /// The CLR name of a C# primitive type keyword as emitted (<c>uint</c> → <c>UInt32</c>; the Int128 types are
    /// emitted by full name); null for anything else. BinaryPrimitives method names and member names use it.
    /// </summary>
    public static string? ClrName(string keyword) => keyword switch
    {
        "byte" => "Byte",
        "sbyte" => "SByte",
        "short" => "Int16",
        "ushort" => "UInt16",
        "int" => "Int32",
        "uint" => "UInt32",
        "long" => "Int64",
        "ulong" => "UInt64",
        "float" => "Single",
        "double" => "Double",
        "global::System.Int128" => "Int128",
        "global::System.UInt128" => "UInt128",
        _ => null,
    };
}
