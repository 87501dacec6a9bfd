using Gunyah.Generator.Pipeline;
using Gunyah.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// Messages travel through the model and emit steps as equatable data: a second run, or an unrelated C# edit,
/// reuses every step; editing a payload re-runs the front-end and changes the codecs.
/// </summary>
public class MessageCacheabilityTests
{
    private static readonly string[] Steps =
    [
        TrackingNames.AdditionalFiles, TrackingNames.Requests, TrackingNames.HeaderFiles, TrackingNames.Models,
        TrackingNames.FdBoundModels, TrackingNames.Emitted,
    ];

    [Fact]
    public void A_second_run_reuses_the_message_model_and_the_emitted_codecs()
    {
        var harness = ProtocolHarness.Create();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        var edited = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", TestCompilations.ParseOptions)))
            .GetRunResult().Results.Single();

        foreach (var result in new[] { rerun, edited })
        {
            Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(".TmMessages.g.cs", StringComparison.Ordinal));
            foreach (var step in Steps)
            {
                Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o =>
                    Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
            }
        }
    }

    [Fact]
    public void Editing_a_payload_reruns_the_front_end_and_changes_the_codecs()
    {
        var harness = ProtocolHarness.Create();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var root = harness.AdditionalTexts.Single();
        var edited = TestProtocolHeader.Text.Replace("__u32 handle;", "__u64 handle;", StringComparison.Ordinal);

        var result = driver.ReplaceAdditionalText(root, new InMemoryAdditionalText(TestProtocolHeader.Path, edited))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var codec = result.GeneratedSources.Single(s => s.HintName == "Test.Proto.TmMemShareResp.Wire.g.cs").SourceText.ToString();
        Assert.Contains("WriteUInt64LittleEndian", codec, StringComparison.Ordinal);
    }
}
