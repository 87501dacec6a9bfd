using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Parses C constant expressions from tokens (precedence climbing).</summary>
public static class ExpressionParser
{
    /// <summary>
    /// Parses a conditional-expression (a comma-expression when <paramref name="allowComma"/>) at the reader's
    /// position and leaves the reader after it. Returns null after adding a diagnostic on malformed input.
    /// <paramref name="typeNames"/> is null where no type names can occur (<c>#if</c>).
    /// </summary>
    public static Expr? Parse(TokenReader reader, ITypeNameParser? typeNames, ICollection<DiagnosticInfo> diagnostics, bool allowComma = false)
        => throw new NotImplementedException("contract placeholder: implemented by the expressions work item");
}
