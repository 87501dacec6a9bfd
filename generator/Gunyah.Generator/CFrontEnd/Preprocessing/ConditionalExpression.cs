using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Evaluates the controlling expression of <c>#if</c>/<c>#elif</c> (C11 6.10.1): <c>defined</c> first, then macro
/// expansion, then every remaining identifier is 0, and arithmetic is done in intmax_t/uintmax_t.
/// </summary>
internal static class ConditionalExpression
{
    /// <summary>False (with a diagnostic) for a malformed expression, as if the condition were false.</summary>
    public static bool Evaluate(Token directive, IReadOnlyList<Token> line, ExpansionContext context, ICollection<DiagnosticInfo> diagnostics)
    {
        if (line.Count == 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"#{directive.Text} with no expression", directive.Location));
            return false;
        }

        var expanded = MacroExpander.ExpandAll(context, line.Select(PPToken.FromFile).ToList());
        var tokens = expanded
            .Select(t => t.Token.Kind == TokenKind.Identifier ? t.Token with { Kind = TokenKind.Number, Text = "0" } : t.Token)
            .ToList();
        var reader = new TokenReader(tokens);
        var expression = ExpressionParser.Parse(reader, null, diagnostics, allowComma: true);
        if (expression == null)
        {
            return false;
        }

        if (!reader.AtEnd)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"missing binary operator before token '{reader.Current.Text}' in #{directive.Text}", reader.Current.Location));
            return false;
        }

        return ConstantEvaluator.TryEvaluate(Widen(expression), ZeroContext.Instance, diagnostics, out var value) && !value.IsZero;
    }

    /// <summary>In #if every signed constant is intmax_t and every unsigned one uintmax_t (64 bits here).</summary>
    private static Expr Widen(Expr expression) => expression switch
    {
        IntegerLiteralExpr literal => literal with
        {
            Value = new CValue(literal.Value.Bits, literal.Value.IsSigned ? PrimitiveKind.Long : PrimitiveKind.ULong),
        },
        UnaryExpr unary => unary with { Operand = Widen(unary.Operand) },
        BinaryExpr binary => binary with { Left = Widen(binary.Left), Right = Widen(binary.Right) },
        ConditionalExpr conditional => conditional with
        {
            Condition = Widen(conditional.Condition),
            WhenTrue = Widen(conditional.WhenTrue),
            WhenFalse = Widen(conditional.WhenFalse),
        },
        _ => expression,
    };

    /// <summary>After replacement no identifiers remain; any that did would be 0, and types cannot occur.</summary>
    private sealed class ZeroContext : IConstantContext
    {
        public static readonly ZeroContext Instance = new();

        public bool TryResolveIdentifier(string name, out CValue value)
        {
            value = new CValue(0, PrimitiveKind.Long);
            return true;
        }

        public bool TryGetTypeFacts(CTypeSyntax type, out CTypeFacts facts, out DiagnosticInfo? error)
        {
            facts = default;
            error = new DiagnosticInfo(DiagnosticIds.BadExpression, "types cannot occur in #if", type.Location);
            return false;
        }

        public bool TryGetMemberOffset(CTypeSyntax type, string memberPath, out ulong offset, out DiagnosticInfo? error)
        {
            offset = 0;
            error = new DiagnosticInfo(DiagnosticIds.BadExpression, "offsetof cannot occur in #if", type.Location);
            return false;
        }
    }
}
