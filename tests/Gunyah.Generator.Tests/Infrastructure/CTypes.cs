using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary><see cref="TypeRef"/>s for hand-built models, with LP64 sizes and alignments.</summary>
public static class CTypes
{
    public static TypeRef U8 { get; } = Primitive(PrimitiveKind.UChar, "__u8", 1);
    public static TypeRef S8 { get; } = Primitive(PrimitiveKind.SChar, "__s8", 1);
    public static TypeRef Char { get; } = Primitive(PrimitiveKind.Char, "char", 1);
    public static TypeRef Bool { get; } = Primitive(PrimitiveKind.Bool, "_Bool", 1);
    public static TypeRef U16 { get; } = Primitive(PrimitiveKind.UShort, "__u16", 2);
    public static TypeRef S16 { get; } = Primitive(PrimitiveKind.Short, "__s16", 2);
    public static TypeRef U32 { get; } = Primitive(PrimitiveKind.UInt, "__u32", 4);
    public static TypeRef S32 { get; } = Primitive(PrimitiveKind.Int, "__s32", 4);
    public static TypeRef Int { get; } = Primitive(PrimitiveKind.Int, "int", 4);
    public static TypeRef U64 { get; } = Primitive(PrimitiveKind.ULongLong, "__u64", 8);
    public static TypeRef S64 { get; } = Primitive(PrimitiveKind.LongLong, "__s64", 8);
    public static TypeRef Long { get; } = Primitive(PrimitiveKind.Long, "long", 8);
    public static TypeRef ULong { get; } = Primitive(PrimitiveKind.ULong, "unsigned long", 8);
    public static TypeRef Float { get; } = Primitive(PrimitiveKind.Float, "float", 4);
    public static TypeRef Double { get; } = Primitive(PrimitiveKind.Double, "double", 8);
    public static TypeRef LongDouble { get; } = Primitive(PrimitiveKind.LongDouble, "long double", 16);
    public static TypeRef Int128 { get; } = Primitive(PrimitiveKind.Int128, "__int128", 16);
    public static TypeRef UInt128 { get; } = Primitive(PrimitiveKind.UInt128, "unsigned __int128", 16);
    public static TypeRef Void { get; } = Primitive(PrimitiveKind.Void, "void", 1);
    public static TypeRef FunctionPointer { get; } = new(TypeRefKind.FunctionPointer, PrimitiveKind.Void, null, null, 0, "void (*)(void)", 8, 8);

    public static TypeRef Primitive(PrimitiveKind kind, string spelling, int size, int? alignment = null) =>
        new(TypeRefKind.Primitive, kind, null, null, 0, spelling, size, alignment ?? size);

    public static TypeRef Array(TypeRef element, int length) =>
        new(TypeRefKind.Array, PrimitiveKind.Void, null, element, length, $"{element.CSpelling} [{length}]", element.Size * length, element.Alignment);

    /// <summary>A flexible array member's type: <c>T []</c>.</summary>
    public static TypeRef FlexibleArray(TypeRef element) =>
        new(TypeRefKind.Array, PrimitiveKind.Void, null, element, 0, $"{element.CSpelling} []", 0, element.Alignment);

    public static TypeRef Pointer(TypeRef? pointee) =>
        new(TypeRefKind.Pointer, PrimitiveKind.Void, null, pointee, 0, $"{pointee?.CSpelling ?? "void"} *", 8, 8);

    public static TypeRef Record(string key, int size, int alignment, string? spelling = null) =>
        new(TypeRefKind.Record, PrimitiveKind.Void, key, null, 0, spelling ?? "struct " + key, size, alignment);

    public static TypeRef Enum(string key, PrimitiveKind underlying = PrimitiveKind.UInt, int size = 4) =>
        new(TypeRefKind.Enum, underlying, key, null, 0, "enum " + key, size, size);
}
