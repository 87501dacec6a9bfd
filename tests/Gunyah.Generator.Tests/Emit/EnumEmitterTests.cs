using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class EnumEmitterTests
{
    [Fact]
    public void Members_drop_the_common_prefix_and_keep_exact_values_and_C_names()
    {
        var bindings = EmittedBindings.Compile(SampleModels.Basic());
        var flags = bindings.Type("GhMemFlags");

        Assert.Equal(typeof(uint), Enum.GetUnderlyingType(flags));
        Assert.Equal(new[] { "Read", "Write", "Exec", "All" }, Enum.GetNames(flags));
        Assert.Equal(7u, Convert.ToUInt32(Enum.Parse(flags, "All"), null));
        Assert.Equal("gh_mem_flags", StructProbe.CName(flags));
        Assert.Equal("GH_MEM_ALLOW_EXEC", StructProbe.CName(flags.GetField("Exec")!));

        var signed = bindings.Type("GhSigned");
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(signed));
        Assert.Equal(-1, Convert.ToInt32(Enum.Parse(signed, "MinusOne"), null));
        Assert.Equal(4096, Convert.ToInt32(Enum.Parse(signed, "_4K"), null));
    }

    [Fact]
    public void Wide_enums_use_64_bit_underlying_types()
    {
        var model = new HeaderModelBuilder()
            .Enum("gh_wide", PrimitiveKind.Long, null, ("GH_WIDE_LOW", long.MinValue), ("GH_WIDE_HIGH", 1L << 40))
            .Enum("gh_uwide", PrimitiveKind.ULong, null, ("GH_UWIDE_MAX", -1))
            .Build();

        var bindings = EmittedBindings.Compile(model);

        Assert.Equal(typeof(long), Enum.GetUnderlyingType(bindings.Type("GhWide")));
        Assert.Equal(long.MinValue, Convert.ToInt64(Enum.Parse(bindings.Type("GhWide"), "Low"), null));
        Assert.Equal(ulong.MaxValue, Convert.ToUInt64(Enum.Parse(bindings.Type("GhUwide"), "Max"), null));
    }

    [Fact]
    public void Member_names_that_collide_after_stripping_are_renamed()
    {
        var model = new HeaderModelBuilder()
            .Enum("gh_dup", PrimitiveKind.UInt, null, ("GH_DUP_A_B", 1), ("GH_DUP_A__B", 2), ("GH_DUP_a_b", 3))
            .Build();

        var bindings = EmittedBindings.Compile(model);

        Assert.Equal(new[] { "AB", "AB_2", "AB_3" }, Enum.GetNames(bindings.Type("GhDup")));
        Assert.Equal(2, bindings.Diagnostics.Count(d => d.Id == DiagnosticIds.NameCollision));
    }
}
