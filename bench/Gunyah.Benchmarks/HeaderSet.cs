using Gunyah.Generator.CFrontEnd;

namespace Gunyah.Benchmarks;

/// <summary>
/// Header texts read from disk once, then served from memory, so benchmarks measure the generator and not IO.
/// The generator itself never reads the disk (analyzers must not); this is the benchmark's loader.
/// </summary>
public sealed class HeaderSet : IHeaderFileProvider
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    /// <summary>Loads every *.h below each directory.</summary>
    public static HeaderSet Load(params string[] directories)
    {
        var set = new HeaderSet();
        foreach (var directory in directories)
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.h", SearchOption.AllDirectories))
            {
                set.texts[Normalize(path)] = File.ReadAllText(path);
            }
        }

        return set;
    }

    public static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

    public bool TryGetText(string normalizedPath, out string text) => texts.TryGetValue(normalizedPath, out text!);
}
