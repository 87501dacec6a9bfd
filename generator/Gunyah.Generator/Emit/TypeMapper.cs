using System.Globalization;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Spells a <see cref="TypeRef"/> as a C# type of the same size, so every generated struct is
/// <c>unmanaged</c> and blittable (valid under <c>[assembly: DisableRuntimeMarshalling]</c>).
/// <list type="bullet">
/// <item>Arrays → <c>InlineArray{N}&lt;T&gt;</c> helper structs (<c>[InlineArray(N)]</c>), one per length, generated
/// in the bindings' namespace; multi-dimensional arrays nest (<c>InlineArray4&lt;InlineArray8&lt;byte&gt;&gt;</c>).
/// Pointers cannot be generic arguments, so array elements that are pointers are bound as <c>nint</c>.</item>
/// <item>Pointers → typed pointers (<c>GhFnDesc*</c>), <c>void*</c> for <c>void</c> and for records without
/// bindings (opaque or incomplete types); function pointers → <c>nint</c>.</item>
/// <item>Records and enums → their generated types; a record without bindings (its layout failed) is bound as
/// its raw bytes, an enum without bindings as its underlying integer.</item>
/// </list>
/// </summary>
internal sealed class TypeMapper
{
    private readonly BindingPlan plan;
    private readonly SortedSet<int> inlineArrayLengths = [];

    public TypeMapper(BindingPlan plan) => this.plan = plan;

    /// <summary>The lengths of every <c>InlineArray{N}</c> helper the mapped types use, ascending.</summary>
    public IReadOnlyCollection<int> InlineArrayLengths => inlineArrayLengths;

    /// <summary>The C# type for a value (field, array element, argument) of this C type.</summary>
    public string Map(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => PrimitiveTypes.ToCSharp(type.Primitive) ?? RawBytes(type.Size),
        TypeRefKind.Pointer => MapPointee(type.Element) + "*",
        TypeRefKind.FunctionPointer => "nint",
        TypeRefKind.Array when type.ArrayLength > 0 => InlineArray(type.ArrayLength, MapElement(type.Element!)),
        TypeRefKind.Array => throw new InvalidOperationException("A zero-length array has no value type: " + type.CSpelling),
        TypeRefKind.Record => TryGetRecord(type)?.FullName ?? RawBytes(type.Size),
        TypeRefKind.Enum => TryGetEnum(type)?.FullName ?? PrimitiveTypes.IntegerKeyword(type.Primitive),
        _ => throw new InvalidOperationException("Unknown type kind " + type.Kind.ToString()),
    };

    /// <summary>The C# type of an array element: like <see cref="Map"/>, but pointers become <c>nint</c>.</summary>
    public string MapElement(TypeRef type) =>
        type.Kind == TypeRefKind.Pointer ? "nint" : Map(type);

    /// <summary>The pointee spelling of a pointer to <paramref name="element"/>.</summary>
    public string MapPointee(TypeRef? element)
    {
        if (element is null || (element.Kind == TypeRefKind.Primitive && element.Primitive == PrimitiveKind.Void))
        {
            return "void";
        }

        return element.Kind switch
        {
            TypeRefKind.Record when TryGetRecord(element) is null => "void",
            TypeRefKind.Array when element.ArrayLength == 0 => MapPointee(element.Element),
            _ => Map(element),
        };
    }

    /// <summary>
    /// The alignment .NET gives the mapped type (not always C's: raw bytes are 1-aligned, and a record's
    /// binding is only as aligned as <see cref="RecordEmitter"/> could make it, at most 16).
    /// </summary>
    public int NetAlignment(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive when PrimitiveTypes.ToCSharp(type.Primitive) is null => 1,
        TypeRefKind.Primitive or TypeRefKind.Enum or TypeRefKind.Pointer or TypeRefKind.FunctionPointer => Math.Max(type.Size, 1),
        TypeRefKind.Array when type.Element is not null => type.Element.Kind == TypeRefKind.Pointer ? 8 : NetAlignment(type.Element),
        TypeRefKind.Record when TryGetRecord(type) is { } record => Math.Min(record.Model.Alignment, 16),
        _ => 1,
    };

    public RecordPlan? TryGetRecord(TypeRef type) =>
        type.TargetKey is not null && plan.RecordsByKey.TryGetValue(type.TargetKey, out var record) ? record : null;

    public EnumPlan? TryGetEnum(TypeRef type) =>
        type.TargetKey is not null && plan.EnumsByKey.TryGetValue(type.TargetKey, out var enumPlan) ? enumPlan : null;

    /// <summary>An opaque blob of <paramref name="size"/> bytes.</summary>
    public string RawBytes(int size) => InlineArray(Math.Max(size, 1), "byte");

    private string InlineArray(int length, string element)
    {
        inlineArrayLengths.Add(length);
        return plan.Qualify("InlineArray" + length.ToString(CultureInfo.InvariantCulture)) + "<" + element + ">";
    }
}
