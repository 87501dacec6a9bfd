using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class DirectiveTests
{
    [Fact]
    public void Conditionals_select_groups()
    {
        const string text = @"#define ONE 1
#if ONE
a
#else
b
#endif
#ifdef ONE
c
#endif
#ifndef ONE
d
#elif ONE + 1 == 2
e
#else
f
#endif
#if 0
g
#elif 0
h
#elif 1
i
#elif 1
j
#else
k
#endif";
        var run = Run(text);
        run.AssertOutput("a c e i");
        run.AssertNoErrors();
    }

    [Fact]
    public void Elifdef_and_elifndef_follow_c23()
    {
        var run = Run("#define Y\n#ifdef X\na\n#elifdef Y\nb\n#endif\n#ifdef X\nc\n#elifndef X\nd\n#elifndef Z\ne\n#endif");
        run.AssertOutput("b d");
        run.AssertNoErrors();
    }

    [Fact]
    public void Defined_without_an_identifier_is_a_syntax_error()
    {
        var run = Run("#if defined\na\n#endif\n#if defined(1)\nb\n#endif\n#ifdef\nc\n#endif");
        run.AssertOutput(string.Empty);
        Assert.True(run.Diagnostics.Count >= 3);
        Assert.All(run.Diagnostics, d => Assert.Equal("GHGEN006", d.Id));
    }

    [Fact]
    public void Nested_conditionals_in_skipped_groups_are_not_evaluated()
    {
        const string text = @"#if 0
#if 1/0
a
#else
b
#endif
#error not here
#bogus directive
'unterminated
#elif 1
c
#endif";
        var run = Run(text);
        run.AssertOutput("c");
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Defined_operator_in_both_forms_and_from_expansion()
    {
        const string text = @"#define X
#if defined X && defined(X) && !defined Y && !defined ( Y )
a
#endif
#define IS_X defined(X)
#if IS_X
b
#endif
#if defined __FILE__ && defined __has_include
c
#endif";
        var run = Run(text);
        run.AssertOutput("a b c");
        run.AssertNoErrors();
    }

    [Fact]
    public void Remaining_identifiers_are_zero_and_true_is_not_special()
    {
        var run = Run("#if UNDEFINED == 0 && !true && !false\na\n#endif\n#if UNDEFINED_FN(1)\nb\n#endif");
        run.AssertOutput("a");
        Assert.Equal("GHGEN006", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void If_arithmetic_uses_intmax()
    {
        var run = Run("#if 0xffffffff + 1 == 0x100000000\na\n#endif\n#if -1 < 0u\nb\n#endif\n#if (2 || 1/0) && (0 ? 1/0 : 1)\nc\n#endif");
        run.AssertOutput("a c");
        run.AssertNoErrors();
    }

    [Fact]
    public void Bad_if_expressions_are_diagnosed_and_false()
    {
        var run = Run("#if 1/0\na\n#elif\nb\n#elif 1 +\nc\n#elif 2 3\nd\n#else\ne\n#endif");
        run.AssertOutput("e");
        Assert.Equal(new[] { "GHGEN003", "GHGEN006", "GHGEN006", "GHGEN006" }, run.Diagnostics.Select(d => d.Id));
        Assert.Equal(new LocationInfo(RootPath, 1, 6), run.Diagnostics[0].Location);
    }

    [Fact]
    public void Unbalanced_conditionals_are_syntax_errors()
    {
        var run = Run("#endif\n#else\n#elif 1\n#if 1\n#else\n#else\n#elif 1\nx");
        var errors = run.Diagnostics.Select(d => (d.Id, d.Location!.Value.Line)).ToList();
        Assert.Equal(
            new[] { ("GHGEN006", 1), ("GHGEN006", 2), ("GHGEN006", 3), ("GHGEN006", 6), ("GHGEN006", 7), ("GHGEN006", 4) },
            errors);
        Assert.Contains("without #endif", run.Diagnostics.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_and_warning_directives_report_their_message_and_continue()
    {
        var run = Run("a\n  #  error  Something's  wrong here\n#warning \"careful\" x\nb");
        run.AssertOutput("a b");
        Assert.Equal(2, run.Diagnostics.Count);
        Assert.Equal("GHGEN005", run.Diagnostics[0].Id);
        Assert.Equal("#error Something's  wrong here", run.Diagnostics[0].Message);
        Assert.Equal(new LocationInfo(RootPath, 2, 6), run.Diagnostics[0].Location);
        Assert.Equal("GHGEN016", run.Diagnostics[1].Id);
        Assert.Equal("#warning \"careful\" x", run.Diagnostics[1].Message);
        Assert.Equal(new LocationInfo(RootPath, 3, 2), run.Diagnostics[1].Location);
    }

    [Fact]
    public void Undef_pragma_line_ident_and_null_directives()
    {
        var run = Run("#define A 1\n#undef A\n#\n#pragma GCC system_header\n#line 100 \"x.h\"\n#ident \"v\"\nA\n#undef\n");
        run.AssertOutput("A");
        Assert.Equal("GHGEN007", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void Pragma_pack_is_passed_on_in_operator_form_because_it_changes_layout()
    {
        var run = Run("#pragma pack(push, 1)\nstruct s;\n#pragma pack(pop)\n");
        run.AssertOutput("_Pragma ( \"pack(push, 1)\" ) struct s ; _Pragma ( \"pack(pop)\" )");
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Unknown_directive_is_a_syntax_error()
    {
        var run = Run("#frobnicate now\nx");
        run.AssertOutput("x");
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GHGEN006", diagnostic.Id);
        Assert.Contains("#frobnicate", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predefined_macros_describe_lp64_little_endian_gnu_c()
    {
        const string text = @"#if __STDC_VERSION__ == 201710L && __GNUC__ == 12 && __GNUC_MINOR__ == 2 && __linux__ && __linux && __unix__
#if __LP64__ && _LP64 && __CHAR_BIT__ == 8 && __SIZEOF_INT__ == 4 && __SIZEOF_LONG__ == 8 && __SIZEOF_LONG_LONG__ == 8
#if __SIZEOF_POINTER__ == 8 && __SIZEOF_SHORT__ == 2 && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && __ORDER_BIG_ENDIAN__ == 4321
#if __STDC__ && __ORDER_PDP_ENDIAN__ == 3412 && !defined __KERNEL__ && !defined __x86_64__ && !defined __aarch64__ && !defined __BITS_PER_LONG
ok
#endif
#endif
#endif
#endif";
        var run = Run(text);
        run.AssertOutput("ok");
        run.AssertNoErrors();
    }

    [Fact]
    public void Request_defines_are_predefined()
    {
        var run = Run("__x86_64__ VALUE F(2)", defines: new[] { "__x86_64__", "VALUE=0x10", "F(x)=x*x" });
        run.AssertOutput("1 0x10 2*2");
        Assert.Empty(run.Diagnostics);
    }
}
