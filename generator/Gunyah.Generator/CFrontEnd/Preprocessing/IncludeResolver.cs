namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Finds the file an <c>#include</c> names, through <see cref="IHeaderFileProvider"/> only. "x" looks next to the
/// including file first, then in the include directories in order; &lt;x&gt; only in the include directories.
/// </summary>
internal sealed class IncludeResolver
{
    /// <summary>Included by UAPI headers for the fixed-width types the declaration parser pre-declares.</summary>
    public const string BuiltinTypesHeader = "linux/types.h";

    private readonly IHeaderFileProvider files;
    private readonly IReadOnlyList<string> directories;
    private readonly Dictionary<string, string?> texts = new(StringComparer.Ordinal);

    public IncludeResolver(IHeaderFileProvider files, IEnumerable<string> includeDirectories)
    {
        this.files = files;
        directories = includeDirectories.Select(HeaderPath.Normalize).ToList();
    }

    /// <summary>A found header: its normalized path, text and the include directory index it was found in (-1 if none).</summary>
    public readonly record struct Found(string Path, string Text, int DirectoryIndex);

    /// <summary>
    /// Resolves a header name. <paramref name="afterDirectory"/> &gt;= 0 starts the search after that include
    /// directory (<c>#include_next</c>).
    /// </summary>
    public bool TryResolve(string name, bool quoted, string includingFile, int afterDirectory, out Found found)
    {
        if (afterDirectory < 0 && (quoted || HeaderPath.IsAbsolute(name)))
        {
            var local = HeaderPath.Combine(HeaderPath.Directory(includingFile), name);
            if (TryRead(local, out var text))
            {
                found = new Found(local, text, -1);
                return true;
            }
        }

        for (var i = afterDirectory + 1; i < directories.Count; i++)
        {
            var candidate = HeaderPath.Combine(directories[i], name);
            if (TryRead(candidate, out var text))
            {
                found = new Found(candidate, text, i);
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>Reads a header once; later reads of the same path reuse the text.</summary>
    public bool TryRead(string path, out string text)
    {
        if (!texts.TryGetValue(path, out var cached))
        {
            cached = files.TryGetText(path, out var read) ? read : null;
            texts[path] = cached;
        }

        text = cached ?? string.Empty;
        return cached != null;
    }

    /// <summary>True for a header that is built in when no include directory provides it.</summary>
    public static bool IsBuiltin(string name) => HeaderPath.Normalize(name) == BuiltinTypesHeader;
}
