using System.Globalization;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Macro expansion with Prosser's hide-set algorithm, made iterative: expansions are pushed back in front of
/// the input and rescanned together with what follows, so an invocation may take its arguments from later
/// input. Produced tokens take the location of the outermost invocation.
/// </summary>
internal sealed class MacroExpander
{
    /// <summary>Nesting limit of argument pre-expansion (each level is a nested expander on the stack).</summary>
    public const int MaxNesting = 200;

    /// <summary>Names the expander implements itself; they count as defined.</summary>
    public static readonly IReadOnlyCollection<string> BuiltinNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "__FILE__", "__LINE__", "__COUNTER__", "_Pragma",
    };

    private readonly ExpansionContext context;
    private readonly ITokenSource source;
    private readonly int nesting;

    // Pushed-back tokens, next one last.
    private readonly List<PPToken> pending = new();
    private string? carriedComment;
    private int sinceCancellationCheck;

    public MacroExpander(ExpansionContext context, ITokenSource source, int nesting = 0)
    {
        this.context = context;
        this.source = source;
        this.nesting = nesting;
    }

    /// <summary>The next fully expanded token; false at the end of the input.</summary>
    public bool TryNext(out PPToken result)
    {
        while (TryReadUnexpanded(false, out var token))
        {
            if (++sinceCancellationCheck >= 1024)
            {
                sinceCancellationCheck = 0;
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            if (!TryExpand(token))
            {
                if (carriedComment != null)
                {
                    // The comment of a macro that expanded to nothing documents what follows it.
                    if (token.Token.LeadingComment == null)
                    {
                        token = token with { Token = token.Token with { LeadingComment = carriedComment } };
                    }

                    carriedComment = null;
                }

                result = token;
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>Expands a whole finite token list.</summary>
    public static List<PPToken> ExpandAll(ExpansionContext context, IReadOnlyList<PPToken> tokens, int nesting = 0)
    {
        var expander = new MacroExpander(context, new ListTokenSource(tokens), nesting);
        var result = new List<PPToken>(tokens.Count);
        while (expander.TryNext(out var token))
        {
            result.Add(token);
        }

        return result;
    }

    /// <summary>The next input token without expanding it (pushed-back tokens first).</summary>
    public bool TryReadUnexpanded(bool withinInvocation, out PPToken token)
    {
        if (pending.Count > 0)
        {
            token = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            return true;
        }

        return source.TryRead(withinInvocation, out token);
    }

    /// <summary>Replaces an identifier by its expansion in front of the input; false if it is not expanded.</summary>
    private bool TryExpand(PPToken token)
    {
        if (token.Token.Kind != TokenKind.Identifier || token.HideSet.Contains(token.Text))
        {
            return false;
        }

        if (context.OpaqueNames is { Count: > 0 } opaque && opaque.Contains(token.Text))
        {
            return false;
        }

        if (context.Operators != null && context.Operators.TryExpand(token, this, out var replacement))
        {
            PushExpansion(token, replacement.Select(t => new PPToken(t, token.HideSet)).ToList());
            return true;
        }

        if (TryExpandBuiltin(token))
        {
            return true;
        }

        if (!context.Macros.TryGet(token.Text, out var definition) || !HasBudget(token))
        {
            return false;
        }

        if (!definition.IsFunctionLike)
        {
            var body = MacroSubstitution.Substitute(this, definition, null, token.HideSet.Add(definition.Name), token);
            PushExpansion(token, body);
            return true;
        }

        // A function-like macro name not followed by '(' is an ordinary identifier.
        if (!TryReadUnexpanded(true, out var next))
        {
            return false;
        }

        if (!next.Is("("))
        {
            pending.Add(next);
            return false;
        }

        if (!TryCollectArguments(definition, token, out var arguments, out var closing))
        {
            return true;
        }

        var hideSet = token.HideSet.Intersect(closing.HideSet).Add(definition.Name);
        var substitution = new MacroSubstitution(this, definition, arguments, token);
        if (context.IsWatched(definition.Name))
        {
            var expanded = Enumerable.Range(0, arguments.Count).Select(i => (IReadOnlyList<Token>)substitution.Expanded(i).Select(t => t.Token).ToList()).ToList();
            context.Invocations.Add(new MacroInvocation(definition.Name, expanded, token.Token.Location));
        }

        PushExpansion(token, substitution.Run(hideSet));
        return true;
    }

    /// <summary>Expands a macro argument on its own, as C's argument prescan does.</summary>
    internal List<PPToken> ExpandArgument(IReadOnlyList<PPToken> argument, LocationInfo location)
    {
        if (nesting >= MaxNesting)
        {
            Report(DiagnosticIds.MacroError, location, "macro arguments are nested too deeply; left unexpanded");
            return argument.ToList();
        }

        return ExpandAll(context, argument, nesting + 1);
    }

    internal void Report(string id, LocationInfo location, string message) => context.Diagnostics.Add(new DiagnosticInfo(id, message, location));

    private bool HasBudget(PPToken token)
    {
        if (!context.Budget.IsExhausted)
        {
            return true;
        }

        if (!context.Budget.Reported)
        {
            context.Budget.Reported = true;
            Report(DiagnosticIds.MacroError, token.Token.Location, $"macro expansion produced more than {context.Budget.Limit.ToString(CultureInfo.InvariantCulture)} tokens; further macros are left unexpanded");
        }

        return false;
    }

    private void PushExpansion(PPToken invocation, List<PPToken> expansion)
    {
        context.Budget.Charge(expansion.Count);
        var name = invocation.Token;
        if (expansion.Count == 0)
        {
            carriedComment ??= name.LeadingComment;
            return;
        }

        // The expansion stands where the invocation stood: its first token takes the name's spacing and comment.
        var first = expansion[0];
        expansion[0] = first with
        {
            Token = first.Token with
            {
                HasLeadingSpace = name.HasLeadingSpace,
                IsAtStartOfLine = name.IsAtStartOfLine,
                LeadingComment = name.LeadingComment,
            },
        };
        for (var i = expansion.Count - 1; i >= 0; i--)
        {
            pending.Add(expansion[i]);
        }
    }

    private bool TryCollectArguments(MacroDefinition definition, PPToken name, out List<List<PPToken>> arguments, out PPToken closing)
    {
        arguments = new List<List<PPToken>> { new() };
        closing = default;
        var parameterCount = definition.Parameters.Count;
        var depth = 0;
        while (true)
        {
            if (!TryReadUnexpanded(true, out var token))
            {
                Report(DiagnosticIds.MacroError, name.Token.Location, $"unterminated argument list invoking macro '{definition.Name}'");
                return false;
            }

            if (token.Is("(") && token.Token.Kind == TokenKind.Punctuator)
            {
                depth++;
            }
            else if (token.Is(")") && token.Token.Kind == TokenKind.Punctuator)
            {
                if (depth == 0)
                {
                    closing = token;
                    break;
                }

                depth--;
            }
            else if (token.Is(",") && token.Token.Kind == TokenKind.Punctuator && depth == 0
                && !(definition.IsVariadic && arguments.Count == parameterCount))
            {
                // Commas inside the variadic argument belong to it.
                arguments.Add(new List<PPToken>());
                continue;
            }

            arguments[arguments.Count - 1].Add(token);
        }

        // "f()" passes one empty argument, which suits a macro of zero or one parameter.
        if (parameterCount == 0 && arguments.Count == 1 && arguments[0].Count == 0)
        {
            arguments.Clear();
        }

        // A variadic macro may be invoked without its variadic argument.
        if (definition.IsVariadic && arguments.Count == parameterCount - 1)
        {
            arguments.Add(new List<PPToken>());
        }

        if (arguments.Count != parameterCount)
        {
            var expected = definition.IsVariadic ? "at least " + (parameterCount - 1).ToString(CultureInfo.InvariantCulture) : parameterCount.ToString(CultureInfo.InvariantCulture);
            Report(DiagnosticIds.MacroError, name.Token.Location, $"macro '{definition.Name}' takes {expected} argument(s) but {arguments.Count.ToString(CultureInfo.InvariantCulture)} were given");
            return false;
        }

        return true;
    }

    private bool TryExpandBuiltin(PPToken token)
    {
        var name = token.Token;
        string? text = name.Text switch
        {
            "__FILE__" => "\"" + name.Location.File.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            "__LINE__" => name.Location.Line.ToString(CultureInfo.InvariantCulture),
            "__COUNTER__" => (context.Counter++).ToString(CultureInfo.InvariantCulture),
            "_Pragma" => string.Empty,
            _ => null,
        };
        if (text == null)
        {
            return false;
        }

        if (name.Text == "_Pragma")
        {
            return SkipPragmaOperator(token);
        }

        var kind = text[0] == '"' ? TokenKind.StringLiteral : TokenKind.Number;
        PushExpansion(token, new List<PPToken> { new(new Token(kind, text, name.Location, false, false, null), token.HideSet) });
        return true;
    }

    /// <summary>
    /// <c>_Pragma("...")</c>: dropped, except <c>pack</c> pragmas, which change record layout and so are passed on
    /// to the declaration parser (hidden from re-expansion).
    /// </summary>
    private bool SkipPragmaOperator(PPToken token)
    {
        if (!TryReadUnexpanded(true, out var open))
        {
            return false;
        }

        if (!open.Is("("))
        {
            pending.Add(open);
            return false;
        }

        var operands = new List<PPToken> { open };
        var depth = 0;
        while (TryReadUnexpanded(true, out var next))
        {
            operands.Add(next);
            if (next.Is("("))
            {
                depth++;
            }
            else if (next.Is(")") && depth-- == 0)
            {
                if (IsPackPragma(operands))
                {
                    operands.Insert(0, new PPToken(token.Token, token.HideSet.Add("_Pragma")));
                    PushExpansion(token, operands);
                }
                else
                {
                    carriedComment ??= token.Token.LeadingComment;
                }

                return true;
            }
        }

        Report(DiagnosticIds.MacroError, token.Token.Location, "unterminated _Pragma operator");
        return true;
    }

    /// <summary>( "pack..." ): a single string literal whose pragma text starts with <c>pack</c>.</summary>
    private static bool IsPackPragma(List<PPToken> operands) =>
        operands.Count == 3
        && operands[1].Token.Kind == TokenKind.StringLiteral
        && operands[1].Text.TrimStart('"', ' ', '\t').StartsWith("pack", StringComparison.Ordinal);
}
