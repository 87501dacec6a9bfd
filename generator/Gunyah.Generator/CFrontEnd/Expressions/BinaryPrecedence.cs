using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>C's binary operators and their precedence (higher binds tighter; all are left-associative).</summary>
internal static class BinaryPrecedence
{
    /// <summary>False for tokens that are not binary operators (the comma is handled by the parser itself).</summary>
    public static bool TryGet(Token token, out BinaryOperator op, out int precedence)
    {
        (op, precedence) = token.Kind != TokenKind.Punctuator ? (BinaryOperator.Comma, 0) : token.Text switch
        {
            "*" => (BinaryOperator.Multiply, 10),
            "/" => (BinaryOperator.Divide, 10),
            "%" => (BinaryOperator.Remainder, 10),
            "+" => (BinaryOperator.Add, 9),
            "-" => (BinaryOperator.Subtract, 9),
            "<<" => (BinaryOperator.ShiftLeft, 8),
            ">>" => (BinaryOperator.ShiftRight, 8),
            "<" => (BinaryOperator.Less, 7),
            ">" => (BinaryOperator.Greater, 7),
            "<=" => (BinaryOperator.LessOrEqual, 7),
            ">=" => (BinaryOperator.GreaterOrEqual, 7),
            "==" => (BinaryOperator.Equal, 6),
            "!=" => (BinaryOperator.NotEqual, 6),
            "&" => (BinaryOperator.BitwiseAnd, 5),
            "^" => (BinaryOperator.BitwiseXor, 4),
            "|" => (BinaryOperator.BitwiseOr, 3),
            "&&" => (BinaryOperator.LogicalAnd, 2),
            "||" => (BinaryOperator.LogicalOr, 1),
            _ => (BinaryOperator.Comma, 0),
        };
        return precedence > 0;
    }
}
