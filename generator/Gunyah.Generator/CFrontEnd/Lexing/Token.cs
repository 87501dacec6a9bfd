using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>
/// One C token. <see cref="Location"/> is where diagnostics about it should point: its own spelling for
/// tokens read from a file, the macro invocation site for tokens produced by expansion.
/// </summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Text">The exact spelling (literals keep quotes and suffixes).</param>
/// <param name="Location">Where it is.</param>
/// <param name="HasLeadingSpace">White space precedes it (needed for macro definitions and <c>#</c> stringizing).</param>
/// <param name="IsAtStartOfLine">It is the first token of its line (needed to recognize directives).</param>
/// <param name="LeadingComment">The text of the comment block immediately before this token (same line or the
/// lines just above, with nothing but white space between), markers and leading '*' removed; null if none.</param>
public sealed record Token(
    TokenKind Kind,
    string Text,
    LocationInfo Location,
    bool HasLeadingSpace,
    bool IsAtStartOfLine,
    string? LeadingComment)
{
    /// <summary>
    /// A comment that starts after this token on the same line (<c>__u64 size; /* bytes */</c>); the lexer gives
    /// it to the last token before it. Such a comment is not also the next line's <see cref="LeadingComment"/>.
    /// </summary>
    public string? TrailingComment { get; init; }

    public bool Is(string punctuatorOrKeyword) =>
        (Kind == TokenKind.Punctuator || Kind == TokenKind.Identifier) && Text == punctuatorOrKeyword;

    public override string ToString() => Text;
}
