using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Evaluates constant expressions with C's integer promotions and usual arithmetic conversions (LP64).</summary>
public static class ConstantEvaluator
{
    /// <summary>False after adding a diagnostic (unknown identifier, division by zero, non-integer operand...).</summary>
    public static bool TryEvaluate(Expr expression, IConstantContext context, ICollection<DiagnosticInfo> diagnostics, out CValue value)
        => throw new NotImplementedException("contract placeholder: implemented by the expressions work item");
}
