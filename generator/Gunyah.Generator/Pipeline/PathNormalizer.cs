namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Normalizes paths the way the front-end expects (<see cref="CFrontEnd.IHeaderFileProvider"/>): '/'
/// separators, no '.' or '..' segments, no doubled or trailing separators. Purely textual: a generator
/// must not touch the file system.
/// </summary>
internal static class PathNormalizer
{
    public static string Normalize(string path)
    {
        var text = path.Replace('\\', '/');
        var prefix = text.StartsWith("//", StringComparison.Ordinal) ? "//" : text.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in text.Substring(prefix.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != ".." && !IsDrive(segments[segments.Count - 1]))
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment == ".." && (prefix.Length > 0 || (segments.Count > 0 && IsDrive(segments[0]))))
            {
                // ".." above the root stays at the root.
            }
            else
            {
                segments.Add(segment);
            }
        }

        return prefix + string.Join("/", segments);
    }

    /// <summary><paramref name="path"/> when rooted, else <paramref name="path"/> under <paramref name="baseDirectory"/>; normalized.</summary>
    public static string Combine(string baseDirectory, string path) =>
        Normalize(IsRooted(path) || baseDirectory.Length == 0 ? path : baseDirectory + "/" + path);

    public static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) ||
        path.StartsWith("\\", StringComparison.Ordinal) ||
        (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));

    /// <summary>The directory part of a normalized path ("" when there is none).</summary>
    public static string DirectoryOf(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash switch
        {
            < 0 => string.Empty,
            0 => "/",
            _ => normalizedPath.Substring(0, slash),
        };
    }

    private static bool IsDrive(string segment) => segment.Length == 2 && segment[1] == ':' && char.IsLetter(segment[0]);
}
