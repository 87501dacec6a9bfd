using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>Parses and evaluates a whole token list (a macro expansion or an argument) as one constant expression.</summary>
internal static class MacroExpressions
{
    public static bool TryParse(IReadOnlyList<Token> tokens, ITypeNameParser typeNames, ICollection<DiagnosticInfo> diagnostics, out Expr expression)
    {
        expression = null!;
        if (tokens.Count == 0)
        {
            return false;
        }

        var reader = new TokenReader(tokens);
        var parsed = ExpressionParser.Parse(reader, typeNames, diagnostics);
        if (parsed is null)
        {
            return false;
        }

        if (!reader.AtEnd)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.SyntaxError, $"unexpected '{reader.Current.Text}' after a constant expression", reader.Current.Location));
            return false;
        }

        expression = parsed;
        return true;
    }

    public static bool TryEvaluate(
        IReadOnlyList<Token> tokens, ITypeNameParser typeNames, IConstantContext context, ICollection<DiagnosticInfo> diagnostics, out Expr expression, out CValue value)
    {
        value = default;
        return TryParse(tokens, typeNames, diagnostics, out expression)
            && ConstantEvaluator.TryEvaluate(expression, context, diagnostics, out value);
    }

    /// <summary>The type-name of the first <c>sizeof(type)</c> in an expression, pre-order.</summary>
    public static CTypeSyntax? FindSizeofType(Expr expression) => expression switch
    {
        SizeofTypeExpr sizeofType => sizeofType.Type,
        UnaryExpr unary => FindSizeofType(unary.Operand),
        BinaryExpr binary => FindSizeofType(binary.Left) ?? FindSizeofType(binary.Right),
        ConditionalExpr conditional => FindSizeofType(conditional.Condition) ?? FindSizeofType(conditional.WhenTrue) ?? FindSizeofType(conditional.WhenFalse),
        CastExpr cast => FindSizeofType(cast.Operand),
        _ => null,
    };
}
