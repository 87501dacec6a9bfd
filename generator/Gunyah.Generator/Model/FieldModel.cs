namespace Gunyah.Generator.Model;

/// <summary>
/// One named member of a struct or union. Members of anonymous structs/unions are flattened into the
/// enclosing record with their absolute offsets (as C11 lets code name them directly).
/// Unnamed bitfields and zero-width bitfields are not listed.
/// </summary>
/// <param name="Name">The C member name.</param>
/// <param name="CAccessPath">What follows <c>offsetof(T, </c> in C to reach this member from the record's
/// <see cref="StructModel.CTypeExpression"/>; equal to <see cref="Name"/> except in unusual nesting.</param>
/// <param name="Type">The member's type.</param>
/// <param name="Offset">Byte offset from the start of the record. For a bitfield: the offset of the byte holding its first bit.</param>
/// <param name="BitOffset">Bit offset from the start of the record (== Offset * 8 for non-bitfields).</param>
/// <param name="BitWidth">The bitfield width; 0 when the member is not a bitfield.</param>
/// <param name="IsFlexibleArray">A trailing <c>[]</c> / <c>[0]</c> member that occupies no bytes of the record.</param>
/// <param name="Doc">The header comment attached to the member, without comment markers.</param>
/// <param name="Location">Where the member is declared.</param>
public sealed record FieldModel(
    string Name,
    string CAccessPath,
    TypeRef Type,
    int Offset,
    int BitOffset,
    int BitWidth,
    bool IsFlexibleArray,
    string? Doc,
    LocationInfo Location);
