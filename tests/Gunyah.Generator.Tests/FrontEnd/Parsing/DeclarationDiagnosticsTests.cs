using Gunyah.Generator.Diagnostics;

namespace Gunyah.Generator.Tests.FrontEnd.Parsing;

/// <summary>Every error path reports one diagnostic at the right place, skips the declaration, and parsing goes on.</summary>
public class DeclarationDiagnosticsTests
{
    private const string Next = "\nstruct next { int ok; };";

    [Theory]
    [InlineData("struct s {\n  foo_t x;\n};", "2,3:" + DiagnosticIds.UnknownType)]
    [InlineData("struct fwd;\nstruct s {\n  struct fwd inner;\n};", "3,14:" + DiagnosticIds.UnknownType)]
    [InlineData("struct s { enum later e; };", "1,23:" + DiagnosticIds.UnknownType)]
    [InlineData("struct s {\n  int a[N];\n};", "2,9:" + DiagnosticIds.UnknownIdentifier)]
    [InlineData("struct s { int a[2 - 3]; };", "1,18:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { int a[1 / 0]; };", "1,20:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { char c : 9; };", "1,21:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { double d : 3; };", "1,19:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { int x : 0; };", "1,20:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { int x : -1; };", "1,20:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { int x : W; };", "1,20:" + DiagnosticIds.UnknownIdentifier)]
    [InlineData("struct s { int a __attribute__((aligned(3))); };", "1,41:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { int a; } __attribute__((aligned(0)));", "1,44:" + DiagnosticIds.BadExpression)]
    [InlineData("enum e { A = B };", "1,14:" + DiagnosticIds.UnknownIdentifier)]
    [InlineData("struct s { int v[*]; };", "1,18:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { int flex[]; int after; };", "1,16:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { int f(void); };", "1,16:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { _Complex double z; };", "1,12:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("__asm__(\".symver x\");", "1,1:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("int f(a) int a; { return a; }", "1,10:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("struct s { int a; ] };", "1,19:" + DiagnosticIds.SyntaxError)]
    [InlineData("struct s { int a };", "1,18:" + DiagnosticIds.SyntaxError)]
    [InlineData("} ;", "1,1:" + DiagnosticIds.SyntaxError)]
    [InlineData("unsigned float x;", "1,1:" + DiagnosticIds.SyntaxError)]
    [InlineData("struct s { int a; }; union s { int b; };", "1,28:" + DiagnosticIds.SyntaxError)]
    [InlineData("struct s { int a; };\nstruct s { long b; };", "2,8:" + DiagnosticIds.Redefinition)]
    [InlineData("enum e { A };\nenum e { B };", "2,6:" + DiagnosticIds.Redefinition)]
    [InlineData("typedef int t;\ntypedef long t;", "2,14:" + DiagnosticIds.Redefinition)]
    [InlineData("struct s { int a[sizeof(struct fwd)]; };", "1,25:" + DiagnosticIds.UnknownType)]
    [InlineData("__typeof__(1 + 2) x;", "1,1:" + DiagnosticIds.UnsupportedConstruct)]
    [InlineData("_Static_assert(0, \"no\");", "1,1:" + DiagnosticIds.BadExpression)]
    [InlineData("_Pragma(\"pack(3)\")", "1,1:" + DiagnosticIds.BadExpression)]
    [InlineData("struct s { int a; _Pragma(\"pack push\") };", "1,19:" + DiagnosticIds.SyntaxError)]
    public void Error_is_reported_once_at_its_location_and_parsing_continues(string source, string expected)
    {
        var parsed = ParserHarness.Parse(source + Next);
        Assert.Equal(new[] { expected }, parsed.Problems.Select(ParserHarness.Describe));
        Assert.Equal(4, parsed.Record("next").Layout!.Size);
    }

    [Fact]
    public void A_record_with_a_bad_member_has_no_layout_and_users_stay_silent()
    {
        var parsed = ParserHarness.Parse("struct bad { unknown_t x; int y; };\nstruct user { struct bad b; };\nstruct fine { int z; };");
        Assert.Equal(new[] { "1,14:" + DiagnosticIds.UnknownType }, parsed.Problems.Select(ParserHarness.Describe));
        Assert.True(parsed.Record("bad").IsInvalid);
        Assert.Null(parsed.Record("bad").Layout);
        Assert.True(parsed.Record("user").IsInvalid);
        Assert.Equal(4, parsed.Record("fine").Layout!.Size);
    }

    [Fact]
    public void Pointers_to_records_never_completed_are_fine()
    {
        var parsed = ParserHarness.Parse("struct s { struct never *p; union nor *q; enum nope *r; };");
        Assert.Empty(parsed.Problems);
        Assert.Equal(24, parsed.Record("s").Layout!.Size);
    }

    [Fact]
    public void Recovery_never_stalls_on_any_truncation_of_a_header()
    {
        const string source =
            "typedef struct { int a : 3; } t;\n"
            + "static inline int f(void) { return ({ 1; }); }\n"
            + "struct s { union { struct { __u8 x[4]; }; __u32 y; } u; enum { K = 1 << 2 } k; } __attribute__((packed));\n"
            + "_Static_assert(sizeof(struct s) == 8, \"size\");\n"
            + "enum e { A = sizeof(int (*)(void)), B };\n";
        for (var length = 0; length <= source.Length; length++)
        {
            var parsed = ParserHarness.Parse(source.Substring(0, length));
            Assert.NotNull(parsed.Scope);
        }

        Assert.Empty(ParserHarness.Parse(source).Problems);
    }
}
