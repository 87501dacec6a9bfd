using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// The real header texts mutations start from: every Gunyah profile header in the repository, the system
/// UAPI headers the oracle also checks, and the oracle's tiny header.
/// </summary>
internal sealed class FuzzCorpus
{
    public static readonly string[] SystemHeaders =
    [
        "/usr/include/linux/kvm.h",
        "/usr/include/linux/perf_event.h",
        "/usr/include/linux/userfaultfd.h",
    ];

    private static readonly Lazy<FuzzCorpus> Shared = new(Load);

    private FuzzCorpus(IReadOnlyList<(string Name, string Text)> texts) => Texts = texts;

    public static FuzzCorpus Default => Shared.Value;

    public IReadOnlyList<(string Name, string Text)> Texts { get; }

    private static FuzzCorpus Load()
    {
        var texts = new List<(string, string)> { ("tiny.h", TinyHeader.Text) };
        foreach (var profile in Directory.EnumerateDirectories(RepoPaths.Headers).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(profile) == "common")
            {
                continue;
            }

            foreach (var header in Directory.EnumerateFiles(profile, "*.h", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                texts.Add((Path.GetRelativePath(RepoPaths.Headers, header), File.ReadAllText(header)));
            }
        }

        foreach (var header in SystemHeaders)
        {
            texts.Add((header, File.ReadAllText(header)));
        }

        return new FuzzCorpus(texts);
    }
}
