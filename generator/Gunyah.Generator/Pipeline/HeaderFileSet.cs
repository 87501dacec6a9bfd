using System.Collections.Immutable;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Every root and include header of the compilation (path → text), sorted by path. Compares by content so the
/// model step stays cached while no header changes, and serves the front-end's
/// <see cref="IHeaderFileProvider"/>: the generator never reads the disk.
/// </summary>
internal sealed class HeaderFileSet : IEquatable<HeaderFileSet>, IHeaderFileProvider
{
    public static readonly HeaderFileSet Empty = new(EquatableArray<HeaderFile>.Empty);

    private readonly Dictionary<string, string> byPath;

    private HeaderFileSet(EquatableArray<HeaderFile> files)
    {
        Files = files;
        byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.Path] = file.Text;
        }
    }

    public EquatableArray<HeaderFile> Files { get; }

    /// <summary>Builds the set; when a path appears twice (a header that is both a root and in an include
    /// directory) the first text wins; both are the same file.</summary>
    public static HeaderFileSet Create(IEnumerable<HeaderFile> files) =>
        new(files
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray()
            .ToEquatableArray());

    public bool Contains(string normalizedPath) => byPath.ContainsKey(normalizedPath);

    public bool TryGetText(string normalizedPath, out string text)
    {
        if (byPath.TryGetValue(normalizedPath, out var found))
        {
            text = found;
            return true;
        }

        text = string.Empty;
        return false;
    }

    public bool Equals(HeaderFileSet? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as HeaderFileSet);

    /// <summary>Paths and text lengths only: hashing every header's text on each run would cost more than it saves.</summary>
    public override int GetHashCode()
    {
        var hash = Files.Count;
        foreach (var file in Files)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(file.Path) + file.Text.Length);
        }

        return hash;
    }
}
