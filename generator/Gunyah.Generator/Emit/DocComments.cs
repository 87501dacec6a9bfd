using System.Globalization;
using System.Text;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Writes XML doc comments: the header's own comment as <c>&lt;summary&gt;</c> (escaped, line breaks kept) and
/// a <c>&lt;remarks&gt;</c> line naming the C declaration and where it is. Paths in remarks are relative (to the
/// include directory holding the file, else to the root header's directory), never absolute, so output is the
/// same on every machine.
/// </summary>
internal sealed class DocComments
{
    private readonly string[] baseDirectories;

    public DocComments(HeaderRequest request)
    {
        var rootDirectory = DirectoryOf(request.RootPath);
        baseDirectories = request.IncludeDirectories
            .Select(d => d.TrimEnd('/'))
            .Where(d => d.Length > 0)
            .OrderByDescending(d => d.Length)
            .Concat(rootDirectory.Length > 0 ? [rootDirectory] : [])
            .ToArray();
    }

    /// <summary><c>linux/gunyah.h:42</c> for a declaration in <c>/abs/include/linux/gunyah.h</c>.</summary>
    public string Where(LocationInfo location) =>
        RelativePath(location.File) + ":" + location.Line.ToString(CultureInfo.InvariantCulture);

    public string RelativePath(string file)
    {
        foreach (var directory in baseDirectories)
        {
            if (file.Length > directory.Length + 1 &&
                file.StartsWith(directory, StringComparison.Ordinal) &&
                file[directory.Length] == '/')
            {
                return file.Substring(directory.Length + 1);
            }
        }

        var slash = file.LastIndexOf('/');
        return slash >= 0 ? file.Substring(slash + 1) : file;
    }

    /// <summary>Writes <c>&lt;summary&gt;</c> (when the header has a comment) and a one-line <c>&lt;remarks&gt;</c>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="doc">The header comment, without comment markers.</param>
    /// <param name="remarks">Plain text (escaped here), e.g. "C: struct gh_fn_desc, linux/gunyah.h:42".</param>
    public void Write(SourceWriter writer, string? doc, string remarks)
    {
        var lines = SplitDoc(doc);
        if (lines.Count > 0)
        {
            writer.Line("/// <summary>");
            foreach (var line in lines)
            {
                writer.Line(line.Length == 0 ? "///" : "/// " + Escape(line));
            }

            writer.Line("/// </summary>");
        }

        writer.Line("/// <remarks>" + Escape(remarks) + "</remarks>");
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    // Control characters are not allowed in XML 1.0 text.
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static List<string> SplitDoc(string? doc)
    {
        if (doc is null)
        {
            return [];
        }

        var lines = doc.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd().Replace('\t', ' '))
            .ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return lines.Select(l => l.Length >= indent ? l.Substring(indent) : l).ToList();
    }

    private static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash > 0 ? path.Substring(0, slash) : string.Empty;
    }
}
