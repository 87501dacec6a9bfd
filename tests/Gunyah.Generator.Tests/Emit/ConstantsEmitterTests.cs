using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class ConstantsEmitterTests
{
    [Fact]
    public void Constants_keep_C_names_types_and_values()
    {
        var constants = EmittedBindings.Compile(SampleModels.Basic()).Type("Constants");

        Assert.Equal(1, Value(constants, "GH_API_VERSION"));
        Assert.Equal(64u, Value(constants, "GH_MAX_VCPUS"));
        Assert.Equal(-5L, Value(constants, "GH_NEG"));
        Assert.Equal(ulong.MaxValue, Value(constants, "GH_ALL_ONES"));
        Assert.Equal(1L << 40, Value(constants, "GH_BIG"));
        Assert.Equal(1UL << 63, Value(constants, "GH_UBIG"));
        Assert.Equal("gunyah\t\"dev\"", Value(constants, "GH_DEVICE_NAME"));
        Assert.Equal("GH_MAX_VCPUS", StructProbe.CName(constants.GetField("GH_MAX_VCPUS")!));
    }

    [Fact]
    public void Keywords_are_escaped_and_collisions_renamed()
    {
        var model = new HeaderModelBuilder()
            .Constant("base", PrimitiveKind.Int, 1)
            .Constant("Constants", PrimitiveKind.Int, 2)
            .Constant("ToString", PrimitiveKind.Int, 3)
            .Build();

        var bindings = EmittedBindings.Compile(model);
        var constants = bindings.Type("Constants");

        Assert.Equal(1, Value(constants, "base"));
        Assert.Equal(2, Value(constants, "Constants_2"));
        Assert.Equal(3, Value(constants, "ToString_2"));
        Assert.Equal(2, bindings.Diagnostics.Count(d => d.Id == DiagnosticIds.NameCollision));
    }

    private static object? Value(Type type, string name) => type.GetField(name)!.GetRawConstantValue();
}
