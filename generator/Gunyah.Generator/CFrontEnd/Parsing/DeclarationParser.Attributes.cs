using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Layout;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>GNU attributes, <c>_Alignas</c>, C23 <c>[[...]]</c> attributes and <c>_Static_assert</c>.</summary>
internal sealed partial class DeclarationParser
{
    private static bool IsAttributeKeyword(Token token) => token.Is("__attribute__") || token.Is("__attribute");

    private static bool IsStaticAssertKeyword(Token token) => token.Is("_Static_assert") || token.Is("static_assert");

    /// <summary>
    /// Parses any run of <c>__attribute__((...))</c> at the reader. Only <c>packed</c> and <c>aligned</c> change
    /// layout; a bare <c>aligned</c> means the target's largest alignment (16 on x86-64 and aarch64). Every other
    /// attribute (deprecated, unused, __may_alias__...) is read and ignored.
    /// </summary>
    private void ParseAttributesInto(AttributeSet attributes)
    {
        while (IsAttributeKeyword(Current))
        {
            var keyword = reader.Next();
            Expect("(", $"after '{keyword.Text}'");
            Expect("(", $"after '{keyword.Text}('");
            while (!Current.Is(")"))
            {
                if (reader.Accept(","))
                {
                    continue;
                }

                var name = reader.Next();
                if (name.Kind != TokenKind.Identifier)
                {
                    throw Error(DiagnosticIds.SyntaxError, $"expected an attribute name, found {Describe(name)}", name.Location);
                }

                switch (StripUnderscores(name.Text))
                {
                    case "packed":
                        attributes.Packed = true;
                        SkipAttributeArguments();
                        break;
                    case "aligned" when reader.Accept("("):
                        attributes.AddAlignment(EvaluateAlignment("requested alignment", allowZero: false));
                        Expect(")", "to close 'aligned('");
                        break;
                    case "aligned":
                        attributes.AddAlignment(TypeLayout.BiggestAlignment);
                        break;
                    default:
                        SkipAttributeArguments();
                        break;
                }
            }

            Expect(")", "to close the attribute list");
            Expect(")", "to close '__attribute__'");
        }
    }

    /// <summary><c>__packed__</c> and <c>packed</c> are the same attribute.</summary>
    private static string StripUnderscores(string name) =>
        name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal)
            ? name.Substring(2, name.Length - 4)
            : name;

    private void SkipAttributeArguments()
    {
        if (Current.Is("("))
        {
            SkipBalanced("(", ")");
        }
    }

    /// <summary>C23 <c>[[attribute]]</c>: none of them changes layout.</summary>
    private void SkipStandardAttribute() => SkipBalanced("[", "]");

    /// <summary><c>_Alignas(constant)</c> or <c>_Alignas(type-name)</c>; 0 means no effect.</summary>
    private int ParseAlignas()
    {
        var keyword = reader.Next();
        Expect("(", "after '_Alignas'");
        int alignment;
        if (StartsTypeName(reader))
        {
            var type = ParseTypeNameCore();
            if (TypeLayout.TryGet(type, out var layout, out _) != LayoutStatus.Ok)
            {
                throw Error(DiagnosticIds.UnknownType, $"_Alignas of incomplete type '{Semantics.TypeSpelling.Of(type)}'", keyword.Location);
            }

            alignment = layout.Alignment;
        }
        else
        {
            alignment = EvaluateAlignment("_Alignas alignment", allowZero: true);
        }

        Expect(")", "to close '_Alignas'");
        return alignment;
    }

    /// <summary><c>_Static_assert(expr, "message");</c> — a false assertion is reported, and parsing goes on.</summary>
    private void ParseStaticAssert()
    {
        var keyword = reader.Next();
        Expect("(", $"after '{keyword.Text}'");
        var expression = ExpressionParser.Parse(reader, this, diagnostics) ?? throw new ParseAbortException();
        var message = new List<Token>();
        if (reader.Accept(","))
        {
            while (Current.Kind == TokenKind.StringLiteral)
            {
                message.Add(reader.Next());
            }
        }

        Expect(")", $"to close '{keyword.Text}'");
        Expect(";", $"after '{keyword.Text}'");
        if (ConstantEvaluator.TryEvaluate(expression, constants, diagnostics, out var value) && value.IsZero)
        {
            var text = message.Count == 0 ? string.Empty : ": " + TokenText.Join(message);
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.BadExpression, $"static assertion failed{text}", keyword.Location));
        }
    }
}
