using Gunyah.Conformance.Running;
using Gunyah.Conformance.Tests.Mutants;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Tests;

/// <summary>
/// The suite can fail: against each deliberately wrong kernel (a decorator of the reference's seam that flips an
/// errno, fakes a success, mis-sizes a request or lies about a value) at least one clause fails — and the clause
/// named for it is among them.
/// </summary>
public sealed class MutantTests
{
    public static TheoryData<string> Mutants => [.. Mutant.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mutants))]
    public async Task The_suite_catches_the_mutant(string name)
    {
        var mutant = Mutant.All.Single(m => m.Name == name);
        var reports = await ReferenceRuns.RunAsync(new ConformanceRunner { ClauseTimeout = TimeSpan.FromSeconds(10) }, [AbiProfiles.Find(mutant.Generation)!], decorate: mutant.Decorate, decorateRmLink: mutant.DecorateRmLink);
        var failed = reports.Single().Results.Where(r => r.Status == ClauseStatus.Fail).Select(r => r.Clause.Id).ToList();
        Assert.NotEmpty(failed);
        Assert.Contains(mutant.CaughtBy, failed);
    }

    [Fact]
    public void Every_mutant_names_a_clause_of_its_generation()
    {
        foreach (var mutant in Mutant.All)
        {
            var clause = Catalogue.ClauseCatalogue.Find(mutant.CaughtBy);
            Assert.True(clause is not null && clause.Expected.AppliesTo(mutant.Generation), mutant.Name);
        }
    }
}
