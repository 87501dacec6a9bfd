using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Xunit.Abstractions;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Fixed-seed fuzzing of the front-end and the emitter with mutated real headers. The seed is in the test
/// name; any failing case is regenerated from (seed, index) by <see cref="FuzzCase.Create"/>.
/// </summary>
[Collection(FuzzCollection.Name)]
public class HeaderCompilerFuzzTests
{
    // A hang detector, not a speed goal (those live in bench/). The slowest case (seed 20261121 case 2249:
    // 200 nested self-includes, ~240k tokens, 200 over-deep enumerator values) takes ~0.5 s warm, several
    // seconds cold, and passed 10 s on a 2-core machine under heavy load; a real hang never finishes.
    private static readonly TimeSpan PerCaseBudget = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper output;

    public HeaderCompilerFuzzTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(20261121, 10000)]
    public void Mutated_headers_never_crash_hang_report_internal_errors_or_misplace_diagnostics(int seed, int cases)
    {
        var emit = BindingsEmission.Emitter;
        var runner = new FuzzRunner(seed, cases, PerCaseBudget, FuzzCorpus.Default, (c, token) => FrontEndCaseChecker.Check(c, emit, token));
        var outcome = runner.Run(workers: Math.Clamp(Environment.ProcessorCount, 1, 2));

        output.WriteLine($"seed {seed}: {outcome.CasesRun} cases in {outcome.Elapsed.TotalSeconds:F1} s, emitter {(emit is null ? "absent" : "checked")}; slowest:");
        foreach (var (slow, took) in outcome.Slowest)
        {
            output.WriteLine($"  {took.TotalMilliseconds:F0} ms  {slow}");
        }

        if (outcome.Failures.Count > 0)
        {
            var report = FuzzReport.Describe(outcome.Failures, failure => Minimize(failure, emit));
            output.WriteLine(report);
            Assert.Fail(report);
        }

        Assert.Equal(cases, outcome.CasesRun);
    }

    /// <summary>Shrinks the input while the same signature still appears (not for hangs, which only the runner
    /// sees and the predicate would suffer too).</summary>
    private static string? Minimize(FuzzFailure failure, BindingsEmission.Emit? emit)
    {
        if (failure.Signature.StartsWith("hang", StringComparison.Ordinal) || failure.Signature.StartsWith("cancellation", StringComparison.Ordinal))
        {
            return null;
        }

        // A shrunk input may hang where the original did not: such a candidate counts as not reproducing.
        bool StillFails(string text)
        {
            var attempt = Task.Run(() => FrontEndCaseChecker.Check(failure.Case with { RootText = text }, emit, CancellationToken.None));
            return attempt.Wait(PerCaseBudget) && attempt.Result.Any(f => f.Signature == failure.Signature);
        }

        return ReproMinimizer.Minimize(failure.Case.RootText, StillFails, TimeSpan.FromSeconds(10));
    }
}
