using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>A forward cursor over a token list, with look-ahead; past the end it yields a synthetic end-of-file token.</summary>
public sealed class TokenReader
{
    private readonly IReadOnlyList<Token> tokens;
    private readonly Token endOfFile;

    public TokenReader(IReadOnlyList<Token> tokens)
    {
        this.tokens = tokens;
        var last = tokens.Count > 0 ? tokens[tokens.Count - 1].Location : new LocationInfo(string.Empty, 1, 1);
        endOfFile = new Token(TokenKind.EndOfFile, string.Empty, last, false, true, null);
    }

    public int Position { get; set; }

    public bool AtEnd => Position >= tokens.Count || tokens[Position].Kind == TokenKind.EndOfFile;

    public Token Current => Peek(0);

    public Token Peek(int ahead)
    {
        var index = Position + ahead;
        return index < tokens.Count ? tokens[index] : endOfFile;
    }

    public Token Next()
    {
        var token = Current;
        if (Position < tokens.Count)
        {
            Position++;
        }

        return token;
    }

    /// <summary>Consumes the current token if it is the given punctuator or keyword.</summary>
    public bool Accept(string text)
    {
        if (Current.Is(text))
        {
            Position++;
            return true;
        }

        return false;
    }
}
