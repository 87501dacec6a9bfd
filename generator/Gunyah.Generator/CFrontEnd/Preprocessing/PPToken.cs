using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>A token during macro expansion: the token and the hide set it carries.</summary>
internal readonly record struct PPToken(Token Token, HideSet HideSet)
{
    /// <summary>Stands for an empty macro argument next to <c>##</c> (C11 6.10.3.3); removed after substitution.</summary>
    public static readonly Token Placemarker = new(TokenKind.Punctuator, string.Empty, default, false, false, null);

    public bool IsPlacemarker => ReferenceEquals(Token, Placemarker);

    public string Text => Token.Text;

    public bool Is(string text) => Token.Is(text);

    public static PPToken FromFile(Token token) => new(token, HideSet.Empty);
}

/// <summary>Where a <see cref="MacroExpander"/> reads unexpanded tokens from.</summary>
internal interface ITokenSource
{
    /// <summary>
    /// The next token, false at the end. <paramref name="withinInvocation"/> is true while looking for or
    /// collecting a macro's arguments: a file-backed source then stops at the end of the current file.
    /// </summary>
    bool TryRead(bool withinInvocation, out PPToken token);
}

/// <summary>A finite token list (a macro argument, a directive line).</summary>
internal sealed class ListTokenSource : ITokenSource
{
    private readonly IReadOnlyList<PPToken> tokens;
    private int position;

    public ListTokenSource(IReadOnlyList<PPToken> tokens) => this.tokens = tokens;

    public bool TryRead(bool withinInvocation, out PPToken token)
    {
        if (position < tokens.Count)
        {
            token = tokens[position++];
            return true;
        }

        token = default;
        return false;
    }
}
