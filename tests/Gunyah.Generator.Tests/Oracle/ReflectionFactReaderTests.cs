using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

public class ReflectionFactReaderTests
{
    [Fact]
    public void Facts_are_read_from_compiled_bindings_by_CName_using_the_runtime_layout()
    {
        using var compiled = BindingsCompiler.Compile([TinyBindings.Source()]);
        var facts = ReflectionFactReader.Read(compiled.Assembly);

        Assert.Equal("16", facts["size:tiny_pair"]);
        Assert.Equal("8", facts["align:tiny_pair"]);
        Assert.Equal("8", facts["offset:tiny_pair.b"]);
        Assert.Equal("8", facts["offset:tiny_outer.u"]);
        Assert.Equal("2", facts["align:tiny_outer.named"]);
        Assert.Equal("8", facts["offset:tiny_flex.items"]);
        Assert.Equal("00007c0000000000", facts["bits:tiny_bits.sgn"]);
        Assert.Equal("0x0000000080000000", facts["const:TINY_BIG"]);
        Assert.Equal("u32", facts["ctype:TINY_BIG"]);
        Assert.Equal("i32", facts["ctype:TINY_BYTE"]);
        Assert.Equal("0xfffffffffffffffe", facts["const:TINY_NEG"]);
        Assert.Equal("74696e790a", facts["str:TINY_NAME"]);
        Assert.Equal("0x40105401", facts["ioctl:TINY_SET"]);
        Assert.Equal("1", facts["enumsigned:tiny_kind"]);
        Assert.Equal("0x00000000ffffffff", facts["enum:tiny_flags.TINY_FLAG_ALL"]);
        Assert.Empty(compiled.Warnings);
    }

    [Fact]
    public void A_bitfield_setter_that_does_not_mask_shows_in_the_bytes()
    {
        var source = TinyBindings.Source().Text.Replace("(((ulong)value & 0x7) << 8)", "((ulong)value << 8)", StringComparison.Ordinal);
        using var compiled = BindingsCompiler.Compile([("Tiny.g.cs", source)]);
        Assert.Equal("00ffffffff000000", ReflectionFactReader.Read(compiled.Assembly)["bits:tiny_bits.lo"]);
    }

    [Fact]
    public void The_alignment_probe_agrees_with_the_C_ABI_for_primitives()
    {
        Assert.Equal(1, LayoutProbe.AlignOf(typeof(byte)));
        Assert.Equal(2, LayoutProbe.AlignOf(typeof(short)));
        Assert.Equal(4, LayoutProbe.AlignOf(typeof(uint)));
        Assert.Equal(8, LayoutProbe.AlignOf(typeof(ulong)));
        Assert.Equal(8, LayoutProbe.AlignOf(typeof(double)));
        Assert.Equal(16, LayoutProbe.AlignOf(typeof(Int128)));
    }

    [Fact]
    public void Code_that_does_not_compile_fails_with_the_compiler_errors()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BindingsCompiler.Compile([("Bad.g.cs", "public struct X { int }")]));
        Assert.Contains("does not compile", error.Message, StringComparison.Ordinal);
    }
}
