using System.Text;
using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>Joins tokens back into readable C text (for docs and spellings), spacing only where C needs or wrote it.</summary>
internal static class TokenText
{
    public static string Join(IEnumerable<Token> tokens)
    {
        var builder = new StringBuilder();
        Token? previous = null;
        foreach (var token in tokens)
        {
            if (previous is not null && NeedsSpace(previous, token))
            {
                builder.Append(' ');
            }

            builder.Append(token.Text);
            previous = token;
        }

        return builder.ToString();
    }

    private static bool NeedsSpace(Token previous, Token token)
    {
        if (token.Is(")") || token.Is("]") || token.Is(",") || previous.Is("(") || previous.Is("["))
        {
            return false;
        }

        var wordBefore = previous.Kind is TokenKind.Identifier or TokenKind.Number;
        var wordAfter = token.Kind is TokenKind.Identifier or TokenKind.Number;
        return (wordBefore && wordAfter) || token.HasLeadingSpace || previous.Is(",");
    }
}
