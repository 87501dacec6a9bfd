using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Generator.Tests.Oracle.Fixtures;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle;

public class OracleProgramWriterTests
{
    private static string Program()
    {
        using var tiny = new TinyHeader();
        return OracleProgramWriter.Write(tiny.Model()).Render().Text;
    }

    [Fact]
    public void Records_are_asked_for_size_alignment_and_member_offsets_through_their_type_expression()
    {
        var text = Program();
        Assert.Contains("gh_oracle_dec(\"size:tiny_pair\", sizeof(struct tiny_pair));", text);
        Assert.Contains("gh_oracle_dec(\"align:tiny_pair\", _Alignof(struct tiny_pair));", text);
        Assert.Contains("gh_oracle_dec(\"offset:tiny_pair.b\", __builtin_offsetof(struct tiny_pair, b));", text);
        Assert.Contains("sizeof(__typeof__(((struct tiny_outer *)0)->u))", text);
    }

    [Fact]
    public void Bitfields_are_probed_by_setting_all_ones_in_a_zeroed_record_instead_of_offsetof()
    {
        var text = Program();
        Assert.Contains("gh_oracle_v.sgn = ~0ull; gh_oracle_hex(\"bits:tiny_bits.sgn\"", text);
        Assert.DoesNotContain("__builtin_offsetof(struct tiny_bits, sgn)", text);
    }

    [Fact]
    public void The_numbers_in_the_model_never_reach_the_program()
    {
        using var tiny = new TinyHeader();
        var right = OracleProgramWriter.Write(tiny.Model()).Render().Text;
        var wrong = OracleProgramWriter.Write(new ModelBuilder(tiny.RootPath)
            .Struct("tiny_pair", "struct tiny_pair", 99, 1, ModelBuilder.Field("a", 40), ModelBuilder.Field("b", 3))
            .Build(TinyHeader.IncludeDirectories)).Render().Text;
        Assert.All(wrong.Split('\n').Where(l => l.Contains("tiny_pair", StringComparison.Ordinal)), line => Assert.Contains(line, right, StringComparison.Ordinal));
    }

    [Fact]
    public void Flexible_array_offsets_are_asked_but_optional_for_the_bindings()
    {
        using var tiny = new TinyHeader();
        var program = OracleProgramWriter.Write(tiny.Model());
        Assert.Contains("__builtin_offsetof(struct tiny_flex, items)", program.Render().Text);
        Assert.Equal(["offset:tiny_flex.items"], program.OptionalKeys);
    }

    [Fact]
    public void Integer_constants_report_their_bit_pattern_and_promoted_c_type()
    {
        var text = Program();
        Assert.Contains("gh_oracle_u64(\"const:TINY_BIG\", (unsigned long long)(TINY_BIG)); gh_oracle_txt(\"ctype:TINY_BIG\", GH_ORACLE_CTYPE(TINY_BIG));", text);
        Assert.Contains("gh_oracle_hex(\"str:TINY_NAME\", TINY_NAME, sizeof(TINY_NAME) - 1);", text);
        Assert.Contains("gh_oracle_req(\"ioctl:TINY_SET\", (unsigned long)(TINY_SET));", text);
    }

    [Fact]
    public void Rendering_without_a_statement_drops_only_that_line_and_maps_lines_to_statements()
    {
        using var tiny = new TinyHeader();
        var program = OracleProgramWriter.Write(tiny.Model());
        var (full, fullMap) = program.Render();
        var dropped = program.Statements[0];
        var (less, lessMap) = program.Render(new HashSet<OracleStatement> { dropped });
        Assert.Equal(full.Split('\n').Length - 1, less.Split('\n').Length);
        Assert.Equal(program.Statements.Count, fullMap.Count);
        Assert.DoesNotContain(dropped, lessMap.Values);
        foreach (var (line, statement) in fullMap)
        {
            Assert.Equal("    " + statement.Code, full.Split('\n')[line - 1]);
        }
    }

    [Fact]
    public void Compiler_built_ins_are_ignored_and_included_declarations_are_optional()
    {
        using var tiny = new TinyHeader();
        var model = tiny.Model();
        var builtIn = model.Constants[0] with { Name = "__GNUC__", IsFromRootHeader = false, Location = new("<built-in>", 4, 9) };
        var included = model.Constants[1] with { IsFromRootHeader = false, Location = new("/usr/include/x.h", 1, 1) };
        var program = OracleProgramWriter.Write(model with { Constants = new[] { builtIn, included }.ToEquatableArray() });

        Assert.Contains("const:__GNUC__", program.IgnoredKeys);
        Assert.DoesNotContain("__GNUC__", program.Render().Text, StringComparison.Ordinal);
        Assert.Contains("const:" + included.Name, program.OptionalKeys);
        Assert.Contains("(unsigned long long)(" + included.Name + ")", program.Render().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_structs_and_members_of_empty_struct_type_may_be_absent_from_the_bindings()
    {
        using var tiny = new TinyHeader();
        var empty = CTypes.Record("holder.__empty_items", 0, 1, "struct {...}");
        var program = OracleProgramWriter.Write(new ModelBuilder(tiny.RootPath)
            .Struct("holder", "struct tiny_pair", 16, 8, ModelBuilder.Field("__empty_items", 8, empty), ModelBuilder.Field("a", 0))
            .Record("holder.__empty_items", "struct tiny_pair", 0, 1, isUnion: false)
            .Build(TinyHeader.IncludeDirectories));

        Assert.Contains("offset:holder.__empty_items", program.OptionalKeys);
        Assert.Contains("size:holder.__empty_items", program.OptionalKeys);
        Assert.DoesNotContain("offset:holder.a", program.OptionalKeys);
        Assert.DoesNotContain("size:holder", program.OptionalKeys);
    }
}
