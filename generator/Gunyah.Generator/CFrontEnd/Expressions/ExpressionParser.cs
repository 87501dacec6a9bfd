using System.Text;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>Parses C constant expressions from tokens (precedence climbing).</summary>
public static class ExpressionParser
{
    /// <summary>Bounds recursion (nesting and tree height) so hostile input cannot overflow the stack.</summary>
    internal const int MaxNesting = 400;

    /// <summary>
    /// Parses a conditional-expression (a comma-expression when <paramref name="allowComma"/>) at the reader's
    /// position and leaves the reader after it. Returns null after adding a diagnostic on malformed input.
    /// <paramref name="typeNames"/> is null where no type names can occur (<c>#if</c>).
    /// </summary>
    public static Expr? Parse(TokenReader reader, ITypeNameParser? typeNames, ICollection<DiagnosticInfo> diagnostics, bool allowComma = false)
    {
        var parser = new Parser(reader, typeNames, diagnostics);
        return allowComma ? parser.ParseComma(out _) : parser.ParseConditional(out _);
    }

    private sealed class Parser
    {
        private readonly TokenReader reader;
        private readonly ITypeNameParser? typeNames;
        private readonly ICollection<DiagnosticInfo> diagnostics;
        private int nesting;

        public Parser(TokenReader reader, ITypeNameParser? typeNames, ICollection<DiagnosticInfo> diagnostics)
        {
            this.reader = reader;
            this.typeNames = typeNames;
            this.diagnostics = diagnostics;
        }

        public Expr? ParseComma(out int height)
        {
            var left = ParseConditional(out height);
            while (left != null && reader.Current.Is(","))
            {
                var op = reader.Next();
                var right = ParseConditional(out var rightHeight);
                left = right == null ? null : Combine(new BinaryExpr(BinaryOperator.Comma, left, right, op.Location), ref height, rightHeight);
            }

            return left;
        }

        public Expr? ParseConditional(out int height)
        {
            height = 0;
            if (!Enter())
            {
                return null;
            }

            try
            {
                var condition = ParseBinary(1, out height);
                if (condition == null || !reader.Current.Is("?"))
                {
                    return condition;
                }

                var question = reader.Next();
                var whenTrue = ParseComma(out var trueHeight);
                if (whenTrue == null || !Expect(":"))
                {
                    return null;
                }

                var whenFalse = ParseConditional(out var falseHeight);
                return whenFalse == null
                    ? null
                    : Combine(new ConditionalExpr(condition, whenTrue, whenFalse, question.Location), ref height, Math.Max(trueHeight, falseHeight));
            }
            finally
            {
                nesting--;
            }
        }

        private Expr? ParseBinary(int minPrecedence, out int height)
        {
            var left = ParseUnary(out height);
            while (left != null && BinaryPrecedence.TryGet(reader.Current, out var op, out var precedence) && precedence >= minPrecedence)
            {
                var opToken = reader.Next();
                var right = ParseBinary(precedence + 1, out var rightHeight);
                left = right == null ? null : Combine(new BinaryExpr(op, left, right, opToken.Location), ref height, rightHeight);
            }

            return left;
        }

        /// <summary>unary-expression and cast-expression.</summary>
        private Expr? ParseUnary(out int height)
        {
            height = 0;
            if (!Enter())
            {
                return null;
            }

            try
            {
                var token = reader.Current;
                if (token.Kind == TokenKind.Punctuator)
                {
                    var unary = token.Text switch
                    {
                        "+" => UnaryOperator.Plus,
                        "-" => UnaryOperator.Negate,
                        "~" => UnaryOperator.BitwiseNot,
                        "!" => UnaryOperator.LogicalNot,
                        _ => (UnaryOperator?)null,
                    };
                    if (unary != null)
                    {
                        reader.Next();
                        var operand = ParseUnary(out height);
                        return operand == null ? null : Combine(new UnaryExpr(unary.Value, operand, token.Location), ref height, 0);
                    }

                    if (token.Text == "(" && StartsTypeNameAfterParen())
                    {
                        return ParseCast(out height);
                    }

                    if (token.Text is "&" or "*" or "++" or "--")
                    {
                        return Unsupported(token, $"operator '{token.Text}' is not supported in a constant expression");
                    }
                }
                else if (token.Kind == TokenKind.Identifier)
                {
                    switch (token.Text)
                    {
                        case "sizeof":
                            return ParseSizeof(out height);
                        case "_Alignof" or "__alignof__" or "__alignof" or "alignof":
                            return ParseAlignof(out height);
                        case "__builtin_offsetof" or "offsetof" when reader.Peek(1).Is("("):
                            return ParseOffsetof(out height);
                        case "__extension__":
                            reader.Next();
                            return ParseUnary(out height);
                    }
                }

                return ParsePostfix(out height);
            }
            finally
            {
                nesting--;
            }
        }

        private bool StartsTypeNameAfterParen()
        {
            if (typeNames == null)
            {
                return false;
            }

            var start = reader.Position;
            reader.Next();
            var starts = typeNames.StartsTypeName(reader);
            reader.Position = start;
            return starts;
        }

        private Expr? ParseCast(out int height)
        {
            height = 0;
            var open = reader.Next();
            var type = typeNames!.ParseTypeName(reader);
            if (type == null || !Expect(")"))
            {
                return null;
            }

            if (reader.Current.Is("{"))
            {
                return Unsupported(reader.Current, "compound literals are not supported in a constant expression");
            }

            var operand = ParseUnary(out height);
            return operand == null ? null : Combine(new CastExpr(type, operand, open.Location), ref height, 0);
        }

        private Expr? ParseSizeof(out int height)
        {
            height = 1;
            var keyword = reader.Next();
            if (reader.Current.Is("(") && StartsTypeNameAfterParen())
            {
                reader.Next();
                var type = typeNames!.ParseTypeName(reader);
                return type != null && Expect(")") ? new SizeofTypeExpr(type, keyword.Location) : null;
            }

            return Unsupported(keyword, "sizeof is only supported on a parenthesized type name");
        }

        private Expr? ParseAlignof(out int height)
        {
            height = 1;
            var keyword = reader.Next();
            if (!Expect("("))
            {
                return null;
            }

            if (typeNames == null || !typeNames.StartsTypeName(reader))
            {
                return Unsupported(keyword, $"{keyword.Text} is only supported on a type name");
            }

            var type = typeNames.ParseTypeName(reader);
            return type != null && Expect(")") ? new AlignofTypeExpr(type, keyword.Location) : null;
        }

        /// <summary><c>__builtin_offsetof(type, member-designator)</c>; the designator is kept as its spelling.</summary>
        private Expr? ParseOffsetof(out int height)
        {
            height = 1;
            var keyword = reader.Next();
            reader.Next();
            if (typeNames == null || !typeNames.StartsTypeName(reader))
            {
                return Unsupported(keyword, $"{keyword.Text} needs a type name");
            }

            var type = typeNames.ParseTypeName(reader);
            if (type == null || !Expect(","))
            {
                return null;
            }

            var path = new StringBuilder();
            var depth = 0;
            while (!reader.AtEnd && (depth > 0 || !reader.Current.Is(")")))
            {
                var token = reader.Next();
                depth += token.Is("[") ? 1 : token.Is("]") ? -1 : 0;
                path.Append(token.Text);
            }

            if (path.Length == 0 || !char.IsLetter(path[0]) && path[0] != '_')
            {
                return Error(DiagnosticIds.SyntaxError, reader.Current, $"expected a member designator in {keyword.Text}");
            }

            return Expect(")") ? new OffsetofExpr(type, path.ToString(), keyword.Location) : null;
        }

        private Expr? ParsePostfix(out int height)
        {
            height = 1;
            var primary = ParsePrimary(ref height);
            if (primary == null)
            {
                return null;
            }

            var next = reader.Current;
            if (next.Kind == TokenKind.Punctuator && next.Text is "(" or "[" or "." or "->" or "++" or "--")
            {
                if (next.Text == "(")
                {
                    // Only a name can be called; after anything else '(' is left for the caller to reject.
                    return primary is IdentifierExpr call ? Unsupported(next, $"call of '{call.Name}' is not a constant expression") : primary;
                }

                return Unsupported(next, $"operator '{next.Text}' is not supported in a constant expression");
            }

            return primary;
        }

        private Expr? ParsePrimary(ref int height)
        {
            var token = reader.Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    reader.Next();
                    if (IntegerLiteralDecoder.TryDecode(token.Text, out var number, out var id, out var message))
                    {
                        return new IntegerLiteralExpr(number, token.Location);
                    }

                    return Error(id, token, message);
                case TokenKind.CharLiteral:
                    reader.Next();
                    return CharacterLiteralDecoder.TryDecodeChar(token.Text, out var character, out var charMessage)
                        ? new IntegerLiteralExpr(character, token.Location)
                        : Error(DiagnosticIds.SyntaxError, token, charMessage);
                case TokenKind.StringLiteral:
                    return ParseStrings();
                case TokenKind.Identifier:
                    reader.Next();
                    return new IdentifierExpr(token.Text, token.Location);
            }

            if (token.Is("("))
            {
                reader.Next();
                var inner = ParseComma(out height);
                return inner != null && Expect(")") ? inner : null;
            }

            var found = token.Kind == TokenKind.EndOfFile || token.Kind == TokenKind.EndOfLine ? "end of input" : $"'{token.Text}'";
            return Error(DiagnosticIds.SyntaxError, token, $"expected an expression but found {found}");
        }

        /// <summary>Adjacent string literals are one literal (translation phase 6).</summary>
        private Expr? ParseStrings()
        {
            var first = reader.Current;
            var text = new StringBuilder();
            while (reader.Current.Kind == TokenKind.StringLiteral)
            {
                var token = reader.Next();
                if (!CharacterLiteralDecoder.TryDecodeString(token.Text, out var part, out var message))
                {
                    return Error(DiagnosticIds.SyntaxError, token, message);
                }

                text.Append(part);
            }

            return new StringLiteralExpr(text.ToString(), first.Location);
        }

        private Expr? Combine(Expr node, ref int height, int otherHeight)
        {
            height = Math.Max(height, otherHeight) + 1;
            return height > MaxNesting
                ? Error(DiagnosticIds.BadExpression, node.Location, "expression is too deeply nested")
                : node;
        }

        private bool Enter()
        {
            if (++nesting <= MaxNesting)
            {
                return true;
            }

            nesting--;
            Error(DiagnosticIds.BadExpression, reader.Current, "expression is too deeply nested");
            return false;
        }

        private bool Expect(string punctuator)
        {
            if (reader.Accept(punctuator))
            {
                return true;
            }

            var token = reader.Current;
            var found = token.Kind == TokenKind.EndOfFile || token.Kind == TokenKind.EndOfLine ? "end of input" : $"'{token.Text}'";
            Error(DiagnosticIds.SyntaxError, token, $"expected '{punctuator}' but found {found}");
            return false;
        }

        private Expr? Unsupported(Token token, string message) => Error(DiagnosticIds.UnsupportedConstruct, token, message);

        private Expr? Error(string id, Token token, string message) => Error(id, token.Location, message);

        private Expr? Error(string id, LocationInfo location, string message)
        {
            diagnostics.Add(new DiagnosticInfo(id, message, location));
            return null;
        }
    }
}
