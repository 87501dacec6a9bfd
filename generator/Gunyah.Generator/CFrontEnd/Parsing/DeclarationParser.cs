using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>
/// Recursive-descent parser for the declarations of a preprocessed UAPI header. It resolves types as it goes
/// (C requires declaration before use), evaluates array sizes, bitfield widths, enumerator values and alignments
/// on the spot, and lays records out when their closing brace (and trailing attributes) are seen. A declaration
/// it cannot handle is reported and skipped; parsing resumes at the next declaration.
/// </summary>
internal sealed partial class DeclarationParser : ITypeNameParser
{
    private readonly DeclarationScope scope;
    private readonly ICollection<DiagnosticInfo> diagnostics;
    private readonly string rootPath;
    private readonly IConstantContext constants;

    /// <summary>Records whose bodies are being parsed, innermost last.</summary>
    private readonly Stack<RecordDecl> openRecords = new();

    private TokenReader reader;

    /// <summary>Checked per declaration and per record member: one declaration can hold most of a file.</summary>
    private CancellationToken cancellationToken;

    /// <summary>Current depth of nested specifiers and declarators, bounded so hostile input cannot overflow the stack.</summary>
    private int nesting;

    private const int MaxNesting = 200;

    /// <summary>
    /// A parser over <paramref name="scope"/>. Array sizes, widths and alignments are evaluated in
    /// <paramref name="constants"/>: the scope's enumerators and layouts unless given (macro expressions pass the
    /// known macro values too).
    /// </summary>
    public DeclarationParser(DeclarationScope scope, ICollection<DiagnosticInfo> diagnostics, string rootPath, IConstantContext? constants = null)
    {
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.rootPath = rootPath;
        this.constants = constants ?? new ScopeConstantContext(scope);
        reader = new TokenReader(Array.Empty<Token>());
    }

    public IConstantContext Constants => constants;

    /// <summary>Parses every declaration in <paramref name="tokens"/> into the scope.</summary>
    public void ParseTranslationUnit(IReadOnlyList<Token> tokens, CancellationToken cancellationToken)
    {
        reader = new TokenReader(tokens);
        this.cancellationToken = cancellationToken;
        while (!reader.AtEnd)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = reader.Position;
            try
            {
                ParseExternalDeclaration();
            }
            catch (ParseAbortException)
            {
                openRecords.Clear();
                SkipRestOfDeclaration(start, insideRecord: false);
            }

            if (reader.Position == start)
            {
                reader.Next(); // never stall
            }
        }
    }

    private void ParseExternalDeclaration()
    {
        ParsePragmas();
        if (reader.AtEnd || reader.Accept(";"))
        {
            return;
        }

        if (IsStaticAssertKeyword(Current))
        {
            ParseStaticAssert();
            return;
        }

        if (Current.Is("__asm__") || Current.Is("__asm") || Current.Is("asm"))
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, "top-level asm is not supported", Current.Location);
        }

        var specifiers = ParseSpecifiers(SpecifierContext.FileScope);
        if (reader.Accept(";"))
        {
            return; // struct/union/enum declaration or definition only
        }

        while (true)
        {
            var declarator = ParseDeclarator(specifiers.Type, DeclaratorMode.Named);
            var attributes = new AttributeSet();
            attributes.MergeFrom(specifiers.Attributes);
            ParseAttributesInto(attributes);
            if (Current.Is("__asm__") || Current.Is("__asm") || Current.Is("asm"))
            {
                // An asm label only renames the symbol of a function or object, neither of which gets a binding.
                reader.Next();
                SkipBalanced("(", ")");
                ParseAttributesInto(attributes);
            }

            if (declarator.IsFunction && !specifiers.IsTypedef)
            {
                if (SkipFunction(declarator))
                {
                    return; // a definition ends with its body
                }
            }
            else if (specifiers.IsTypedef)
            {
                DeclareTypedef(declarator, attributes, specifiers);
            }
            else if (reader.Accept("="))
            {
                SkipInitializer(); // data objects get no bindings
            }

            if (reader.Accept(","))
            {
                continue;
            }

            Expect(";", "after declaration");
            return;
        }
    }

    /// <summary>Reports a function declaration or definition; skips a definition's body. True when a body was skipped.</summary>
    private bool SkipFunction(Declarator declarator)
    {
        var location = declarator.NameToken?.Location ?? Current.Location;
        if (Current.Kind == TokenKind.Identifier && StartsSpecifier(Current))
        {
            // int f(a) int a; { ... }: skip the parameter declarations and the body.
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedConstruct, $"K&R-style definition of '{declarator.Name}' is not supported", Current.Location));
            while (!reader.AtEnd && !Current.Is("{"))
            {
                reader.Next();
            }

            SkipBalanced("{", "}");
            return true;
        }

        // Only the root header's functions are worth a note: system headers are full of inline helpers.
        if (IsFromRoot(location))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.SkippedFunction, $"function '{declarator.Name}' skipped: bindings cover data only", location));
        }
        if (Current.Is("{"))
        {
            SkipBalanced("{", "}");
            return true;
        }

        return false;
    }

    private void DeclareTypedef(Declarator declarator, AttributeSet attributes, DeclSpecifiers specifiers)
    {
        if (declarator.NameToken is not { } nameToken)
        {
            throw Error(DiagnosticIds.SyntaxError, "typedef declares no name", specifiers.FirstToken.Location);
        }

        var typedef = new TypedefType(nameToken.Text, declarator.Type, attributes.Aligned, nameToken.Location, isBuiltin: false);
        if (scope.TryGetTypedef(nameToken.Text, out var previous))
        {
            if (TypeCompatibility.AreSame(previous, typedef))
            {
                if (!previous.IsBuiltin)
                {
                    return; // an identical redeclaration, as C11 allows
                }
            }
            else
            {
                var where = previous.IsBuiltin ? "the built-in definition" : $"the definition at {previous.Location}";
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.Redefinition,
                    $"typedef '{nameToken.Text}' redefined as '{TypeSpelling.Of(declarator.Type)}', incompatible with {where} ('{TypeSpelling.Of(previous.Target)}'); the later definition wins",
                    nameToken.Location));
            }
        }

        scope.DeclareTypedef(typedef);
        switch (declarator.Type)
        {
            case RecordDecl record when record.TypedefName is null:
                record.TypedefName = nameToken.Text;
                break;
            case EnumDecl enumDecl when enumDecl.TypedefName is null:
                enumDecl.TypedefName = nameToken.Text;
                break;
        }
    }

    private void SkipInitializer()
    {
        while (!reader.AtEnd && !Current.Is(",") && !Current.Is(";"))
        {
            if (Current.Is("{") || Current.Is("(") || Current.Is("["))
            {
                var open = Current.Text;
                SkipBalanced(open, open == "{" ? "}" : open == "(" ? ")" : "]");
            }
            else
            {
                reader.Next();
            }
        }
    }

    /// <summary>Skips from the current opening token to just after its matching closing token (or to the end).</summary>
    private List<Token> SkipBalanced(string open, string close)
    {
        var skipped = new List<Token>();
        var depth = 0;
        while (!reader.AtEnd)
        {
            var token = reader.Next();
            skipped.Add(token);
            if (token.Is(open))
            {
                depth++;
            }
            else if (token.Is(close) && --depth == 0)
            {
                break;
            }
        }

        return skipped;
    }

    /// <summary>
    /// Error recovery: resumes after the declaration that started at <paramref name="start"/>. Outside records that
    /// is the next ';' at brace depth 0, or the '}' closing a function body; inside a record body, a ';' at depth 0
    /// (consumed) or the record's own '}' (left for the caller).
    /// </summary>
    private void SkipRestOfDeclaration(int start, bool insideRecord)
    {
        var errorPosition = reader.Position;
        reader.Position = start;
        var depth = 0;
        var isFunctionBody = false;
        Token? previous = null;
        while (!reader.AtEnd)
        {
            var token = Current;
            if (token.Is("{"))
            {
                if (depth == 0)
                {
                    isFunctionBody = !insideRecord && (previous is null || previous.Is(")"));
                }

                depth++;
            }
            else if (token.Is("}"))
            {
                if (depth == 0)
                {
                    if (!insideRecord)
                    {
                        reader.Next(); // a stray '}'
                    }

                    break;
                }

                depth--;
                if (depth == 0 && isFunctionBody)
                {
                    reader.Next();
                    break;
                }
            }
            else if (token.Is(";") && depth == 0)
            {
                reader.Next();
                break;
            }

            previous = reader.Next();
        }

        if (reader.Position <= start && errorPosition > start)
        {
            reader.Position = Math.Min(start + 1, errorPosition);
        }
    }

    private Token Current => reader.Current;

    private bool IsFromRoot(LocationInfo location) => string.Equals(location.File, rootPath, StringComparison.Ordinal);

    private void Expect(string text, string context)
    {
        if (!reader.Accept(text))
        {
            throw Error(DiagnosticIds.SyntaxError, $"expected '{text}' {context}, found {Describe(Current)}", Current.Location);
        }
    }

    private static string Describe(Token token) => token.Kind == TokenKind.EndOfFile ? "end of file" : $"'{token.Text}'";

    /// <summary>Enters one level of recursion; dispose to leave it.</summary>
    private NestingScope Nest()
    {
        if (nesting >= MaxNesting)
        {
            throw Error(DiagnosticIds.UnsupportedConstruct, $"declarations nested more than {MaxNesting} levels deep are not supported", Current.Location);
        }

        nesting++;
        return new NestingScope(this);
    }

    private readonly struct NestingScope : IDisposable
    {
        private readonly DeclarationParser parser;

        public NestingScope(DeclarationParser parser) => this.parser = parser;

        public void Dispose() => parser.nesting--;
    }

    /// <summary>Records a diagnostic and returns the exception that skips the current declaration.</summary>
    private ParseAbortException Error(string id, string message, LocationInfo location)
    {
        diagnostics.Add(new DiagnosticInfo(id, message, location));
        return new ParseAbortException();
    }
}
