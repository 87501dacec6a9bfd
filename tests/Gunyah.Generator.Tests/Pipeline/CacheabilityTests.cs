using Gunyah.Generator.Pipeline;
using Gunyah.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>
/// The incremental pipeline re-runs only what an edit affects: nothing for a re-run or a C# edit, the fd map
/// binding (not the C front-end) for an fd map edit.
/// </summary>
public class CacheabilityTests
{
    private static readonly string[] AllSteps =
    [
        TrackingNames.AdditionalFiles, TrackingNames.Requests, TrackingNames.HeaderFiles, TrackingNames.Models,
        TrackingNames.FdMaps, TrackingNames.FdBoundModels, TrackingNames.Emitted,
    ];

    [Fact]
    public void Rerunning_on_a_cloned_compilation_reuses_every_step()
    {
        var harness = PipelineInputs.Harness();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        AssertProducedBindings(driver);

        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(AllSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked"));
        AssertAllReused(result, AllSteps);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_unrelated_CSharp_does_not_rerun_the_front_end()
    {
        var harness = PipelineInputs.Harness();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { } }", TestCompilations.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Cached);
        AssertAllReused(result, AllSteps);
    }

    [Fact]
    public void Editing_only_the_fd_map_rebinds_without_reparsing()
    {
        var harness = PipelineInputs.Harness();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var oldMap = harness.AdditionalTexts.Single(t => t.Path == PipelineInputs.FdMapPath);

        var result = driver
            .ReplaceAdditionalText(oldMap, new InMemoryAdditionalText(PipelineInputs.FdMapPath, "GH_* device\n"))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Cached);
        AssertReasons(result, TrackingNames.HeaderFiles, IncrementalStepRunReason.Cached);
        AssertReasons(result, TrackingNames.FdMaps, IncrementalStepRunReason.Modified);
        AssertReasons(result, TrackingNames.FdBoundModels, IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(".DeviceIoctls.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith(".VmIoctls.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_the_header_reruns_the_front_end()
    {
        var harness = PipelineInputs.Harness();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var oldRoot = harness.AdditionalTexts.Single(t => t.Path == PipelineInputs.RootPath);
        var newText = PipelineInputs.Header.Replace("#endif", "#define GH_NEW_CONSTANT 7\n#endif", StringComparison.Ordinal);

        var result = driver
            .ReplaceAdditionalText(oldRoot, new InMemoryAdditionalText(PipelineInputs.RootPath, newText))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Modified);
        AssertReasons(result, TrackingNames.FdMaps, IncrementalStepRunReason.Cached);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("GH_NEW_CONSTANT = 7", StringComparison.Ordinal));
    }

    private static void AssertProducedBindings(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(".VmIoctls.g.cs", StringComparison.Ordinal));
    }

    private static void AssertAllReused(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var step in steps.Where(result.TrackedSteps.ContainsKey))
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {step} output {output.Value} was {output.Reason}");
            }
        }
    }

    private static void AssertReasons(GeneratorRunResult result, string step, IncrementalStepRunReason expected)
    {
        var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct().ToList();
        Assert.True(reasons.Count == 1 && reasons[0] == expected, $"step {step}: expected {expected}, got {string.Join(", ", reasons)}");
    }
}
