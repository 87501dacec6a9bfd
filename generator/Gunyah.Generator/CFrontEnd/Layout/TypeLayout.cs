using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>sizeof/_Alignof of any type under the LP64 C ABI (x86-64 SysV and AAPCS64 agree for these types).</summary>
internal static class TypeLayout
{
    /// <summary>Objects larger than this cannot be described with the model's int bit offsets.</summary>
    public const long MaxSize = int.MaxValue / 8;

    /// <summary>The largest fundamental alignment: what a bare <c>__attribute__((aligned))</c> means on x86-64 and aarch64.</summary>
    public const int BiggestAlignment = 16;

    public static SizeAlign OfPrimitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Void => new SizeAlign(1, 1),
        PrimitiveKind.Bool or PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar => new SizeAlign(1, 1),
        PrimitiveKind.Short or PrimitiveKind.UShort => new SizeAlign(2, 2),
        PrimitiveKind.Int or PrimitiveKind.UInt or PrimitiveKind.Float => new SizeAlign(4, 4),
        PrimitiveKind.Long or PrimitiveKind.ULong or PrimitiveKind.LongLong or PrimitiveKind.ULongLong or PrimitiveKind.Double => new SizeAlign(8, 8),
        _ => new SizeAlign(16, 16), // __int128 and long double
    };

    /// <summary>
    /// The layout of <paramref name="type"/>. On <see cref="LayoutStatus.Incomplete"/>, <paramref name="culprit"/> is
    /// the incomplete type (which may be nested in arrays or typedefs).
    /// </summary>
    public static LayoutStatus TryGet(CType type, out SizeAlign layout, out CType? culprit)
    {
        layout = default;
        culprit = null;
        switch (type)
        {
            case PrimitiveType primitive:
                if (primitive.Kind == PrimitiveKind.Void)
                {
                    culprit = type;
                    return LayoutStatus.Incomplete;
                }

                layout = OfPrimitive(primitive.Kind);
                return LayoutStatus.Ok;
            case PointerType:
                layout = new SizeAlign(8, 8);
                return LayoutStatus.Ok;
            case TypedefType typedef:
            {
                var status = TryGet(typedef.Target, out layout, out culprit);
                if (status == LayoutStatus.Ok && typedef.Alignment is { } alignment)
                {
                    layout = new SizeAlign(layout.Size, alignment);
                }

                return status;
            }

            case ArrayType array:
            {
                if (array.Length is not { } length)
                {
                    culprit = type;
                    return LayoutStatus.Incomplete;
                }

                var status = TryGet(array.Element, out var element, out culprit);
                if (status != LayoutStatus.Ok)
                {
                    return status;
                }

                if (length != 0 && element.Size > MaxSize / length)
                {
                    return LayoutStatus.TooLarge;
                }

                layout = new SizeAlign(element.Size * length, element.Alignment);
                return LayoutStatus.Ok;
            }

            case RecordDecl record:
                if (record.Layout is { } recordLayout)
                {
                    layout = new SizeAlign(recordLayout.Size, recordLayout.Alignment);
                    return LayoutStatus.Ok;
                }

                culprit = record.IsInvalid ? null : type;
                return record.IsInvalid ? LayoutStatus.Invalid : LayoutStatus.Incomplete;
            case EnumDecl enumDecl:
                if (enumDecl.IsComplete && !enumDecl.IsInvalid)
                {
                    layout = OfPrimitive(enumDecl.UnderlyingType);
                    return LayoutStatus.Ok;
                }

                culprit = enumDecl.IsInvalid ? null : type;
                return enumDecl.IsInvalid ? LayoutStatus.Invalid : LayoutStatus.Incomplete;
            default:
                // Function types have no size.
                culprit = type;
                return LayoutStatus.Incomplete;
        }
    }

    /// <summary>The integer kind a value of this type is, for bitfields and casts; null for non-integers.</summary>
    public static PrimitiveKind? IntegerKindOf(CType type) => type.Resolve() switch
    {
        PrimitiveType { IsInteger: true } primitive => primitive.Kind,
        EnumDecl enumDecl => enumDecl.UnderlyingType,
        _ => null,
    };
}
