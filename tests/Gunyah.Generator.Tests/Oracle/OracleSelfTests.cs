using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

/// <summary>The oracle must both accept correct bindings and catch wrong ones, or its green means nothing.</summary>
public class OracleSelfTests
{
    [Fact]
    public void Correct_hand_written_bindings_agree_with_gcc_on_every_fact()
    {
        using var tiny = new TinyHeader();
        var verdict = OracleRun.Check(tiny.Model(), [TinyBindings.Source()]);
        Assert.True(verdict.Agrees, verdict.Report());
        Assert.True(verdict.Gcc.Count >= 40, verdict.Report());
    }

    [Fact]
    public void A_wrong_field_offset_in_the_bindings_is_reported_as_exactly_that_emitter_mismatch()
    {
        using var tiny = new TinyHeader();
        var verdict = OracleRun.Check(tiny.Model(), [TinyBindings.Source(pairBOffset: 4)]);
        Assert.Empty(verdict.ModelDifferences);
        Assert.Equal([new FactDifference("offset:tiny_pair.b", "8", "4")], verdict.EmitterDifferences);
    }

    [Fact]
    public void A_wrong_number_in_the_model_is_blamed_on_the_front_end_not_the_emitter()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Model();
        var wrongAlign = model.Structs[0] with { Alignment = 4 };
        var broken = model with { Structs = model.Structs.Select(s => s.Key == "tiny_pair" ? wrongAlign : s).ToEquatableArray() };
        var verdict = OracleRun.Check(broken, [TinyBindings.Source()]);
        Assert.Equal([new FactDifference("align:tiny_pair", "8", "4")], verdict.ModelDifferences);
        Assert.Empty(verdict.CSharpDifferences);
    }
}
