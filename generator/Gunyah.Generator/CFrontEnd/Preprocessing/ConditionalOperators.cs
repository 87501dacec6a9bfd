using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// The operators of <c>#if</c>: <c>defined X</c>, <c>defined(X)</c>, <c>__has_include(...)</c>, and the
/// <c>__has_attribute</c> family (always 0 here: no compiler features are promised).
/// </summary>
internal sealed class ConditionalOperators : IExpansionOperators
{
    private static readonly HashSet<string> FeatureQueries = new(StringComparer.Ordinal)
    {
        "__has_attribute", "__has_builtin", "__has_feature", "__has_extension", "__has_cpp_attribute",
        "__has_c_attribute", "__has_declspec_attribute", "__has_warning",
    };

    private readonly MacroTable macros;
    private readonly Func<string, bool, bool, bool> hasInclude;
    private readonly ICollection<DiagnosticInfo> diagnostics;

    /// <summary><paramref name="hasInclude"/>: (name, quoted, next) → whether the header can be included.</summary>
    public ConditionalOperators(MacroTable macros, Func<string, bool, bool, bool> hasInclude, ICollection<DiagnosticInfo> diagnostics)
    {
        this.macros = macros;
        this.hasInclude = hasInclude;
        this.diagnostics = diagnostics;
    }

    /// <summary>Names that <c>defined</c> and <c>#ifdef</c> treat as defined although they are not macros.</summary>
    public static bool IsOperatorName(string name) => FeatureQueries.Contains(name) || name is "__has_include" or "__has_include_next";

    public bool TryExpand(PPToken name, MacroExpander expander, out IReadOnlyList<Token> replacement)
    {
        bool? value = name.Text switch
        {
            "defined" => Defined(name, expander),
            "__has_include" => HasInclude(name, expander, next: false),
            "__has_include_next" => HasInclude(name, expander, next: true),
            _ when FeatureQueries.Contains(name.Text) => SkipParenthesized(name, expander) && false,
            _ => null,
        };
        replacement = value == null
            ? Array.Empty<Token>()
            : new[] { new Token(TokenKind.Number, value.Value ? "1" : "0", name.Token.Location, name.Token.HasLeadingSpace, false, null) };
        return value != null;
    }

    private bool Defined(PPToken name, MacroExpander expander)
    {
        if (!expander.TryReadUnexpanded(true, out var token))
        {
            return Error(name, "operator 'defined' requires an identifier");
        }

        var parenthesized = token.Is("(");
        if (parenthesized && !expander.TryReadUnexpanded(true, out token))
        {
            return Error(name, "operator 'defined' requires an identifier");
        }

        if (token.Token.Kind != TokenKind.Identifier)
        {
            return Error(token, "operator 'defined' requires an identifier");
        }

        var defined = macros.IsDefined(token.Text) || IsOperatorName(token.Text);
        if (parenthesized && (!expander.TryReadUnexpanded(true, out var close) || !close.Is(")")))
        {
            return Error(token, "missing ')' after 'defined'");
        }

        return defined;
    }

    private bool HasInclude(PPToken name, MacroExpander expander, bool next)
    {
        if (!expander.TryReadUnexpanded(true, out var open) || !open.Is("("))
        {
            return Error(name, $"missing '(' after '{name.Text}'");
        }

        var operand = new List<Token>();
        var depth = 0;
        while (expander.TryReadUnexpanded(true, out var token))
        {
            if (token.Is(")") && depth == 0)
            {
                return TryGetHeaderName(operand, out var header, out var quoted) && hasInclude(header, quoted, next);
            }

            depth += token.Is("(") ? 1 : token.Is(")") ? -1 : 0;
            operand.Add(token.Token);
        }

        return Error(name, $"missing ')' after '{name.Text}'");
    }

    /// <summary>Reads "name" or &lt;name&gt; from tokens (the lexer splits &lt;...&gt; into ordinary tokens).</summary>
    public static bool TryGetHeaderName(IReadOnlyList<Token> tokens, out string name, out bool quoted)
    {
        name = string.Empty;
        quoted = false;
        if (tokens.Count >= 1 && tokens[0].Kind == TokenKind.StringLiteral && tokens[0].Text.StartsWith("\"", StringComparison.Ordinal))
        {
            quoted = true;
            name = tokens[0].Text.Substring(1, Math.Max(0, tokens[0].Text.Length - 2));
            return name.Length > 0;
        }

        if (tokens.Count >= 3 && tokens[0].Is("<"))
        {
            var close = -1;
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Is(">"))
                {
                    close = i;
                    break;
                }
            }

            if (close > 1)
            {
                var inner = tokens.Skip(1).Take(close - 1).ToList();
                inner[0] = inner[0] with { HasLeadingSpace = false };
                name = TokenSpelling.Join(inner);
                return true;
            }
        }

        return false;
    }

    private bool SkipParenthesized(PPToken name, MacroExpander expander)
    {
        if (!expander.TryReadUnexpanded(true, out var open) || !open.Is("("))
        {
            return Error(name, $"missing '(' after '{name.Text}'");
        }

        var depth = 0;
        while (expander.TryReadUnexpanded(true, out var token))
        {
            if (token.Is(")") && depth-- == 0)
            {
                return true;
            }

            depth += token.Is("(") ? 1 : 0;
        }

        return Error(name, $"missing ')' after '{name.Text}'");
    }

    private bool Error(PPToken at, string message)
    {
        diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, message, at.Token.Location));
        return false;
    }
}
