using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Xunit.Abstractions;

namespace Gunyah.Generator.Tests.Oracle;

/// <summary>
/// The real emitter against gcc, and proof the oracle catches a wrong number: a field offset changed in the
/// model just before emitting must come back as exactly that one mismatch.
/// </summary>
public class EmitterOracleTests
{
    private readonly ITestOutputHelper output;

    public EmitterOracleTests(ITestOutputHelper output) => this.output = output;

    private static BindingsEmission.Emit Emit =>
        BindingsEmission.Emitter ?? throw new InvalidOperationException("the bindings emitter is not available yet");

    [Fact]
    public void Bindings_emitted_from_a_correct_hand_built_model_agree_with_gcc()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Model();
        var verdict = OracleRun.Check(model, Emit(model));
        output.WriteLine(verdict.Report());
        Assert.True(verdict.Agrees, verdict.Report());
    }

    [Fact]
    public void A_field_offset_changed_before_emitting_the_tiny_header_is_the_only_mismatch()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Model();
        var verdict = OracleRun.Check(model, Emit(WithFieldOffset(model, "tiny_pair", "b", 4)));
        Assert.Empty(verdict.ModelDifferences);
        Assert.Equal([new FactDifference("offset:tiny_pair.b", "8", "4")], verdict.CSharpDifferences);
    }

    [Fact]
    public void A_field_offset_changed_before_emitting_a_profile_header_is_the_only_mismatch()
    {
        var model = SubjectBindings.For("v10/linux/gunyah.h").Model;
        var verdict = OracleRun.Check(model, Emit(WithFieldOffset(model, "gh_userspace_memory_region", "memory_size", 12)));
        output.WriteLine(verdict.Report());
        Assert.Empty(verdict.ModelDifferences);
        Assert.Equal([new FactDifference("offset:gh_userspace_memory_region.memory_size", "16", "12")], verdict.CSharpDifferences);
    }

    private static HeaderModel WithFieldOffset(HeaderModel model, string recordKey, string member, int offset)
    {
        var record = Assert.Single(model.Structs, s => s.Key == recordKey);
        var field = Assert.Single(record.Fields, f => f.Name == member);
        var moved = record with { Fields = record.Fields.Select(f => f == field ? f with { Offset = offset, BitOffset = offset * 8 } : f).ToEquatableArray() };
        return model with { Structs = model.Structs.Select(s => s == record ? moved : s).ToEquatableArray() };
    }
}
