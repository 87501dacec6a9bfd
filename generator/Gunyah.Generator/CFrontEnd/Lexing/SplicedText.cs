namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>
/// Source text after translation phases 1-2: line endings unified to '\n' and backslash-newline splices
/// removed, each remaining character keeping its physical 1-based line and column for locations.
/// </summary>
internal sealed class SplicedText
{
    private readonly char[] chars;
    private readonly int[] lines;
    private readonly int[] columns;

    public SplicedText(string text)
    {
        chars = new char[text.Length];
        lines = new int[text.Length + 1];
        columns = new int[text.Length + 1];
        var count = 0;
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && TrySkipSplice(text, i, out var newlineEnd))
            {
                // Like gcc, white space between the backslash and the newline is tolerated.
                i = newlineEnd - 1;
                line++;
                column = 1;
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                c = '\n';
            }

            chars[count] = c;
            lines[count] = line;
            columns[count] = column;
            count++;
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        lines[count] = line;
        columns[count] = column;
        Length = count;
    }

    public int Length { get; }

    /// <summary>The character at a logical index, or '\0' past the end.</summary>
    public char this[int index] => index < Length ? chars[index] : '\0';

    public int LineAt(int index) => lines[Math.Min(index, Length)];

    public int ColumnAt(int index) => columns[Math.Min(index, Length)];

    public string Substring(int start, int length) => new(chars, start, length);

    /// <summary>True if a backslash at <paramref name="i"/> starts a splice; <paramref name="end"/> is just past its newline.</summary>
    private static bool TrySkipSplice(string text, int i, out int end)
    {
        var j = i + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t'))
        {
            j++;
        }

        if (j < text.Length && text[j] == '\n')
        {
            end = j + 1;
            return true;
        }

        if (j < text.Length && text[j] == '\r')
        {
            end = j + 1 < text.Length && text[j + 1] == '\n' ? j + 2 : j + 1;
            return true;
        }

        end = i;
        return false;
    }
}
