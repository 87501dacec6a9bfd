using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>
/// What constant evaluation needs to know of a type: sizeof, _Alignof, and for casts the integer kind it
/// converts to (enums: their underlying type; pointers: ULong; null for records, which cannot be cast to).
/// </summary>
public readonly record struct CTypeFacts(ulong Size, ulong Alignment, PrimitiveKind? IntegerKind);
