using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>
/// Splits C source into preprocessing tokens with 1-based locations, attaching comments as documentation:
/// a comment after a token on the same line trails that token; any other comment block leads the next token.
/// </summary>
public static class Lexer
{
    private static readonly string[] ThreeCharPunctuators = { "...", "<<=", ">>=" };

    private static readonly string[] TwoCharPunctuators =
    {
        "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##",
    };

    private const string OneCharPunctuators = "[](){}.&*+-~!/%<>^|?:;=,#";

    /// <summary>Tokenizes <paramref name="text"/>; every lexical problem is added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, string path, ICollection<DiagnosticInfo> diagnostics)
    {
        var lexed = Lex(text, path);
        foreach (var problem in lexed.Problems)
        {
            diagnostics.Add(problem.Diagnostic);
        }

        return lexed.Tokens;
    }

    /// <summary>Tokenizes, keeping problems apart so the preprocessor can drop those in skipped regions.</summary>
    internal static LexedFile Lex(string text, string path) => new Scanner(text, path).Run();

    /// <summary>True if <paramref name="text"/> is exactly one token (used to validate <c>##</c> results).</summary>
    internal static bool TryLexSingle(string text, string path, out Token? token)
    {
        var lexed = Lex(text, path);
        token = lexed.Tokens.Count == 1 && lexed.Problems.Count == 0 && lexed.Tokens[0].Text.Length == text.Length
            ? lexed.Tokens[0]
            : null;
        return token != null;
    }

    internal static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '$' or > '\u007f';

    internal static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';

    private sealed class Scanner
    {
        private readonly SplicedText source;
        private readonly string path;
        private readonly List<Token> tokens = new();
        private readonly List<LexProblem> problems = new();
        private int position;
        private bool atStartOfLine = true;
        private bool hasLeadingSpace;
        private bool newlineSinceToken = true;
        private string? pendingComment;

        public Scanner(string text, string path)
        {
            source = new SplicedText(text);
            this.path = path;
        }

        public LexedFile Run()
        {
            while (position < source.Length)
            {
                var c = source[position];
                if (c == '\n')
                {
                    atStartOfLine = true;
                    hasLeadingSpace = true;
                    newlineSinceToken = true;
                    position++;
                }
                else if (c is ' ' or '\t' or '\f' or '\v' or '\uFEFF')
                {
                    hasLeadingSpace = true;
                    position++;
                }
                else if (c == '/' && source[position + 1] == '*')
                {
                    ScanBlockComment();
                }
                else if (c == '/' && source[position + 1] == '/')
                {
                    var start = position;
                    while (position < source.Length && source[position] != '\n')
                    {
                        position++;
                    }

                    AddComment(source.Substring(start, position - start));
                }
                else
                {
                    ScanToken(c);
                }
            }

            return new LexedFile(tokens, problems);
        }

        private void ScanBlockComment()
        {
            var start = position;
            position += 2;
            while (position < source.Length && !(source[position] == '*' && source[position + 1] == '/'))
            {
                position++;
            }

            if (position >= source.Length)
            {
                problems.Add(new LexProblem(-1, new DiagnosticInfo(DiagnosticIds.SyntaxError, "unterminated comment", At(start))));
            }
            else
            {
                position += 2;
            }

            AddComment(source.Substring(start, position - start));
        }

        private void AddComment(string raw)
        {
            hasLeadingSpace = true;
            var text = CommentText.Clean(raw);
            if (text == null)
            {
                return;
            }

            if (!newlineSinceToken && tokens.Count > 0)
            {
                var previous = tokens[tokens.Count - 1];
                tokens[tokens.Count - 1] = previous with { TrailingComment = CommentText.Join(previous.TrailingComment, text) };
            }
            else
            {
                pendingComment = CommentText.Join(pendingComment, text);
            }
        }

        private void ScanToken(char c)
        {
            var start = position;
            if (IsIdentifierStart(c))
            {
                while (IsIdentifierPart(source[position]))
                {
                    position++;
                }

                // L'x', u"...", U'x', u8"..." are literals with an encoding prefix.
                var quote = source[position];
                if (quote is '\'' or '"' && IsEncodingPrefix(start, position - start))
                {
                    ScanQuoted(start, quote);
                    return;
                }

                Add(TokenKind.Identifier, start);
                return;
            }

            if (c is >= '0' and <= '9' || (c == '.' && source[position + 1] is >= '0' and <= '9'))
            {
                ScanNumber();
                Add(TokenKind.Number, start);
                return;
            }

            if (c is '\'' or '"')
            {
                ScanQuoted(start, c);
                return;
            }

            var punctuator = MatchPunctuator();
            if (punctuator > 0)
            {
                position += punctuator;
                Add(TokenKind.Punctuator, start);
                return;
            }

            position++;
            problems.Add(new LexProblem(tokens.Count, new DiagnosticInfo(DiagnosticIds.SyntaxError, $"stray '{c}' in program", At(start)), IsStrayCharacter: true));
            Add(TokenKind.Punctuator, start);
        }

        private bool IsEncodingPrefix(int start, int length) =>
            (length == 1 && source[start] is 'L' or 'u' or 'U') || (length == 2 && source[start] == 'u' && source[start + 1] == '8');

        /// <summary>A pp-number: digits, letters, '_', '.', and signs right after e/E/p/P.</summary>
        private void ScanNumber()
        {
            position++;
            while (true)
            {
                var c = source[position];
                if (c is '+' or '-' && source[position - 1] is 'e' or 'E' or 'p' or 'P')
                {
                    position++;
                }
                else if (IsIdentifierPart(c) || c == '.')
                {
                    position++;
                }
                else
                {
                    return;
                }
            }
        }

        private void ScanQuoted(int start, char quote)
        {
            position++;
            while (true)
            {
                var c = source[position];
                if (position >= source.Length || c == '\n')
                {
                    var what = quote == '"' ? "string literal" : "character constant";
                    problems.Add(new LexProblem(tokens.Count, new DiagnosticInfo(DiagnosticIds.SyntaxError, $"missing terminating {quote} character: unterminated {what}", At(start))));
                    break;
                }

                position++;
                if (c == quote)
                {
                    break;
                }

                if (c == '\\' && position < source.Length && source[position] != '\n')
                {
                    position++;
                }
            }

            Add(quote == '"' ? TokenKind.StringLiteral : TokenKind.CharLiteral, start);
        }

        private int MatchPunctuator()
        {
            foreach (var candidate in ThreeCharPunctuators)
            {
                if (Matches(candidate))
                {
                    return 3;
                }
            }

            foreach (var candidate in TwoCharPunctuators)
            {
                if (Matches(candidate))
                {
                    return 2;
                }
            }

            return OneCharPunctuators.IndexOf(source[position]) >= 0 ? 1 : 0;
        }

        private bool Matches(string candidate)
        {
            for (var i = 0; i < candidate.Length; i++)
            {
                if (source[position + i] != candidate[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void Add(TokenKind kind, int start)
        {
            tokens.Add(new Token(kind, source.Substring(start, position - start), At(start), hasLeadingSpace, atStartOfLine, pendingComment));
            hasLeadingSpace = false;
            atStartOfLine = false;
            newlineSinceToken = false;
            pendingComment = null;
        }

        private LocationInfo At(int index) => new(path, source.LineAt(index), source.ColumnAt(index));
    }
}
