using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class MacroExpansionTests
{
    [Fact]
    public void Object_like_macros_expand_and_rescan()
    {
        var run = Run("#define A B + 1\n#define B 2\nA;\n#define EMPTY\nx EMPTY y");
        run.AssertOutput("2 + 1; x y");
        run.AssertNoErrors();
    }

    [Fact]
    public void Recursive_macros_stop_at_their_own_name()
    {
        var run = Run("#define foo foo\nfoo\n#define ping pong\n#define pong ping\nping pong\n#define self (1 + self)\nself");
        run.AssertOutput("foo ping pong (1 + self)");
        run.AssertNoErrors();
    }

    [Fact]
    public void Hide_sets_follow_prosser_when_arguments_come_from_the_text()
    {
        // gcc -E prints "1 f(2)(3)": g's expansion f carries f in its hide set.
        var run = Run("#define f(x) x g\n#define g f\nf(1)(2)(3)");
        run.AssertOutput("1 f(2)(3)");
    }

    [Fact]
    public void Function_like_name_without_parenthesis_is_not_invoked()
    {
        var run = Run("#define f(x) [x]\nint f;\nf\n(1)\nf (2) f;");
        run.AssertOutput("int f; [1] [2] f;");
        run.AssertNoErrors();
    }

    [Fact]
    public void Invocation_may_span_lines_and_nest_parentheses()
    {
        var run = Run("#define pair(a, b) {a|b}\npair((1, 2),\n  f(3,\n 4))");
        run.AssertOutput("{(1, 2)|f(3, 4)}");
    }

    [Fact]
    public void Classic_rescanning_example_matches_gcc()
    {
        // Modeled on C11 6.10.3.5 EXAMPLE 3; expected text is what gcc 12 -E -P prints.
        const string text = @"#define k 7
#define u(v) u(k + (v))
#undef k
#define k 5
#define alias u
#define arr arr[1]
#define open alias(-
#define apply(v) v(e)
#define e 8,9
#define id(v) v
#define ty() long
#define same(k) k
#define cat(a,b) a ## b
#define quote(s) # s
u(n-2) - u(u(arr)) / id(id(alias)(1) - id)(2);
alias(k*(6,7)+e) ^ open 3) | apply
(u)&apply(apply);
ty() w[same()] = { same(4), cat(5,6), cat(7,), cat(,8), cat(,) };
char s[2][8] = { quote(world), quote() };";
        var run = Run(text);
        run.AssertOutput(@"u(5 + (n-2)) - u(5 + (u(5 + (arr[1])))) / u(5 + (1)) - id(2);
u(5 + (5*(6,7)+8,9)) ^ u(5 + (- 3)) | u(5 + (8,9))&apply(8,9);
long w[] = { 4, 56, 7, 8, };
char s[2][8] = { ""world"", """" };");
        run.AssertNoErrors();
    }

    [Fact]
    public void Stringizing_and_pasting_match_gcc()
    {
        // Modeled on C11 6.10.3.5 EXAMPLE 4 and 5.
        const string text = @"#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf(""x"" # s ""= %d, x"" # t ""= %s"", \
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW ""hello""
#define LOW LOW "", world""
debug(1, 2);
fputs(str(strncmp(""abc\0d"", ""abc"", '\4') // this goes away
 == 0) str(: @\n), s);
xstr(INCFILE(2).h)
glue(HIGH, LOW);
xglue(HIGH, LOW)
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);
#define t(x,y,z) x ## y ## z
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };";
        var run = Run(text);
        run.AssertOutput(@"printf(""x"" ""1"" ""= %d, x"" ""2"" ""= %s"", x1, x2);
fputs(""strncmp(\""abc\\0d\"", \""abc\"", '\\4') == 0"" "": @\n"", s);
""vers2.h""
""hello"";
""hello"" "", world""
char p[] = ""x ## y"";
int j[] = { 123, 45, 67, 89,
 10, 11, 12, };");
        run.AssertNoErrors();
    }

    [Fact]
    public void Variadic_macros_standard_and_gnu_forms()
    {
        const string text = @"#define debug2(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test):\
 printf(__VA_ARGS__))
#define eprintf(format, args...) fprintf(stderr, format , ## args)
#define count(first, ...) first __VA_ARGS__
debug2(""Flag"");
debug2(""X = %d\n"", x);
showlist(The first, second, and third items.);
report(x>y, ""x is %d but y is %d"", x, y);
eprintf(""a"");
eprintf(""a %d"", 1, 2);
count(1) count(2, 3, (4, 5))";
        var run = Run(text);
        run.AssertOutput(@"fprintf(stderr, ""Flag"");
fprintf(stderr, ""X = %d\n"", x);
puts(""The first, second, and third items."");
((x>y)?puts(""x>y""): printf(""x is %d but y is %d"", x, y));
fprintf(stderr, ""a"");
fprintf(stderr, ""a %d"" , 1, 2);
1 2 3, (4, 5)");
        run.AssertNoErrors();
    }

    [Fact]
    public void Whitespace_only_redefinition_differences_are_not_redefinitions()
    {
        const string text = @"#define OBJ_LIKE (1-1)
#define OBJ_LIKE /* white space */ (1-1) /* other */
#define FUNC_LIKE(a) ( a )
#define FUNC_LIKE( a )( /* note the white space */ \
 a /* other stuff on this line
 */ )
#define OBJ_LIKE (0)
OBJ_LIKE";
        var run = Run(text);
        run.AssertOutput("(0)");
        var redefinition = Assert.Single(run.Diagnostics);
        Assert.Equal("GHGEN012", redefinition.Id);
        Assert.Equal(7, redefinition.Location!.Value.Line);
    }

    [Fact]
    public void Wrong_argument_count_is_a_macro_error()
    {
        var run = Run("#define two(a, b) a b\ntwo(1)\ntwo(1, 2, 3)\n#define none() x\nnone(1)\nnone() two(,)");
        var errors = run.Diagnostics.Where(d => d.Id == "GHGEN007").ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(2, errors[0].Location!.Value.Line);
        Assert.Contains("'two'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, errors[1].Location!.Value.Line);
        Assert.Equal(5, errors[2].Location!.Value.Line);
        run.AssertOutput("x");
    }

    [Fact]
    public void Unterminated_invocation_is_a_macro_error()
    {
        var run = Run("#define f(x) x\nf(1, \n");
        Assert.Equal("GHGEN007", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void Invalid_paste_is_a_macro_error_and_keeps_both_tokens()
    {
        var run = Run("#define bad(a, b) a ## b\nbad(x, +) bad(., .)");
        run.AssertOutput("x + . .");
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "GHGEN007"));
    }

    [Fact]
    public void Pasted_identifiers_are_rescanned()
    {
        var run = Run("#define cat(a, b) a ## b\n#define AB 42\n#define call(n) cat(get_, n)()\ncat(A, B) call(x)");
        run.AssertOutput("42 get_x()");
    }

    [Fact]
    public void Malformed_definitions_are_macro_errors()
    {
        var run = Run("#define\n#define 1x\n#define f(a a\n#define g(a, a) a\n#define h(a) # b\n#define i ## x\n#define defined 1\nok");
        Assert.Equal(7, run.Diagnostics.Count(d => d.Id == "GHGEN007"));
        run.AssertOutput("ok");
    }

    [Fact]
    public void Builtin_line_and_file_macros()
    {
        var run = Run("a\n__LINE__ __FILE__\n#define L __LINE__\n\nL");
        run.AssertOutput("a 2 \"/src/root.h\" 5");
    }

    [Fact]
    public void Pragma_operator_is_dropped_unless_it_is_a_pack_pragma()
    {
        var run = Run("#define P _Pragma(\"once\") int\nP x; _Pragma(\"pack(1)\") y;");
        run.AssertOutput("int x; _Pragma(\"pack(1)\") y;");
    }
}
