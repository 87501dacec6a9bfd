using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

/// <summary>
/// The full emitted text of small headers, checked in under Snapshots/. Review diffs like code: they are
/// exactly what users get. Regenerate with GUNYAH_UPDATE_SNAPSHOTS=1.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Basic_header() => Verify("Basic", SampleModels.Basic());

    [Fact]
    public void Layout_header() => Verify("Layout", SampleModels.Layout());

    [Fact]
    public void Ioctl_header() => Verify("Ioctls", SampleModels.Ioctls());

    /// <summary>Header text through the whole generator (front-end, fd map, emitter).</summary>
    [Fact]
    public void Header_text_through_the_generator() =>
        VerifyRun("GunyahTestHeader", Pipeline.PipelineInputs.Harness().Run());

    /// <summary>The smallest real profile, end to end.</summary>
    [Fact]
    public void Repository_profile_v6() =>
        VerifyRun("ProfileV6", RepoHeaders.Profile("v6", "Profiles.V6").Run());

    private static void VerifyRun(string name, HarnessRun run)
    {
        var diagnostics = run.Diagnostics.Select(d => $"// {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n");
        Snapshot.Verify(name, run.Sources.Select(s => (s.HintName, s.SourceText.ToString())).Prepend(("diagnostics", string.Concat(diagnostics))));
    }

    private static void Verify(string name, HeaderModel model)
    {
        var result = BindingsEmitter.EmitWithDiagnostics(model);
        var diagnostics = result.Diagnostics.Select(d => $"// {d.Id} {d.Location}: {d.Message}\n");
        Snapshot.Verify(name, result.Sources.Select(s => (s.HintName, s.Text)).Prepend(("diagnostics", string.Concat(diagnostics))));
    }
}
