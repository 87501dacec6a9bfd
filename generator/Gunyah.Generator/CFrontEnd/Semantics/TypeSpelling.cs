using System.Globalization;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>Writes a type the way C spells a type-name (<c>char [32]</c>, <c>void (*)(int)</c>), keeping typedef names.</summary>
internal static class TypeSpelling
{
    public static string Of(CType type) => Compose(type, string.Empty);

    public static string OfPrimitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Void => "void",
        PrimitiveKind.Bool => "_Bool",
        PrimitiveKind.Char => "char",
        PrimitiveKind.SChar => "signed char",
        PrimitiveKind.UChar => "unsigned char",
        PrimitiveKind.Short => "short",
        PrimitiveKind.UShort => "unsigned short",
        PrimitiveKind.Int => "int",
        PrimitiveKind.UInt => "unsigned int",
        PrimitiveKind.Long => "long",
        PrimitiveKind.ULong => "unsigned long",
        PrimitiveKind.LongLong => "long long",
        PrimitiveKind.ULongLong => "unsigned long long",
        PrimitiveKind.Int128 => "__int128",
        PrimitiveKind.UInt128 => "unsigned __int128",
        PrimitiveKind.Float => "float",
        PrimitiveKind.Double => "double",
        _ => "long double",
    };

    /// <summary>Builds the declarator inside-out: <paramref name="inner"/> is what already surrounds the name's place.</summary>
    private static string Compose(CType type, string inner)
    {
        switch (type)
        {
            case PointerType pointer:
            {
                var declarator = "*" + inner;
                if (pointer.Target is ArrayType or FunctionType)
                {
                    declarator = "(" + declarator + ")";
                }

                return Compose(pointer.Target, declarator);
            }

            case ArrayType array:
                var length = array.Length is { } n ? n.ToString(CultureInfo.InvariantCulture) : string.Empty;
                return Compose(array.Element, inner + "[" + length + "]");
            case FunctionType function:
                return Compose(function.ReturnType, inner + function.ParameterText);
            default:
                var name = NameOf(type);
                return inner.Length == 0 ? name : name + " " + inner;
        }
    }

    private static string NameOf(CType type) => type switch
    {
        PrimitiveType primitive => OfPrimitive(primitive.Kind),
        TypedefType typedef => typedef.Name,
        RecordDecl record => record.Tag is { } tag ? record.Keyword + " " + tag : record.Keyword + " {...}",
        EnumDecl enumDecl => enumDecl.Tag is { } tag ? "enum " + tag : "enum {...}",
        _ => "?",
    };
}
