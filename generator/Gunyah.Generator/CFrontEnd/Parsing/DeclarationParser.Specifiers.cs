using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>Declaration specifiers: storage classes, qualifiers, type specifiers and attributes in any order.</summary>
internal sealed partial class DeclarationParser
{
    private static readonly HashSet<string> StorageClasses = new(StringComparer.Ordinal)
    {
        "typedef", "extern", "static", "auto", "register", "_Thread_local", "__thread",
    };

    /// <summary>Specifiers with no effect on layout: function specifiers, qualifiers and <c>__extension__</c>.</summary>
    private static readonly HashSet<string> IgnoredSpecifiers = new(StringComparer.Ordinal)
    {
        "inline", "__inline", "__inline__", "_Noreturn", "__extension__",
        "const", "__const", "__const__", "volatile", "__volatile", "__volatile__",
        "restrict", "__restrict", "__restrict__", "_Nonnull", "_Nullable",
    };

    private static readonly HashSet<string> TypeKeywords = new(StringComparer.Ordinal)
    {
        "void", "char", "short", "int", "long", "signed", "__signed", "__signed__", "unsigned",
        "_Bool", "float", "double", "__int128",
    };

    private static readonly HashSet<string> UnsupportedTypeKeywords = new(StringComparer.Ordinal)
    {
        "_Complex", "__complex__", "_Imaginary", "_Decimal32", "_Decimal64", "_Decimal128", "__builtin_va_list",
        "_Float16", "_Float32", "_Float64", "_Float128", "__float128", "__fp16", "__bf16",
    };

    /// <summary>True if the token can start declaration specifiers (including a typedef name).</summary>
    private bool StartsSpecifier(Token token) =>
        token.Kind == TokenKind.Identifier
        && (StorageClasses.Contains(token.Text) || IgnoredSpecifiers.Contains(token.Text) || TypeKeywords.Contains(token.Text)
            || UnsupportedTypeKeywords.Contains(token.Text) || IsTagKeyword(token) || IsAttributeKeyword(token)
            || IsTypeofKeyword(token) || token.Is("_Alignas") || token.Is("_Atomic") || scope.IsTypedefName(token.Text));

    private static bool IsTagKeyword(Token token) => token.Is("struct") || token.Is("union") || token.Is("enum");

    private static bool IsTypeofKeyword(Token token) => token.Is("__typeof__") || token.Is("__typeof") || token.Is("typeof");

    private DeclSpecifiers ParseSpecifiers(SpecifierContext context)
    {
        using var nested = Nest();
        var specifiers = new DeclSpecifiers(Current);
        var keywords = new TypeKeywordCounts();
        CType? namedType = null; // struct/union/enum, typedef name or typeof
        Token? firstTypeToken = null;
        var any = false;
        while (true)
        {
            var token = Current;
            if (token.Is("[") && reader.Peek(1).Is("["))
            {
                SkipStandardAttribute();
                continue;
            }

            if (token.Kind != TokenKind.Identifier)
            {
                break;
            }

            var text = token.Text;
            if (StorageClasses.Contains(text))
            {
                if (context != SpecifierContext.FileScope)
                {
                    throw Error(DiagnosticIds.SyntaxError, $"storage class '{text}' is not allowed here", token.Location);
                }

                specifiers.IsTypedef |= text == "typedef";
                reader.Next();
            }
            else if (IgnoredSpecifiers.Contains(text) || (text == "_Atomic" && !reader.Peek(1).Is("(")))
            {
                reader.Next();
            }
            else if (text == "_Atomic")
            {
                throw Error(DiagnosticIds.UnsupportedConstruct, "_Atomic(type) is not supported", token.Location);
            }
            else if (IsAttributeKeyword(token))
            {
                ParseAttributesInto(specifiers.Attributes);
            }
            else if (text == "_Alignas")
            {
                specifiers.Attributes.AddAlignment(ParseAlignas());
            }
            else if (UnsupportedTypeKeywords.Contains(text))
            {
                throw Error(DiagnosticIds.UnsupportedConstruct, $"type '{text}' is not supported", token.Location);
            }
            else if (TypeKeywords.Contains(text))
            {
                if (namedType is not null)
                {
                    throw InvalidCombination(token);
                }

                keywords.Add(text);
                firstTypeToken ??= token;
                reader.Next();
            }
            else if (IsTagKeyword(token) || IsTypeofKeyword(token))
            {
                if (namedType is not null || keywords.Any)
                {
                    throw InvalidCombination(token);
                }

                firstTypeToken ??= token;
                if (IsTypeofKeyword(token))
                {
                    namedType = ParseTypeof();
                }
                else
                {
                    namedType = token.Is("enum") ? ParseEnumSpecifier(specifiers) : ParseRecordSpecifier(specifiers);
                }
            }
            else if (namedType is null && !keywords.Any && scope.TryGetTypedef(text, out var typedef))
            {
                namedType = typedef;
                firstTypeToken ??= token;
                reader.Next();
            }
            else
            {
                break;
            }

            any = true;
        }

        if (namedType is not null)
        {
            specifiers.Type = namedType;
        }
        else if (keywords.Any)
        {
            specifiers.Type = PrimitiveType.Get(keywords.Resolve() ?? throw Error(
                DiagnosticIds.SyntaxError, $"invalid combination of type specifiers '{keywords}'", firstTypeToken!.Location));
        }
        else
        {
            throw MissingType(any, context);
        }

        return specifiers;
    }

    /// <summary>Explains a declaration without a type: usually an unknown typedef name (or an unexpanded macro).</summary>
    private ParseAbortException MissingType(bool sawSpecifiers, SpecifierContext context)
    {
        var token = Current;
        var next = reader.Peek(1);
        if (token.Kind == TokenKind.Identifier
            && (next.Kind == TokenKind.Identifier || next.Is("*") || (context == SpecifierContext.TypeName && (next.Is(")") || next.Is("[")))))
        {
            return Error(DiagnosticIds.UnknownType, $"unknown type name '{token.Text}'", token.Location);
        }

        if (sawSpecifiers)
        {
            return Error(DiagnosticIds.UnsupportedConstruct, $"declaration without a type specifier (implicit int) before {Describe(token)}", token.Location);
        }

        return Error(DiagnosticIds.SyntaxError, $"expected a declaration, found {Describe(token)}", token.Location);
    }

    private ParseAbortException InvalidCombination(Token token) =>
        Error(DiagnosticIds.SyntaxError, $"invalid combination of type specifiers at '{token.Text}'", token.Location);

    /// <summary><c>__typeof__(type-name)</c>; typeof of an expression is outside the subset.</summary>
    private CType ParseTypeof()
    {
        var keyword = reader.Next();
        Expect("(", $"after '{keyword.Text}'");
        if (!StartsTypeName(reader))
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, $"'{keyword.Text}' of an expression is not supported", keyword.Location);
        }

        var type = ParseTypeNameCore();
        Expect(")", $"to close '{keyword.Text}'");
        return type;
    }

    /// <summary>Counts the arithmetic type keywords of one declaration and maps a valid combination to its kind.</summary>
    private sealed class TypeKeywordCounts
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
        private readonly List<string> written = new();

        public bool Any => counts.Count > 0;

        public void Add(string keyword)
        {
            written.Add(keyword);
            if (keyword is "__signed" or "__signed__")
            {
                keyword = "signed";
            }

            counts[keyword] = Count(keyword) + 1;
        }

        public PrimitiveKind? Resolve()
        {
            int signed = Count("signed"), unsigned = Count("unsigned"), longs = Count("long"), ints = Count("int");
            var total = counts.Values.Sum();
            if (signed + unsigned > 1 || ints > 1 || longs > 2)
            {
                return null;
            }

            var sign = signed + unsigned;
            if (Count("void") == 1)
            {
                return total == 1 ? PrimitiveKind.Void : null;
            }

            if (Count("_Bool") == 1)
            {
                return total == 1 ? PrimitiveKind.Bool : null;
            }

            if (Count("float") == 1)
            {
                return total == 1 ? PrimitiveKind.Float : null;
            }

            if (Count("double") == 1)
            {
                return total == 1 ? PrimitiveKind.Double : total == 2 && longs == 1 ? PrimitiveKind.LongDouble : null;
            }

            if (Count("char") == 1)
            {
                return total != 1 + sign ? null : unsigned == 1 ? PrimitiveKind.UChar : signed == 1 ? PrimitiveKind.SChar : PrimitiveKind.Char;
            }

            if (Count("__int128") == 1)
            {
                return total != 1 + sign ? null : unsigned == 1 ? PrimitiveKind.UInt128 : PrimitiveKind.Int128;
            }

            if (Count("short") == 1)
            {
                return total != 1 + sign + ints ? null : unsigned == 1 ? PrimitiveKind.UShort : PrimitiveKind.Short;
            }

            if (total != longs + sign + ints)
            {
                return null;
            }

            return longs switch
            {
                0 => unsigned == 1 ? PrimitiveKind.UInt : PrimitiveKind.Int,
                1 => unsigned == 1 ? PrimitiveKind.ULong : PrimitiveKind.Long,
                _ => unsigned == 1 ? PrimitiveKind.ULongLong : PrimitiveKind.LongLong,
            };
        }

        public override string ToString() => string.Join(" ", written);

        private int Count(string keyword) => counts.TryGetValue(keyword, out var count) ? count : 0;
    }
}
