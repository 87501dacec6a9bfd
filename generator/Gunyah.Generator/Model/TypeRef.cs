namespace Gunyah.Generator.Model;

/// <summary>
/// The type of a field, array element or ioctl argument, fully resolved (typedefs followed) but keeping
/// the spelling written in the header for docs and tools.
/// </summary>
/// <param name="Kind">What sort of type this is.</param>
/// <param name="Primitive">For <see cref="TypeRefKind.Primitive"/>: which one (for enums: the underlying type).</param>
/// <param name="TargetKey">For records and enums: the <c>Key</c> of the <see cref="StructModel"/> or <see cref="EnumModel"/>.</param>
/// <param name="Element">For pointers: the pointee; for arrays: the element type (itself an array for multi-dimensional arrays).</param>
/// <param name="ArrayLength">For arrays: the element count; 0 for a flexible array member (<c>[]</c> or <c>[0]</c>).</param>
/// <param name="CSpelling">The type as written, e.g. <c>__u32</c>, <c>struct gh_fn_desc</c>, <c>char [32]</c>.</param>
/// <param name="Size">sizeof, in bytes.</param>
/// <param name="Alignment">_Alignof, in bytes.</param>
public sealed record TypeRef(
    TypeRefKind Kind,
    PrimitiveKind Primitive,
    string? TargetKey,
    TypeRef? Element,
    int ArrayLength,
    string CSpelling,
    int Size,
    int Alignment);
