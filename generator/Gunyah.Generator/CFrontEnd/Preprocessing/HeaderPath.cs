namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>Header path arithmetic on normalized paths: '/' separators, no '.' or '..' segments where resolvable.</summary>
internal static class HeaderPath
{
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        var rooted = path.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            var atDrive = segments.Count == 1 && segments[0].Length == 2 && segments[0][1] == ':';
            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != ".." && !atDrive)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || !(rooted || atDrive))
            {
                // ".." above the root (or a drive) of an absolute path stays there, as the file system would.
                segments.Add(segment);
            }
        }

        var joined = string.Join("/", segments);
        return rooted ? "/" + joined : joined;
    }

    /// <summary>The directory part of a normalized file path ("" for a bare file name).</summary>
    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : slash == 0 ? "/" : path.Substring(0, slash);
    }

    /// <summary>Resolves <paramref name="name"/> against <paramref name="directory"/> unless it is absolute.</summary>
    public static string Combine(string directory, string name)
    {
        name = name.Replace('\\', '/');
        return IsAbsolute(name) || directory.Length == 0 ? Normalize(name) : Normalize(directory + "/" + name);
    }

    /// <summary>Rooted at '/' or at a drive ("C:/"), as header paths on Windows are.</summary>
    public static bool IsAbsolute(string path)
    {
        path = path.Replace('\\', '/');
        return path.StartsWith("/", StringComparison.Ordinal)
            || (path.Length > 2 && char.IsLetter(path[0]) && path[1] == ':' && path[2] == '/');
    }
}
