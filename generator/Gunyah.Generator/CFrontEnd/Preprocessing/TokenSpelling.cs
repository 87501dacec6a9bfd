using System.Text;
using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>Turns token runs back into text: for <c>#</c> stringizing, <c>#error</c> messages and header names.</summary>
internal static class TokenSpelling
{
    /// <summary>The tokens' spellings, separated by one space wherever white space preceded a token.</summary>
    public static string Join(IEnumerable<Token> tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (text.Length > 0 && token.HasLeadingSpace)
            {
                text.Append(' ');
            }

            text.Append(token.Text);
        }

        return text.ToString();
    }

    /// <summary>The <c>#</c> operator: a string literal spelling the tokens, with '"' and '\' escaped inside literals.</summary>
    public static string Stringize(IEnumerable<Token> tokens)
    {
        var text = new StringBuilder("\"");
        var first = true;
        foreach (var token in tokens)
        {
            if (!first && token.HasLeadingSpace)
            {
                text.Append(' ');
            }

            first = false;
            if (token.Kind is TokenKind.StringLiteral or TokenKind.CharLiteral)
            {
                foreach (var c in token.Text)
                {
                    if (c is '"' or '\\')
                    {
                        text.Append('\\');
                    }

                    text.Append(c);
                }
            }
            else
            {
                text.Append(token.Text);
            }
        }

        return text.Append('"').ToString();
    }
}
