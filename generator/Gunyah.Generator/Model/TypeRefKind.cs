namespace Gunyah.Generator.Model;

public enum TypeRefKind
{
    Primitive,
    Pointer,
    Array,
    /// <summary>A struct or union; <see cref="TypeRef.TargetKey"/> names its <see cref="StructModel"/>.</summary>
    Record,
    /// <summary>An enum; <see cref="TypeRef.TargetKey"/> names its <see cref="EnumModel"/>.</summary>
    Enum,
    /// <summary>A pointer to a function: laid out as a pointer, emitted as an address.</summary>
    FunctionPointer,
}
