using System.Text;

namespace Gunyah.Generator.Emit;

/// <summary>
/// A minimal indenting text writer. Always writes '\n' line endings and four-space indents so output is
/// byte-identical on every machine.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4);
            builder.Append(text);
        }

        builder.Append('\n');
    }

    public void Line() => builder.Append('\n');

    public void Open(string header)
    {
        Line(header);
        Open();
    }

    /// <summary>Opens a block whose header line was already written.</summary>
    public void Open()
    {
        Line("{");
        indent++;
    }

    public void Close(string suffix = "")
    {
        indent--;
        Line("}" + suffix);
    }

    public void Indent() => indent++;

    public void Unindent() => indent--;

    public override string ToString() => builder.ToString();
}
