namespace Gunyah.Generator.Tests.Fuzz;

public class FuzzMachineryTests
{
    [Fact]
    public void A_case_is_regenerated_identically_from_its_seed_and_index()
    {
        var corpus = FuzzCorpus.Default;
        Assert.Equal(FuzzCase.Create(7, 1234, corpus), FuzzCase.Create(7, 1234, corpus));
        var distinct = Enumerable.Range(0, 50).Select(i => FuzzCase.Create(7, i, corpus).RootText).Distinct().Count();
        Assert.True(distinct > 40, $"only {distinct} distinct cases of 50");
    }

    [Fact]
    public void The_corpus_holds_the_system_headers_and_the_tiny_header()
    {
        var names = FuzzCorpus.Default.Texts.Select(t => t.Name).ToList();
        Assert.Contains("tiny.h", names);
        Assert.All(FuzzCorpus.SystemHeaders, h => Assert.Contains(h, names));
    }

    [Fact]
    public void Slices_are_whole_lines_of_the_original()
    {
        var text = string.Join('\n', Enumerable.Range(0, 500).Select(i => "line " + i));
        var slice = HeaderMutator.Slice(text, new Random(3), 60);
        var lines = slice.Split('\n');
        Assert.InRange(lines.Length, 1, 60);
        Assert.Contains(slice, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutation_changes_the_text_and_is_deterministic()
    {
        var text = "struct a { int x; };\n#define B 1\n";
        var once = HeaderMutator.Mutate(text, new Random(11), 3);
        Assert.Equal(once, HeaderMutator.Mutate(text, new Random(11), 3));
        Assert.Contains(Enumerable.Range(0, 20), seed => HeaderMutator.Mutate(text, new Random(seed), 2) != text);
    }

    [Fact]
    public void A_case_running_past_its_budget_is_reported_as_a_hang_and_the_run_goes_on()
    {
        var runner = new FuzzRunner(1, 6, TimeSpan.FromMilliseconds(200), FuzzCorpus.Default, (c, token) =>
        {
            if (c.Index == 2)
            {
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
                token.ThrowIfCancellationRequested();
            }

            return [];
        });
        var outcome = runner.Run(workers: 2);
        var hang = Assert.Single(outcome.Failures);
        Assert.StartsWith("hang", hang.Signature, StringComparison.Ordinal);
        Assert.Equal(2, hang.Case.Index);
        Assert.Equal(6, outcome.CasesRun);
    }

    [Fact]
    public void A_case_ignoring_cancellation_is_abandoned_and_a_new_worker_finishes_the_run()
    {
        using var release = new ManualResetEventSlim();
        var runner = new FuzzRunner(1, 5, TimeSpan.FromMilliseconds(100), FuzzCorpus.Default, (c, _) =>
        {
            if (c.Index == 1)
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }

            return [];
        });
        var outcome = runner.Run(workers: 1);
        release.Set();
        Assert.Equal(["hang: no result within 0.1 s", "cancellation ignored after a hang"], outcome.Failures.Select(f => f.Signature));
        Assert.Equal(4, outcome.CasesRun);
    }

    [Fact]
    public void The_minimizer_keeps_only_what_the_failure_needs()
    {
        var text = "struct a { int x; };\nint BUG;\n#define C 3\n";
        var repro = ReproMinimizer.Minimize(text, t => t.Contains("BUG", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Equal("BUG", repro);
    }
}
