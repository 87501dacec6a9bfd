using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Reporting;

namespace Gunyah.Conformance.Tests;

/// <summary>docs/conformance.md is what the catalogue and a reference run generate today.</summary>
[Collection(ReferenceRunsCollection.Name)]
public sealed class ConformanceDocumentTests(ReferenceRunsFixture runs)
{
    [Fact]
    public async Task The_document_is_not_stale()
    {
        var expected = ConformanceDocument.Render(ClauseCatalogue.All, runs.Reports);
        var actual = await File.ReadAllTextAsync(RepositoryPaths.Of("docs/conformance.md"));
        Assert.True(expected == actual, $"docs/conformance.md is stale; regenerate it with: {ConformanceDocument.RegenerateCommand}");
    }

    [Fact]
    public void The_document_lists_every_clause_and_the_results_of_every_generation()
    {
        var text = ConformanceDocument.Render(ClauseCatalogue.All, runs.Reports);
        Assert.All(ClauseCatalogue.All, c => Assert.Contains($"| `{c.Id}` |", text, StringComparison.Ordinal));
        Assert.All(runs.Reports, r => Assert.Contains($"| {r.Generation} | {r.Count(Running.ClauseStatus.Pass)} | 0 |", text, StringComparison.Ordinal));
        Assert.Contains($"{ClauseCatalogue.All.Count} clauses.", text, StringComparison.Ordinal);
    }
}
