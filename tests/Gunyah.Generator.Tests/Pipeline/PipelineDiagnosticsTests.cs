using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>One test per diagnostic the pipeline and emitter own (the front-end tests its own ids).</summary>
public class PipelineDiagnosticsTests
{
    [Fact]
    public void HeaderNotFound_when_the_root_text_is_not_available()
    {
        var run = new GeneratorHarness()
            .AddRootHeader("/src/include/linux/missing.h", null, "Test.Missing")
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticIds.HeaderNotFound, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("/src/include/linux/missing.h", diagnostic.GetMessage(null), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void FdMapError_points_at_each_malformed_line()
    {
        var run = PipelineInputs.Harness(fdMap: "GH_VM_* vm\nGH_VCPU_* vcpu extra\nGH_CREATE_VM Device\n").Run();

        var errors = run.WithId(DiagnosticIds.FdMapError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(PipelineInputs.FdMapPath, e.Location.GetLineSpan().Path));
        Assert.Equal(new[] { 1, 2 }, errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line));
        Assert.All(errors, e => Assert.Equal(DiagnosticSeverity.Warning, e.Severity));
    }

    [Fact]
    public void FdMapError_when_the_named_map_is_missing()
    {
        var run = new GeneratorHarness()
            .AddRootHeader(PipelineInputs.RootPath, PipelineInputs.Header, PipelineInputs.Namespace, PipelineInputs.IncludeDirectory, fdMap: "/src/nowhere.fdmap")
            .AddCommonHeaders(PipelineInputs.IncludeDirectory)
            .Run();

        Assert.Contains(run.WithId(DiagnosticIds.FdMapError), d => d.GetMessage(null).Contains("/src/nowhere.fdmap", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".VmIoctls.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void IoctlWithoutFdKind_for_ioctls_no_rule_matches()
    {
        var run = PipelineInputs.Harness(fdMap: "GH_VM_* vm\n").Run();

        run.AssertNoErrors();
        var unmatched = run.WithId(DiagnosticIds.IoctlWithoutFdKind).Select(d => d.GetMessage(null)).ToList();
        Assert.Equal(2, unmatched.Count);
        Assert.Contains(unmatched, m => m.Contains("'GH_CREATE_VM'", StringComparison.Ordinal));
        Assert.Contains(unmatched, m => m.Contains("'GH_VCPU_RUN'", StringComparison.Ordinal));
        Assert.Contains("SetUserMemRegion", run.Source(".VmIoctls.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".DeviceIoctls.g.cs", StringComparison.Ordinal));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void IoctlWithoutFdKind_with_a_stub_front_end()
    {
        var harness = PipelineInputs.Harness(fdMap: "GH_VM_* vm\n");
        harness.Generator = PipelineInputs.StubGenerator(request => new HeaderModelBuilder(request.Namespace, request.RootPath, fdMapPath: request.FdMapPath)
            .Ioctl("GH_VM_START", IoctlDirectionKind.None, 'G', 3)
            .Ioctl("GH_OTHER", IoctlDirectionKind.None, 'G', 4)
            .Build());

        var run = harness.Run();

        var diagnostic = Assert.Single(run.WithId(DiagnosticIds.IoctlWithoutFdKind));
        Assert.Contains("'GH_OTHER'", diagnostic.GetMessage(null), StringComparison.Ordinal);
        Assert.Equal(PipelineInputs.RootPath, diagnostic.Location.GetLineSpan().Path);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void NameCollision_when_two_C_names_map_to_one_CSharp_name()
    {
        const string header = """
            #include <linux/types.h>
            struct foo_bar { __u32 a; };
            struct foo__bar { __u32 b; };
            """;

        var run = PipelineInputs.Harness(header, fdMap: null).Run();

        run.AssertNoErrors();
        var collision = Assert.Single(run.WithId(DiagnosticIds.NameCollision));
        Assert.Contains("'foo__bar'", collision.GetMessage(null), StringComparison.Ordinal);
        Assert.Equal(PipelineInputs.RootPath, collision.Location.GetLineSpan().Path);
        Assert.Contains("struct FooBar_2", run.Source(".FooBar_2.g.cs"), StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void InternalError_when_the_front_end_throws()
    {
        var harness = PipelineInputs.Harness();
        harness.Generator = PipelineInputs.StubGenerator(_ => throw new InvalidOperationException("boom"));

        var run = harness.Run();

        Assert.Null(run.Result.Exception);
        var diagnostic = Assert.Single(run.WithId(DiagnosticIds.InternalError));
        Assert.Contains("boom", diagnostic.GetMessage(null), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void InternalError_when_emission_fails_on_a_malformed_model()
    {
        var harness = PipelineInputs.Harness();
        harness.Generator = PipelineInputs.StubGenerator(request => new HeaderModelBuilder(request.Namespace, request.RootPath)
            .Struct("bad", 4, 4, s => s.Field("x", CTypes.U32 with { Kind = (TypeRefKind)99 }, 0))
            .Build());

        var run = harness.Run();

        Assert.Contains(run.WithId(DiagnosticIds.InternalError), d => d.GetMessage(null).Contains("'Emitted'", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_end_diagnostics_are_reported_at_their_header_location()
    {
        var harness = PipelineInputs.Harness();
        harness.Generator = PipelineInputs.StubGenerator(request => new HeaderModelBuilder(request.Namespace, request.RootPath)
            .Diagnostic(DiagnosticIds.SkippedFunction, "function 'f' skipped")
            .Build());

        var diagnostic = Assert.Single(harness.Run().Diagnostics);

        Assert.Equal(DiagnosticIds.SkippedFunction, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(PipelineInputs.RootPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }
}
