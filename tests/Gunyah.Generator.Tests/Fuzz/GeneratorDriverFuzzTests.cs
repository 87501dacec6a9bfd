using Xunit.Abstractions;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Fewer, costlier cases through the real Roslyn generator driver: what the direct fuzz cannot see (the
/// pipeline, diagnostics mapping to Roslyn locations, exceptions reaching the compiler).
/// </summary>
[Collection(FuzzCollection.Name)]
public class GeneratorDriverFuzzTests
{
    private static readonly TimeSpan PerCaseBudget = TimeSpan.FromSeconds(5);

    private readonly ITestOutputHelper output;

    public GeneratorDriverFuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_driver_harness_really_generates_bindings_for_an_intact_header()
    {
        var (result, _, _) = DriverCaseChecker.Run(new FuzzCase(0, 0, "tiny.h", Oracle.Fixtures.TinyHeader.Text), CancellationToken.None);
        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("\"tiny_pair\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(7140, 500)]
    public void Mutated_headers_never_crash_the_generator_driver(int seed, int cases)
    {
        var runner = new FuzzRunner(seed, cases, PerCaseBudget, FuzzCorpus.Default, DriverCaseChecker.Check);
        var outcome = runner.Run(workers: Math.Clamp(Environment.ProcessorCount, 1, 2));
        output.WriteLine($"seed {seed}: {outcome.CasesRun} cases in {outcome.Elapsed.TotalSeconds:F1} s");
        if (outcome.Failures.Count > 0)
        {
            var report = FuzzReport.Describe(outcome.Failures, _ => null);
            output.WriteLine(report);
            Assert.Fail(report);
        }

        Assert.Equal(cases, outcome.CasesRun);
    }
}
