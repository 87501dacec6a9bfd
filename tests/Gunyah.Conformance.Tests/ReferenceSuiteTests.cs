using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests;

/// <summary>
/// The suite against the reference hypervisor of every generation: nothing fails, every skip and expected failure
/// says why, and the count per status is pinned per generation so that no clause can silently vanish or change
/// status. When a clause is added, these numbers change on purpose.
/// </summary>
[Collection(ReferenceRunsCollection.Name)]
public sealed class ReferenceSuiteTests(ReferenceRunsFixture runs)
{
    [Theory]
    [InlineData("v6", 50, 108, 0)]
    [InlineData("v10", 101, 56, 1)]
    [InlineData("android14-6.1", 107, 50, 1)]
    [InlineData("v17", 132, 25, 1)]
    [InlineData("android15-6.6", 121, 36, 1)]
    public void Counts_per_status_are_pinned(string generation, int pass, int skip, int xfail)
    {
        var report = runs.For(generation);
        var failures = report.Results.Where(r => r.Status == ClauseStatus.Fail).Select(r => $"{r.Clause.Id}: {r.Detail}");
        Assert.Equal(string.Empty, string.Join(Environment.NewLine, failures));
        Assert.Equal(
            (pass, 0, skip, xfail, ClauseCatalogue.All.Count),
            (report.Count(ClauseStatus.Pass), report.Count(ClauseStatus.Fail), report.Count(ClauseStatus.Skip), report.Count(ClauseStatus.XFail), report.Results.Count));
    }

    [Fact]
    public void Every_clause_that_applies_to_a_generation_runs_there()
    {
        foreach (var report in runs.Reports)
        {
            foreach (var result in report.Results)
            {
                var applies = result.Clause.Expected.AppliesTo(report.Generation);
                Assert.True(applies == (result.Status != ClauseStatus.Skip), $"{report.Generation} {result.Clause.Id}: {result.Status} {result.Detail}");
            }
        }
    }

    [Fact]
    public void Every_skip_and_expected_failure_gives_its_reason()
    {
        var unexplained = runs.Reports.SelectMany(r => r.Results)
            .Where(r => r.Status is ClauseStatus.Skip or ClauseStatus.XFail && string.IsNullOrWhiteSpace(r.Detail));
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_clause_passes_in_some_generation_or_is_a_known_deviation()
    {
        var neverPassed = ClauseCatalogue.All.Where(c => runs.Reports.All(r => r.Results.Single(x => x.Clause == c).Status != ClauseStatus.Pass));
        Assert.Equal(["vcpu-run.mmap-past-the-run-page"], neverPassed.Select(c => c.Id));
    }
}
