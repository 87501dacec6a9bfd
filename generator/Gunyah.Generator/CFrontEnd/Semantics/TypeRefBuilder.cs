using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Turns resolved types into model <see cref="TypeRef"/>s: typedefs are followed (keeping their spelling and any
/// alignment they impose), records and enums point at their model keys. An unnamed record with no key can only
/// be reached through a pointer; it is described as <c>void</c> there.
/// </summary>
internal sealed class TypeRefBuilder
{
    private readonly RecordKeys keys;

    public TypeRefBuilder(RecordKeys keys) => this.keys = keys;

    public TypeRef Build(CType type)
    {
        var spelling = TypeSpelling.Of(type);
        switch (type)
        {
            case TypedefType typedef:
            {
                var target = Build(typedef.Target);
                return target with { CSpelling = spelling, Alignment = typedef.Alignment ?? target.Alignment };
            }

            case PrimitiveType primitive:
                return Primitive(primitive.Kind, spelling);
            case PointerType pointer:
                return pointer.Target.Resolve() is FunctionType
                    ? new TypeRef(TypeRefKind.FunctionPointer, PrimitiveKind.Void, null, null, 0, spelling, 8, 8)
                    : new TypeRef(TypeRefKind.Pointer, PrimitiveKind.Void, null, Build(pointer.Target), 0, spelling, 8, 8);
            case ArrayType array:
            {
                var element = Build(array.Element);
                var length = (int)(array.Length ?? 0);
                return new TypeRef(TypeRefKind.Array, PrimitiveKind.Void, null, element, length, spelling, (int)Math.Min((long)element.Size * length, int.MaxValue), element.Alignment);
            }

            case RecordDecl record:
            {
                if (!keys.TryGetKey(record, out var key))
                {
                    return new TypeRef(TypeRefKind.Primitive, PrimitiveKind.Void, null, null, 0, spelling, 0, 1);
                }

                var layout = record.Layout;
                return new TypeRef(TypeRefKind.Record, PrimitiveKind.Void, key, null, 0, spelling, (int)(layout?.Size ?? 0), layout?.Alignment ?? 1);
            }

            case EnumDecl enumDecl:
            {
                var underlying = Primitive(enumDecl.UnderlyingType, spelling);
                return keys.TryGetKey(enumDecl, out var key)
                    ? underlying with { Kind = TypeRefKind.Enum, TargetKey = key }
                    : underlying;
            }

            default:
                // A function type named directly (only meaningful behind a pointer).
                return new TypeRef(TypeRefKind.FunctionPointer, PrimitiveKind.Void, null, null, 0, spelling, 8, 8);
        }
    }

    private static TypeRef Primitive(PrimitiveKind kind, string spelling)
    {
        var layout = kind == PrimitiveKind.Void ? new SizeAlign(0, 1) : TypeLayout.OfPrimitive(kind);
        return new TypeRef(TypeRefKind.Primitive, kind, null, null, 0, spelling, (int)layout.Size, layout.Alignment);
    }
}
