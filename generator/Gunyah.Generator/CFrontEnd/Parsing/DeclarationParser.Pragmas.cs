using System.Globalization;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>
/// <c>_Pragma("pack(...)")</c> between declarations: GCC's <c>#pragma pack</c> in operator form, the way a
/// preprocessor can hand a pragma on to the parser. The state in force at a record's closing brace caps the
/// alignment of its members. Every other pragma is ignored.
/// </summary>
internal sealed partial class DeclarationParser
{
    private readonly Stack<int?> packStack = new();

    /// <summary>The <c>#pragma pack</c> value in force, in bytes; null when packing is off.</summary>
    private int? packLimit;

    /// <summary>Consumes any <c>_Pragma("...")</c> operators at the reader.</summary>
    private void ParsePragmas()
    {
        while (Current.Is("_Pragma"))
        {
            var keyword = reader.Next();
            Expect("(", "after '_Pragma'");
            var literal = reader.Next();
            if (literal.Kind != TokenKind.StringLiteral)
            {
                throw Error(DiagnosticIds.SyntaxError, $"expected a string literal in '_Pragma', found {Describe(literal)}", literal.Location);
            }

            Expect(")", "to close '_Pragma'");
            ApplyPragma(Unquote(literal.Text), keyword.Location);
        }
    }

    private void ApplyPragma(string text, LocationInfo location)
    {
        text = text.Trim();
        if (!text.StartsWith("pack", StringComparison.Ordinal))
        {
            return;
        }

        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open || text.Substring(4, open - 4).Trim().Length != 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"malformed '#pragma {text}'", location));
            return;
        }

        var arguments = text.Substring(open + 1, close - open - 1)
            .Split(',')
            .Select(a => a.Trim())
            .Where(a => a.Length > 0)
            .ToList();
        if (arguments.Count == 0)
        {
            packLimit = null; // pack(): back to the default
            return;
        }

        switch (arguments[0])
        {
            case "push":
                packStack.Push(packLimit);
                break;
            case "pop":
                packLimit = packStack.Count > 0 ? packStack.Pop() : null;
                return;
            case "show":
                return;
        }

        // pack(n), pack(push, n) and pack(push, label, n): the value is the last argument when it is a number.
        var value = arguments[arguments.Count - 1];
        if (value == "push" || (!char.IsDigit(value[0]) && arguments[0] == "push"))
        {
            return;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is not (1 or 2 or 4 or 8 or 16))
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.BadExpression, $"'#pragma {text}': alignment must be 1, 2, 4, 8 or 16", location));
            return;
        }

        packLimit = limit;
    }

    /// <summary>The text of a string literal: quotes removed, <c>\"</c> and <c>\\</c> unescaped (all _Pragma destringizes).</summary>
    private static string Unquote(string literal)
    {
        var start = literal.IndexOf('"');
        var body = start >= 0 && literal.Length >= start + 2 ? literal.Substring(start + 1, literal.Length - start - 2) : literal;
        return body.Replace("\\\"", "\"").Replace("\\\\", "\\");
    }
}
