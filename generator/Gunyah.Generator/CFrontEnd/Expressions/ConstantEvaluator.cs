using System.Globalization;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Evaluates constant expressions with C's integer promotions and usual arithmetic conversions (LP64).</summary>
public static class ConstantEvaluator
{
    /// <summary>False after adding a diagnostic (unknown identifier, division by zero, non-integer operand...).</summary>
    public static bool TryEvaluate(Expr expression, IConstantContext context, ICollection<DiagnosticInfo> diagnostics, out CValue value)
        => new Walker(context, diagnostics).TryEval(expression, out value);

    private sealed class Walker
    {
        private readonly IConstantContext context;
        private readonly ICollection<DiagnosticInfo> diagnostics;

        /// <summary>
        /// Above zero inside an operand C does not evaluate (the unselected arm of ?:). Errors there are not
        /// reported: the arm only contributes its type, and a failed operation yields 0 of the type it would have.
        /// </summary>
        private int unevaluated;

        public Walker(IConstantContext context, ICollection<DiagnosticInfo> diagnostics)
        {
            this.context = context;
            this.diagnostics = diagnostics;
        }

        public bool TryEval(Expr expression, out CValue value)
        {
            switch (expression)
            {
                case IntegerLiteralExpr literal:
                    value = literal.Value;
                    return true;
                case IdentifierExpr identifier:
                    return EvalIdentifier(identifier, out value);
                case UnaryExpr unary:
                    return EvalUnary(unary, out value);
                case BinaryExpr binary:
                    return EvalBinary(binary, out value);
                case ConditionalExpr conditional:
                    return EvalConditional(conditional, out value);
                case CastExpr cast:
                    return EvalCast(cast, out value);
                case SizeofTypeExpr size:
                    return EvalTypeFact(size.Type, size.Location, alignment: false, out value);
                case AlignofTypeExpr align:
                    return EvalTypeFact(align.Type, align.Location, alignment: true, out value);
                case OffsetofExpr offsetof:
                    return EvalOffsetof(offsetof, out value);
                case StringLiteralExpr:
                    value = CValue.FromInt(0);
                    return Fail(DiagnosticIds.BadExpression, expression.Location, "a string literal is not an integer constant");
                default:
                    value = CValue.FromInt(0);
                    return Fail(DiagnosticIds.UnsupportedConstruct, expression.Location, "unsupported expression");
            }
        }

        private bool EvalIdentifier(IdentifierExpr identifier, out CValue value)
        {
            if (context.TryResolveIdentifier(identifier.Name, out value))
            {
                if (IntegerConversions.IsSupportedInteger(value.Type))
                {
                    value = IntegerConversions.Convert(value, value.Type);
                    return true;
                }

                value = CValue.FromInt(0);
                return Fail(DiagnosticIds.BadExpression, identifier.Location, $"'{identifier.Name}' does not have an integer value");
            }

            value = CValue.FromInt(0);
            return Fail(DiagnosticIds.UnknownIdentifier, identifier.Location, $"'{identifier.Name}' is not a macro, enumerator or constant");
        }

        private bool EvalUnary(UnaryExpr unary, out CValue value)
        {
            if (!TryEval(unary.Operand, out var operand))
            {
                value = default;
                return false;
            }

            var type = IntegerConversions.Promote(operand.Type);
            value = unary.Operator switch
            {
                UnaryOperator.Plus => IntegerConversions.Make(operand.Bits, type),
                UnaryOperator.Negate => IntegerConversions.Make(unchecked(0UL - operand.Bits), type),
                UnaryOperator.BitwiseNot => IntegerConversions.Make(~operand.Bits, type),
                _ => CValue.FromInt(operand.IsZero ? 1 : 0),
            };
            return true;
        }

        private bool EvalBinary(BinaryExpr binary, out CValue value)
        {
            value = default;
            switch (binary.Operator)
            {
                case BinaryOperator.LogicalAnd:
                case BinaryOperator.LogicalOr:
                    return EvalLogical(binary, out value);
                case BinaryOperator.Comma:
                    return TryEval(binary.Left, out _) & TryEval(binary.Right, out value);
            }

            if (!(TryEval(binary.Left, out var left) & TryEval(binary.Right, out var right)))
            {
                return false;
            }

            if (binary.Operator is BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight)
            {
                return EvalShift(binary, left, right, out value);
            }

            var type = IntegerConversions.CommonType(left.Type, right.Type);
            var a = IntegerConversions.Normalize(left.Bits, type);
            var b = IntegerConversions.Normalize(right.Bits, type);
            var signed = IntegerConversions.IsSigned(type);
            switch (binary.Operator)
            {
                case BinaryOperator.Multiply:
                    value = IntegerConversions.Make(unchecked(a * b), type);
                    return true;
                case BinaryOperator.Divide:
                case BinaryOperator.Remainder:
                    value = new CValue(0, type);
                    if (b == 0)
                    {
                        return Fail(DiagnosticIds.BadExpression, binary.Location, binary.Operator == BinaryOperator.Divide ? "division by zero" : "remainder by zero");
                    }

                    value = IntegerConversions.Make(Divide(a, b, signed, binary.Operator == BinaryOperator.Remainder), type);
                    return true;
                case BinaryOperator.Add:
                    value = IntegerConversions.Make(unchecked(a + b), type);
                    return true;
                case BinaryOperator.Subtract:
                    value = IntegerConversions.Make(unchecked(a - b), type);
                    return true;
                case BinaryOperator.BitwiseAnd:
                    value = IntegerConversions.Make(a & b, type);
                    return true;
                case BinaryOperator.BitwiseXor:
                    value = IntegerConversions.Make(a ^ b, type);
                    return true;
                case BinaryOperator.BitwiseOr:
                    value = IntegerConversions.Make(a | b, type);
                    return true;
            }

            // Relational and equality operators compare in the common type and yield int.
            var order = signed ? unchecked((long)a).CompareTo(unchecked((long)b)) : a.CompareTo(b);
            var result = binary.Operator switch
            {
                BinaryOperator.Less => order < 0,
                BinaryOperator.Greater => order > 0,
                BinaryOperator.LessOrEqual => order <= 0,
                BinaryOperator.GreaterOrEqual => order >= 0,
                BinaryOperator.Equal => order == 0,
                _ => order != 0,
            };
            value = CValue.FromInt(result ? 1 : 0);
            return true;
        }

        private static ulong Divide(ulong a, ulong b, bool signed, bool remainder)
        {
            if (!signed)
            {
                return remainder ? a % b : a / b;
            }

            var x = unchecked((long)a);
            var y = unchecked((long)b);
            if (y == -1)
            {
                // long.MinValue / -1 traps in .NET; C wraps it (gcc folds it with an overflow warning).
                return remainder ? 0 : unchecked((ulong)(0 - x));
            }

            return unchecked((ulong)(remainder ? x % y : x / y));
        }

        private bool EvalShift(BinaryExpr binary, CValue left, CValue right, out CValue value)
        {
            // Each operand is promoted on its own; the result has the left operand's type.
            var type = IntegerConversions.Promote(left.Type);
            var width = IntegerConversions.Width(type);
            value = new CValue(0, type);
            if (right.IsSigned && right.AsInt64 < 0)
            {
                return Fail(DiagnosticIds.BadExpression, binary.Location, $"shift count {right.AsInt64.ToString(CultureInfo.InvariantCulture)} is negative");
            }

            if (right.Bits >= (ulong)width)
            {
                return Fail(DiagnosticIds.BadExpression, binary.Location, $"shift count {right.Bits.ToString(CultureInfo.InvariantCulture)} is not less than the width of the type ({width.ToString(CultureInfo.InvariantCulture)} bits)");
            }

            var count = (int)right.Bits;
            var bits = IntegerConversions.Normalize(left.Bits, type);
            if (binary.Operator == BinaryOperator.ShiftLeft)
            {
                value = IntegerConversions.Make(bits << count, type);
            }
            else
            {
                // Right shift of a negative value is arithmetic, as gcc does.
                value = IntegerConversions.Make(IntegerConversions.IsSigned(type) ? unchecked((ulong)(unchecked((long)bits) >> count)) : bits >> count, type);
            }

            return true;
        }

        private bool EvalLogical(BinaryExpr binary, out CValue value)
        {
            value = CValue.FromInt(0);
            if (!TryEval(binary.Left, out var left))
            {
                return false;
            }

            var isAnd = binary.Operator == BinaryOperator.LogicalAnd;
            if (isAnd ? left.IsZero : !left.IsZero)
            {
                // Short-circuit: C does not evaluate the right operand, so it need not be constant.
                value = CValue.FromInt(isAnd ? 0 : 1);
                return true;
            }

            if (!TryEval(binary.Right, out var right))
            {
                return false;
            }

            value = CValue.FromInt(right.IsZero ? 0 : 1);
            return true;
        }

        private bool EvalConditional(ConditionalExpr conditional, out CValue value)
        {
            value = default;
            if (!TryEval(conditional.Condition, out var condition))
            {
                return false;
            }

            var (taken, skipped) = condition.IsZero
                ? (conditional.WhenFalse, conditional.WhenTrue)
                : (conditional.WhenTrue, conditional.WhenFalse);
            if (!TryEval(taken, out var result))
            {
                return false;
            }

            // The other arm is not evaluated but still takes part in the result type.
            unevaluated++;
            TryEval(skipped, out var other);
            unevaluated--;

            var otherType = IntegerConversions.IsSupportedInteger(other.Type) ? other.Type : result.Type;
            value = IntegerConversions.Convert(result, IntegerConversions.CommonType(result.Type, otherType));
            return true;
        }

        private bool EvalCast(CastExpr cast, out CValue value)
        {
            value = CValue.FromInt(0);
            if (!TryEval(cast.Operand, out var operand))
            {
                return false;
            }

            if (!context.TryGetTypeFacts(cast.Type, out var facts, out var error))
            {
                return Fail(error ?? new DiagnosticInfo(DiagnosticIds.UnknownType, $"unknown type '{cast.Type.Spelling}'", cast.Type.Location));
            }

            if (facts.IntegerKind is not { } kind || !IntegerConversions.IsSupportedInteger(kind))
            {
                return Fail(DiagnosticIds.BadExpression, cast.Location, $"cast to '{cast.Type.Spelling}' does not yield an integer constant");
            }

            value = IntegerConversions.Convert(operand, kind);
            return true;
        }

        private bool EvalTypeFact(CTypeSyntax type, LocationInfo location, bool alignment, out CValue value)
        {
            // sizeof and _Alignof yield size_t: unsigned long on LP64.
            value = new CValue(0, PrimitiveKind.ULong);
            if (!context.TryGetTypeFacts(type, out var facts, out var error))
            {
                return Fail(error ?? new DiagnosticInfo(DiagnosticIds.UnknownType, $"unknown type '{type.Spelling}'", location));
            }

            value = new CValue(alignment ? facts.Alignment : facts.Size, PrimitiveKind.ULong);
            return true;
        }

        private bool EvalOffsetof(OffsetofExpr offsetof, out CValue value)
        {
            value = new CValue(0, PrimitiveKind.ULong);
            if (!context.TryGetMemberOffset(offsetof.Type, offsetof.MemberPath, out var offset, out var error))
            {
                return Fail(error ?? new DiagnosticInfo(DiagnosticIds.BadExpression, $"no member '{offsetof.MemberPath}' in '{offsetof.Type.Spelling}'", offsetof.Location));
            }

            value = new CValue(offset, PrimitiveKind.ULong);
            return true;
        }

        private bool Fail(string id, LocationInfo location, string message) => Fail(new DiagnosticInfo(id, message, location));

        /// <summary>Reports an error; inside an unevaluated operand it is dropped and evaluation goes on.</summary>
        private bool Fail(DiagnosticInfo diagnostic)
        {
            if (unevaluated > 0)
            {
                return true;
            }

            diagnostics.Add(diagnostic);
            return false;
        }
    }
}
