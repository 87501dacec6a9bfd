using System.Text;

namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>Turns raw comments into documentation text: markers, leading '*' columns and blank edges removed.</summary>
internal static class CommentText
{
    /// <summary>Cleans one comment as spelled (<c>/* ... */</c> or <c>// ...</c>); null when nothing is left.</summary>
    public static string? Clean(string raw)
    {
        string body;
        if (raw.StartsWith("//", StringComparison.Ordinal))
        {
            body = raw.Substring(2).TrimStart('/', '!');
        }
        else
        {
            var end = raw.EndsWith("*/", StringComparison.Ordinal) && raw.Length >= 4 ? raw.Length - 2 : raw.Length;
            body = raw.Substring(2, end - 2);
            body = body.TrimStart('*', '!');
        }

        var result = new StringBuilder();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith("*", StringComparison.Ordinal))
            {
                // " * text" columns of block comments: drop the star and one space after it.
                line = line.Substring(1);
                if (line.StartsWith(" ", StringComparison.Ordinal))
                {
                    line = line.Substring(1);
                }
            }

            if (i > 0)
            {
                result.Append('\n');
            }

            result.Append(line.TrimEnd());
        }

        var text = result.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Joins the comments of one block (consecutive comments with only white space between).</summary>
    public static string? Join(string? first, string? second)
    {
        if (first == null)
        {
            return second;
        }

        return second == null ? first : first + "\n" + second;
    }
}
