namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

/// <summary>
/// <c>#pragma pack</c> changes layout, so the preprocessor hands it to the parser instead of dropping it.
/// Expected sizes and offsets were computed with gcc 12 on x86-64.
/// </summary>
public class PragmaPackTests
{
    [Fact]
    public void Pragma_pack_directive_packs_the_records_that_follow_it()
    {
        var model = CompilerHarness.Compile("""
            #pragma pack(push, 1)
            struct packed_one { char c; int i; long long l; };
            #pragma pack(pop)
            struct natural { char c; int i; long long l; };
            """);

        Assert.Empty(CompilerHarness.Problems(model));
        var packed = model.Structs.Single(s => s.Key == "packed_one");
        Assert.Equal(13, packed.Size);
        Assert.Equal(1, packed.Alignment);
        Assert.Equal(new[] { 0, 1, 5 }, packed.Fields.Select(f => f.Offset));
        var natural = model.Structs.Single(s => s.Key == "natural");
        Assert.Equal(16, natural.Size);
        Assert.Equal(new[] { 0, 4, 8 }, natural.Fields.Select(f => f.Offset));
    }

    [Fact]
    public void Pragma_pack_inside_a_skipped_conditional_group_has_no_effect()
    {
        var model = CompilerHarness.Compile("""
            #if 0
            #pragma pack(1)
            #endif
            struct natural { char c; int i; };
            """);

        Assert.Equal(8, model.Structs.Single(s => s.Key == "natural").Size);
    }

    [Fact]
    public void Pragma_pack_through_the_operator_form_in_a_macro_packs_too()
    {
        var model = CompilerHarness.Compile("""
            #define PACK2 _Pragma("pack(2)")
            PACK2
            struct two { char c; int i; };
            _Pragma("pack()")
            """);

        Assert.Empty(CompilerHarness.Problems(model));
        Assert.Equal(6, model.Structs.Single(s => s.Key == "two").Size);
    }

    [Fact]
    public void Other_pragmas_are_ignored()
    {
        var model = CompilerHarness.Compile("""
            #pragma GCC diagnostic push
            _Pragma("GCC diagnostic ignored \"-Wpadded\"")
            struct natural { char c; int i; };
            """);

        Assert.Empty(CompilerHarness.Problems(model));
        Assert.Equal(8, model.Structs.Single(s => s.Key == "natural").Size);
    }
}
