using System.Globalization;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// The unexpanded token stream of a translation unit: reads the root file and what it includes, carries out
/// directives as it meets them and drops the tokens of skipped conditional groups.
/// </summary>
internal sealed class TranslationUnitReader : ITokenSource
{
    public const int MaxIncludeDepth = 200;

    private readonly List<SourceFile> stack = new();
    private readonly IncludeResolver resolver;
    private readonly MacroTable macros;
    private readonly ICollection<DiagnosticInfo> diagnostics;
    private readonly ExpansionBudget budget;
    private readonly CancellationToken cancellationToken;
    private readonly string rootPath;
    private readonly Dictionary<string, LexedFile> lexed = new(StringComparer.Ordinal);
    private readonly HashSet<string> onceOnly = new(StringComparer.Ordinal);
    private readonly Queue<List<PPToken>> injected = new();
    private List<PPToken>? draining;
    private int drainPosition;
    private readonly ExpansionContext conditionContext;
    private int sinceCancellationCheck;

    public TranslationUnitReader(IncludeResolver resolver, string rootPath, MacroTable macros, ICollection<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        this.resolver = resolver;
        this.rootPath = rootPath;
        this.macros = macros;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
        budget = new ExpansionBudget();
        MainContext = new ExpansionContext(macros, diagnostics, budget, cancellationToken);
        var operators = new ConditionalOperators(macros, HasInclude, diagnostics);
        conditionContext = new ExpansionContext(macros, diagnostics, budget, cancellationToken) { Operators = operators };
    }

    /// <summary>The expansion state for the file text (and <c>#include</c> lines).</summary>
    public ExpansionContext MainContext { get; }

    public void PushFile(string path, string text, int directoryIndex)
    {
        if (!lexed.TryGetValue(path, out var file))
        {
            file = Lexer.Lex(text, path);
            lexed[path] = file;

            // Problems not tied to a token (an unterminated comment) are reported once per file.
            foreach (var problem in file.Problems)
            {
                if (problem.TokenIndex < 0)
                {
                    diagnostics.Add(problem.Diagnostic);
                }
            }
        }

        stack.Add(new SourceFile(path, file, directoryIndex, budget.Used));
        budget.Used = 0;
    }

    /// <summary>Carries out a file of directives only (the predefined macros).</summary>
    public void RunDirectives(string path, string text)
    {
        var depth = stack.Count;
        PushFile(path, text, -1);
        while (stack.Count > depth && TryRead(false, out _))
        {
        }
    }

    public bool TryRead(bool withinInvocation, out PPToken token)
    {
        if (TryReadInjected(out token))
        {
            return true;
        }

        while (stack.Count > 0)
        {
            var file = stack[stack.Count - 1];
            if (file.AtEnd)
            {
                if (withinInvocation)
                {
                    // Macro invocations do not continue into the including file.
                    break;
                }

                file.Conditionals.Close(diagnostics);
                budget.Used = file.ParentBudgetUsed;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            if (++sinceCancellationCheck >= 4096)
            {
                sinceCancellationCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            var current = file.Tokens[file.Position];
            if (current.IsAtStartOfLine && current.Kind == TokenKind.Punctuator && current.Text == "#")
            {
                RunDirective(file);
                if (TryReadInjected(out token))
                {
                    // The directive produced tokens (a pack pragma): they stand where it stood.
                    return true;
                }

                continue;
            }

            file.Position++;
            if (file.Conditionals.IsSkipping)
            {
                continue;
            }

            file.ReportProblems(file.Position - 1, file.Position, diagnostics);
            token = PPToken.FromFile(current);
            return true;
        }

        token = default;
        return false;
    }

    private void RunDirective(SourceFile file)
    {
        var hash = file.Tokens[file.Position];
        var start = file.Position + 1;
        var end = start;
        while (end < file.Tokens.Count && !file.Tokens[end].IsAtStartOfLine)
        {
            end++;
        }

        file.Position = end;
        if (start == end)
        {
            return;
        }

        var directive = file.Tokens[start];
        var rest = new List<Token>(end - start - 1);
        for (var i = start + 1; i < end; i++)
        {
            rest.Add(file.Tokens[i]);
        }

        var conditionals = file.Conditionals;
        var name = directive.Kind == TokenKind.Identifier ? directive.Text : string.Empty;
        switch (name)
        {
            case "if":
                conditionals.Open(directive, () => Active(file, start, end) && ConditionalExpression.Evaluate(directive, rest, conditionContext, diagnostics));
                return;
            case "ifdef":
            case "ifndef":
                conditionals.Open(directive, () => IsDefined(directive, rest) == (name == "ifdef"));
                return;
            case "elif":
                conditionals.ElseIf(directive, () => Active(file, start, end) && ConditionalExpression.Evaluate(directive, rest, conditionContext, diagnostics), diagnostics);
                return;
            case "elifdef":
            case "elifndef":
                conditionals.ElseIf(directive, () => IsDefined(directive, rest) == (name == "elifdef"), diagnostics);
                return;
            case "else":
                conditionals.Else(directive, diagnostics);
                return;
            case "endif":
                conditionals.End(directive, diagnostics);
                return;
        }

        if (conditionals.IsSkipping)
        {
            return;
        }

        switch (name)
        {
            case "error":
            case "warning":
                // The message is free text: a stray apostrophe in it is not a lexical error.
                var id = name == "error" ? DiagnosticIds.ErrorDirective : DiagnosticIds.WarningDirective;
                diagnostics.Add(new DiagnosticInfo(id, $"#{name} {TokenSpelling.Join(rest)}".TrimEnd(), directive.Location));
                return;
        }

        file.ReportProblems(start, end, diagnostics);
        switch (name)
        {
            case "define":
                Define(file, hash, directive, rest);
                return;
            case "undef":
                if (rest.Count == 0 || rest[0].Kind != TokenKind.Identifier)
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticIds.MacroError, "no macro name given in #undef directive", directive.Location));
                    return;
                }

                macros.Undefine(rest[0].Text);
                return;
            case "include":
            case "include_next":
            case "import":
                Include(file, directive, rest, next: name == "include_next");
                return;
            case "pragma":
                if (rest.Count > 0 && rest[0].Text == "once")
                {
                    onceOnly.Add(file.Path);
                }
                else if (rest.Count > 0 && rest[0].Text == "pack")
                {
                    // Packing changes layout: hand it to the parser in operator form, _Pragma("pack(...)").
                    injected.Enqueue(PackPragmaOperator(directive, rest));
                }

                return;
            case "line":
            case "ident":
            case "sccs":
                return;
        }

        // "# 12 "file.h"" is a line marker from an earlier preprocessing run.
        if (directive.Kind != TokenKind.Number)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"invalid preprocessing directive #{directive.Text}", directive.Location));
        }
    }

    private bool TryReadInjected(out PPToken token)
    {
        while (draining != null || injected.Count > 0)
        {
            if (draining == null)
            {
                draining = injected.Dequeue();
                drainPosition = 0;
            }

            if (drainPosition < draining.Count)
            {
                token = draining[drainPosition++];
                return true;
            }

            draining = null;
        }

        token = default;
        return false;
    }

    private static List<PPToken> PackPragmaOperator(Token directive, List<Token> rest)
    {
        var text = TokenSpelling.Join(rest).Replace("\\", "\\\\").Replace("\"", "\\\"");
        var at = directive.Location;
        return new List<PPToken>
        {
            PPToken.FromFile(new Token(TokenKind.Identifier, "_Pragma", at, true, true, null)),
            PPToken.FromFile(new Token(TokenKind.Punctuator, "(", at, false, false, null)),
            PPToken.FromFile(new Token(TokenKind.StringLiteral, "\"" + text + "\"", at, false, false, null)),
            PPToken.FromFile(new Token(TokenKind.Punctuator, ")", at, false, false, null)),
        };
    }

    /// <summary>Reports the directive line's lexical problems when its condition is evaluated; always true.</summary>
    private bool Active(SourceFile file, int start, int end)
    {
        file.ReportProblems(start, end, diagnostics);
        return true;
    }

    private bool IsDefined(Token directive, List<Token> rest)
    {
        if (rest.Count == 0 || rest[0].Kind != TokenKind.Identifier)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"no macro name given in #{directive.Text} directive", directive.Location));
            return false;
        }

        return macros.IsDefined(rest[0].Text) || ConditionalOperators.IsOperatorName(rest[0].Text);
    }

    private void Define(SourceFile file, Token hash, Token directive, List<Token> rest)
    {
        var definition = MacroDefinitionParser.Parse(hash, directive, rest, file.Path == rootPath, diagnostics);
        if (definition == null)
        {
            return;
        }

        if (macros.TryGet(definition.Name, out var previous) && !MacroDefinitionParser.AreIdentical(previous, definition))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.Redefinition,
                $"macro '{definition.Name}' redefined (previous definition at {previous.Location}); the later definition wins",
                definition.Location));
        }

        macros.Define(definition);
    }

    private void Include(SourceFile file, Token directive, List<Token> rest, bool next)
    {
        if (!ConditionalOperators.TryGetHeaderName(rest, out var name, out var quoted))
        {
            // "#include MACRO": the line is macro-expanded and must then be a header name.
            var expanded = MacroExpander.ExpandAll(MainContext, rest.Select(PPToken.FromFile).ToList()).Select(t => t.Token).ToList();
            if (!ConditionalOperators.TryGetHeaderName(expanded, out name, out quoted))
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"#{directive.Text} expects \"FILENAME\" or <FILENAME>", directive.Location));
                return;
            }
        }

        var at = rest.Count > 0 ? rest[0].Location : directive.Location;
        if (stack.Count >= MaxIncludeDepth)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SyntaxError, $"#include nested more than {MaxIncludeDepth.ToString(CultureInfo.InvariantCulture)} levels deep (recursive include?); preprocessing stops here", at));

            // Fatal, as in gcc: unwinding would re-read every level's remainder, up to 200 times the file.
            stack.Clear();
            return;
        }

        var after = next ? file.DirectoryIndex : -1;
        if (resolver.TryResolve(name, quoted, file.Path, after, out var found))
        {
            if (!onceOnly.Contains(found.Path))
            {
                PushFile(found.Path, found.Text, found.DirectoryIndex);
            }

            return;
        }

        if (!IncludeResolver.IsBuiltin(name))
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.UnresolvedInclude, $"cannot find include file '{name}' (searched {(quoted ? "next to the including file and " : string.Empty)}the include directories)", at));
        }
    }

    private bool HasInclude(string name, bool quoted, bool next)
    {
        var file = stack.Count > 0 ? stack[stack.Count - 1] : null;
        var after = next && file != null ? file.DirectoryIndex : -1;
        return resolver.TryResolve(name, quoted, file?.Path ?? rootPath, after, out _) || IncludeResolver.IsBuiltin(name);
    }
}
