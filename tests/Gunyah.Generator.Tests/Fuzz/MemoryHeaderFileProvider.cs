using System.Collections.Concurrent;
using Gunyah.Generator.CFrontEnd;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Serves in-memory files first, then read-only files under allowed disk roots (cached process-wide).
/// Remembers every text it served, so diagnostic locations can be checked against real files and lines.
/// </summary>
internal sealed class MemoryHeaderFileProvider : IHeaderFileProvider
{
    private static readonly ConcurrentDictionary<string, string?> DiskCache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> memory;
    private readonly IReadOnlyList<string> diskRoots;
    private readonly Dictionary<string, string> served = new(StringComparer.Ordinal);

    public MemoryHeaderFileProvider(IReadOnlyDictionary<string, string> files, IReadOnlyList<string> diskRoots)
    {
        memory = new Dictionary<string, string>(files, StringComparer.Ordinal);
        this.diskRoots = diskRoots;
    }

    /// <summary>Every path handed to the front-end, with its text.</summary>
    public IReadOnlyDictionary<string, string> Served => served;

    public bool TryGetText(string normalizedPath, out string text)
    {
        if (memory.TryGetValue(normalizedPath, out var inMemory))
        {
            served[normalizedPath] = inMemory;
            text = inMemory;
            return true;
        }

        if (diskRoots.Any(root => normalizedPath.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
            && DiskCache.GetOrAdd(normalizedPath, static p => File.Exists(p) ? File.ReadAllText(p) : null) is { } onDisk)
        {
            served[normalizedPath] = onDisk;
            text = onDisk;
            return true;
        }

        text = string.Empty;
        return false;
    }
}
