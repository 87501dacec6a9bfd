using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Parses the rest of a <c>#define</c> line. A variadic macro's last parameter is <c>__VA_ARGS__</c> for
/// <c>...</c>, or the given name for GNU's <c>args...</c>.
/// </summary>
internal static class MacroDefinitionParser
{
    public const string VariadicName = "__VA_ARGS__";

    /// <summary>
    /// <paramref name="line"/> holds the tokens after <c>define</c>; <paramref name="hash"/> is the directive's '#',
    /// whose leading comment (else a comment trailing the line) documents the macro. Null after a MacroError.
    /// </summary>
    public static MacroDefinition? Parse(Token hash, Token directive, IReadOnlyList<Token> line, bool isFromRootHeader, ICollection<DiagnosticInfo> diagnostics)
    {
        if (line.Count == 0 || line[0].Kind != TokenKind.Identifier)
        {
            var at = line.Count > 0 ? line[0].Location : directive.Location;
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.MacroError, "macro names must be identifiers", at));
            return null;
        }

        var name = line[0];
        if (name.Text == "defined")
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.MacroError, "'defined' cannot be used as a macro name", name.Location));
            return null;
        }

        var position = 1;
        var parameters = new List<string>();
        var isVariadic = false;
        var isFunctionLike = line.Count > 1 && line[1].Is("(") && !line[1].HasLeadingSpace;
        if (isFunctionLike && !TryParseParameters(line, ref position, parameters, out isVariadic, diagnostics))
        {
            return null;
        }

        var body = line.Skip(position).ToList();
        if (!Validate(name, body, isFunctionLike, parameters, diagnostics))
        {
            return null;
        }

        var doc = hash.LeadingComment ?? line[line.Count - 1].TrailingComment;
        return new MacroDefinition(name.Text, isFunctionLike, parameters, isVariadic, body, name.Location, isFromRootHeader, doc);
    }

    /// <summary>True when two definitions are the same (C11 6.10.3p2), so redefining is not a change.</summary>
    public static bool AreIdentical(MacroDefinition a, MacroDefinition b)
    {
        if (a.IsFunctionLike != b.IsFunctionLike || a.IsVariadic != b.IsVariadic
            || !a.Parameters.SequenceEqual(b.Parameters, StringComparer.Ordinal) || a.Body.Count != b.Body.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Body.Count; i++)
        {
            if (a.Body[i].Text != b.Body[i].Text || (i > 0 && a.Body[i].HasLeadingSpace != b.Body[i].HasLeadingSpace))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseParameters(IReadOnlyList<Token> line, ref int position, List<string> parameters, out bool isVariadic, ICollection<DiagnosticInfo> diagnostics)
    {
        isVariadic = false;
        position = 2;
        if (position < line.Count && line[position].Is(")"))
        {
            position++;
            return true;
        }

        while (true)
        {
            var token = position < line.Count ? line[position] : line[line.Count - 1];
            if (position >= line.Count)
            {
                return Fail(diagnostics, token, "missing ')' in macro parameter list");
            }

            if (token.Is("..."))
            {
                isVariadic = true;
                parameters.Add(VariadicName);
                position++;
            }
            else if (token.Kind == TokenKind.Identifier)
            {
                if (parameters.Contains(token.Text))
                {
                    return Fail(diagnostics, token, $"duplicate macro parameter '{token.Text}'");
                }

                parameters.Add(token.Text);
                position++;
                if (position < line.Count && line[position].Is("..."))
                {
                    isVariadic = true;
                    position++;
                }
            }
            else
            {
                return Fail(diagnostics, token, $"expected a parameter name but found '{token.Text}'");
            }

            if (position < line.Count && line[position].Is(")"))
            {
                position++;
                return true;
            }

            if (isVariadic || position >= line.Count || !line[position].Is(","))
            {
                var at = position < line.Count ? line[position] : line[line.Count - 1];
                return Fail(diagnostics, at, "expected ',' or ')' in macro parameter list");
            }

            position++;
        }
    }

    private static bool Validate(Token name, List<Token> body, bool isFunctionLike, List<string> parameters, ICollection<DiagnosticInfo> diagnostics)
    {
        if (body.Count > 0 && (body[0].Is("##") || body[body.Count - 1].Is("##")))
        {
            var at = body[0].Is("##") ? body[0] : body[body.Count - 1];
            return Fail(diagnostics, at, $"'##' cannot appear at either end of the definition of '{name.Text}'");
        }

        if (!isFunctionLike)
        {
            return true;
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Is("#") && (i + 1 >= body.Count || body[i + 1].Kind != TokenKind.Identifier || !parameters.Contains(body[i + 1].Text)))
            {
                return Fail(diagnostics, body[i], $"'#' is not followed by a macro parameter in the definition of '{name.Text}'");
            }
        }

        return true;
    }

    private static bool Fail(ICollection<DiagnosticInfo> diagnostics, Token at, string message)
    {
        diagnostics.Add(new DiagnosticInfo(DiagnosticIds.MacroError, message, at.Location));
        return false;
    }
}
