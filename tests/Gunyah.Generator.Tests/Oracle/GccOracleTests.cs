using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

public class GccOracleTests
{
    private static FactSet Ask(HeaderModel model) =>
        GccOracle.Run(OracleProgramWriter.Write(model), model.Request.IncludeDirectories, model.Request.Defines);

    [Fact]
    public void Gcc_reports_layout_values_and_requests_of_the_tiny_header()
    {
        using var tiny = new TinyHeader();
        var gcc = Ask(tiny.Model());

        Assert.Equal("16", gcc["size:tiny_pair"]);
        Assert.Equal("8", gcc["align:tiny_pair"]);
        Assert.Equal("8", gcc["offset:tiny_pair.b"]);
        Assert.Equal("8", gcc["offset:tiny_flex.items"]);
        Assert.Equal("16", gcc["offset:tiny_outer.named"]);
        Assert.Equal("2", gcc["size:tiny_outer.named"]);
        Assert.Equal("00007c0000000000", gcc["bits:tiny_bits.sgn"]);
        Assert.Equal("000080ffffffff7f", gcc["bits:tiny_bits.wide"]);
        Assert.Equal("0x0000000080000000", gcc["const:TINY_BIG"]);
        Assert.Equal("u32", gcc["ctype:TINY_BIG"]);
        Assert.Equal("0xfffffffffffffffe", gcc["const:TINY_NEG"]);
        Assert.Equal("i32", gcc["ctype:TINY_NEG"]);
        Assert.Equal("i32", gcc["ctype:TINY_BYTE"]);
        Assert.Equal("u64", gcc["ctype:TINY_ALL"]);
        Assert.Equal("74696e790a", gcc["str:TINY_NAME"]);
        Assert.Equal("0x40105401", gcc["ioctl:TINY_SET"]);
        Assert.Equal("0x00005402", gcc["ioctl:TINY_GO"]);
        Assert.Equal("0xfffffffffffffffd", gcc["enum:tiny_kind.TINY_KIND_B"]);
        Assert.Equal("1", gcc["enumsigned:tiny_kind"]);
        Assert.Equal("0", gcc["enumsigned:tiny_flags"]);
        Assert.Equal("0x00000000ffffffff", gcc["enum:tiny_flags.TINY_FLAG_ALL"]);
    }

    [Fact]
    public void A_correct_hand_built_model_agrees_with_gcc_on_every_fact()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Model();
        var differences = FactComparer.Compare(Ask(model), ModelFactReader.Read(model));
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Statements_naming_what_the_header_lacks_are_reported_as_rejected_without_losing_other_facts()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Builder()
            .Struct("tiny_ghost", "struct tiny_pair", 16, 8, ModelBuilder.Field("no_such_member", 0))
            .Integer("TINY_NOT_DEFINED", PrimitiveKind.Int, 1)
            .Build(TinyHeader.IncludeDirectories);
        var gcc = Ask(model);

        Assert.StartsWith(GccOracle.RejectedPrefix, gcc["offset:tiny_ghost.no_such_member"], StringComparison.Ordinal);
        Assert.Contains("no_such_member", gcc["offset:tiny_ghost.no_such_member"], StringComparison.Ordinal);
        Assert.StartsWith(GccOracle.RejectedPrefix, gcc["const:TINY_NOT_DEFINED"], StringComparison.Ordinal);
        Assert.StartsWith(GccOracle.RejectedPrefix, gcc["ctype:TINY_NOT_DEFINED"], StringComparison.Ordinal);
        Assert.Equal("16", gcc["size:tiny_ghost"]);
        Assert.Equal("0x40105401", gcc["ioctl:TINY_SET"]);
    }

    [Fact]
    public void A_header_gcc_cannot_compile_at_all_fails_with_the_compiler_output()
    {
        using var tiny = new TinyHeader();
        File.WriteAllText(tiny.RootPath, "struct broken {");
        var error = Assert.Throws<InvalidOperationException>(() => Ask(tiny.Model()));
        Assert.Contains("gcc could not compile the oracle program", error.Message, StringComparison.Ordinal);
        Assert.Contains("error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_lines_split_at_the_first_space()
    {
        var facts = new FactSet("gcc");
        GccOracle.ParseOutput("size:a 16\nbits:a.b 00ff\n", facts);
        Assert.Equal("16", facts["size:a"]);
        Assert.Equal("00ff", facts["bits:a.b"]);
    }
}
