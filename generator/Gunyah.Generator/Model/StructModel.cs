namespace Gunyah.Generator.Model;

/// <summary>
/// A struct or union with its C ABI layout.
/// </summary>
/// <param name="Key">Unique within the header: the tag (<c>gh_fn_desc</c>), else the typedef name,
/// else for an unnamed record type of a named member: <c>ParentKey + "." + memberName</c> (e.g. <c>gunyah_vcpu_run.mmio</c>).</param>
/// <param name="IsUnion">A union rather than a struct.</param>
/// <param name="Tag">The struct/union tag, if any.</param>
/// <param name="TypedefName">A typedef naming this record, if any.</param>
/// <param name="CTypeExpression">A C type that gcc accepts in sizeof/_Alignof/offsetof for this record:
/// <c>struct gh_fn_desc</c>, <c>foo_t</c>, or <c>__typeof__(((struct gunyah_vcpu_run *)0)->mmio)</c>.</param>
/// <param name="Size">sizeof in bytes.</param>
/// <param name="Alignment">_Alignof in bytes.</param>
/// <param name="IsPacked">Declared with <c>__attribute__((packed))</c>.</param>
/// <param name="Fields">Named members in declaration order (anonymous members flattened).</param>
/// <param name="ParentKey">For unnamed record types declared inside another record: the enclosing record's key.</param>
/// <param name="IsFromRootHeader">Declared in the root header (as opposed to an included one).</param>
/// <param name="Doc">The header comment attached to the declaration.</param>
/// <param name="Location">Where the record is declared.</param>
public sealed record StructModel(
    string Key,
    bool IsUnion,
    string? Tag,
    string? TypedefName,
    string CTypeExpression,
    int Size,
    int Alignment,
    bool IsPacked,
    EquatableArray<FieldModel> Fields,
    string? ParentKey,
    bool IsFromRootHeader,
    string? Doc,
    LocationInfo Location);
