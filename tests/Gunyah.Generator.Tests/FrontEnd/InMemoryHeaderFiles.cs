using Gunyah.Generator.CFrontEnd;

namespace Gunyah.Generator.Tests.FrontEnd;

/// <summary>Header files held in memory, keyed by normalized path; records which paths were asked for.</summary>
public sealed class InMemoryHeaderFiles : IHeaderFileProvider
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = new();

    public InMemoryHeaderFiles Add(string path, string text)
    {
        files[path] = text;
        return this;
    }

    public bool TryGetText(string normalizedPath, out string text)
    {
        Requests.Add(normalizedPath);
        return files.TryGetValue(normalizedPath, out text!);
    }
}
