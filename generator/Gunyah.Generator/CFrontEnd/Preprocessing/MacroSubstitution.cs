using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Replaces one macro invocation by the macro's body (C11 6.10.3.1-3): parameters become their fully expanded
/// arguments, except as operands of <c>#</c> (stringized) or <c>##</c> (pasted unexpanded).
/// </summary>
internal sealed class MacroSubstitution
{
    private readonly MacroExpander expander;
    private readonly MacroDefinition definition;
    private readonly IReadOnlyList<List<PPToken>> arguments;
    private readonly PPToken invocation;
    private readonly List<PPToken>?[] expanded;

    public MacroSubstitution(MacroExpander expander, MacroDefinition definition, IReadOnlyList<List<PPToken>>? arguments, PPToken invocation)
    {
        this.expander = expander;
        this.definition = definition;
        this.arguments = arguments ?? Array.Empty<List<PPToken>>();
        this.invocation = invocation;
        expanded = new List<PPToken>?[this.arguments.Count];
    }

    public static List<PPToken> Substitute(MacroExpander expander, MacroDefinition definition, IReadOnlyList<List<PPToken>>? arguments, HideSet hideSet, PPToken invocation)
        => new MacroSubstitution(expander, definition, arguments, invocation).Run(hideSet);

    /// <summary>Argument <paramref name="index"/> fully macro-expanded on its own (computed once).</summary>
    public List<PPToken> Expanded(int index)
        => expanded[index] ??= expander.ExpandArgument(arguments[index], invocation.Token.Location);

    /// <summary>The substituted body, every token carrying <paramref name="hideSet"/> and the invocation's location.</summary>
    public List<PPToken> Run(HideSet hideSet)
    {
        var body = definition.Body;
        var output = new List<PPToken>(body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            var token = body[i];
            var next = i + 1 < body.Count ? body[i + 1] : null;
            var parameter = ParameterIndex(token);
            if (definition.IsFunctionLike && token.Is("#") && next != null && ParameterIndex(next) >= 0)
            {
                var text = TokenSpelling.Stringize(arguments[ParameterIndex(next)].Select(t => t.Token));
                output.Add(Fresh(new Token(TokenKind.StringLiteral, text, default, token.HasLeadingSpace, false, null)));
                i++;
            }
            else if (token.Is("##") && next != null)
            {
                i++;
                PasteOperand(output, next);
            }
            else if (parameter >= 0)
            {
                // A parameter next to ## is pasted as written; elsewhere it is replaced by its expansion.
                var pasted = next != null && next.Is("##");
                var replacement = pasted ? arguments[parameter] : Expanded(parameter);
                if (replacement.Count == 0)
                {
                    if (pasted)
                    {
                        output.Add(new PPToken(PPToken.Placemarker, HideSet.Empty));
                    }

                    continue;
                }

                var start = output.Count;
                output.AddRange(replacement.Select(t => Relocate(t)));
                output[start] = WithLeadingSpace(output[start], token.HasLeadingSpace);
            }
            else
            {
                output.Add(Fresh(token));
            }
        }

        var result = new List<PPToken>(output.Count);
        foreach (var token in output)
        {
            if (!token.IsPlacemarker)
            {
                result.Add(new PPToken(token.Token, token.HideSet.Union(hideSet)));
            }
        }

        return result;
    }

    /// <summary>Applies <c>##</c> between the output's last token and the operand that follows the operator.</summary>
    private void PasteOperand(List<PPToken> output, Token operand)
    {
        var parameter = ParameterIndex(operand);
        if (parameter < 0)
        {
            Paste(output, Fresh(operand), operand);
            return;
        }

        var argument = arguments[parameter];

        // GNU: in ", ## __VA_ARGS__" an empty variadic argument deletes the comma; otherwise nothing is pasted.
        var isVariadic = definition.IsVariadic && parameter == definition.Parameters.Count - 1;
        if (isVariadic && output.Count > 0 && output[output.Count - 1].Is(","))
        {
            if (argument.Count == 0)
            {
                output.RemoveAt(output.Count - 1);
            }
            else
            {
                output.AddRange(argument.Select(t => Relocate(t)));
            }

            return;
        }

        if (argument.Count == 0)
        {
            Paste(output, new PPToken(PPToken.Placemarker, HideSet.Empty), operand);
            return;
        }

        Paste(output, Relocate(argument[0]), operand);
        output.AddRange(argument.Skip(1).Select(t => Relocate(t)));
    }

    private void Paste(List<PPToken> output, PPToken right, Token site)
    {
        var left = output.Count > 0 ? output[output.Count - 1] : new PPToken(PPToken.Placemarker, HideSet.Empty);
        if (right.IsPlacemarker)
        {
            if (output.Count == 0)
            {
                output.Add(right);
            }

            return;
        }

        if (left.IsPlacemarker)
        {
            if (output.Count > 0)
            {
                output[output.Count - 1] = right;
            }
            else
            {
                output.Add(right);
            }

            return;
        }

        var text = left.Text + right.Text;
        if (Lexer.TryLexSingle(text, invocation.Token.Location.File, out var pasted))
        {
            var token = pasted! with { Location = invocation.Token.Location, HasLeadingSpace = left.Token.HasLeadingSpace, IsAtStartOfLine = false };
            output[output.Count - 1] = new PPToken(token, left.HideSet.Intersect(right.HideSet));
            return;
        }

        expander.Report(DiagnosticIds.MacroError, invocation.Token.Location, $"pasting \"{left.Text}\" and \"{right.Text}\" in macro '{definition.Name}' does not give a valid preprocessing token");
        output.Add(right);
    }

    private int ParameterIndex(Token token)
    {
        if (!definition.IsFunctionLike || token.Kind != TokenKind.Identifier)
        {
            return -1;
        }

        for (var i = 0; i < definition.Parameters.Count; i++)
        {
            if (definition.Parameters[i] == token.Text)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A body token placed at the invocation.</summary>
    private PPToken Fresh(Token token) => Relocate(new PPToken(token, HideSet.Empty));

    private PPToken Relocate(PPToken token) => token with
    {
        Token = token.Token with
        {
            Location = invocation.Token.Location,
            LeadingComment = null,
            IsAtStartOfLine = false,
            TrailingComment = null,
        },
    };

    private static PPToken WithLeadingSpace(PPToken token, bool hasLeadingSpace)
        => token.Token.HasLeadingSpace == hasLeadingSpace ? token : token with { Token = token.Token with { HasLeadingSpace = hasLeadingSpace } };
}
