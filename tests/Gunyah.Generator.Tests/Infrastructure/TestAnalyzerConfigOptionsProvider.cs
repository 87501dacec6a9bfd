using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Analyzer-config options as the compiler builds them from MSBuild's generated .editorconfig: per
/// additional file, keys like <c>build_metadata.AdditionalFiles.GunyahRole</c>. Keyed by file path, so
/// replacing a file's text on a driver keeps its metadata.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, TestAnalyzerConfigOptions> byPath;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> optionsByPath)
    {
        byPath = optionsByPath.ToImmutableDictionary(
            p => p.Key,
            p => new TestAnalyzerConfigOptions(p.Value),
            StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
}

/// <summary>A fixed key → value set.</summary>
public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly TestAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> values;

    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
    {
        if (values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    public override IEnumerable<string> Keys => values.Keys;
}
