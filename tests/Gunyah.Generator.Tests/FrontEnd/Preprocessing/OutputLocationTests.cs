using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class OutputLocationTests
{
    [Fact]
    public void File_tokens_keep_their_spelling_location_and_expansions_take_the_outermost_invocation()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/dep.h", "#define INNER 7\n#define OUTER(x) { INNER, x }\n");
        var run = Run("#include <dep.h>\nint a;\n  OUTER(\n  b)\n", files);
        run.AssertOutput("int a; { 7, b }");
        Assert.Equal(new LocationInfo(RootPath, 2, 1), run.Tokens[0].Location);
        Assert.All(run.Tokens.Skip(3), t => Assert.Equal(new LocationInfo(RootPath, 3, 3), t.Location));
    }

    [Fact]
    public void Comments_survive_on_file_tokens_and_move_to_the_first_token_of_an_expansion()
    {
        const string text = @"#define U32 unsigned int
#define NOTHING
struct s {
	/* the count */
	U32 count; /* trailing */
	/* doc of next */
	NOTHING int next;
};";
        var run = Run(text);
        run.AssertOutput("struct s { unsigned int count; int next; };");
        var unsignedToken = run.Tokens.Single(t => t.Text == "unsigned");
        Assert.Equal("the count", unsignedToken.LeadingComment);
        Assert.True(unsignedToken.IsAtStartOfLine);
        Assert.Equal("trailing", run.Tokens.First(t => t.Text == ";").TrailingComment);

        // NOTHING expands to no tokens, so its comment documents the token after it.
        var ints = run.Tokens.Where(t => t.Text == "int").ToList();
        Assert.Null(ints[0].LeadingComment);
        Assert.Equal("doc of next", ints[1].LeadingComment);
    }

    [Fact]
    public void Directive_and_end_of_line_tokens_never_reach_the_output()
    {
        var run = Run("#define X 1\n#if X\na\n#endif\n# \nb");
        Assert.Equal(new[] { "a", "b" }, run.Tokens.Select(t => t.Text));
        Assert.All(run.Tokens, t => Assert.NotEqual(Gunyah.Generator.CFrontEnd.Lexing.TokenKind.EndOfLine, t.Kind));
    }

    [Fact]
    public void Lexical_errors_count_only_in_active_code()
    {
        var run = Run("#if 0\nit's skipped\n#endif\nit's active\n");
        Assert.Equal("GHGEN006", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(4, run.Diagnostics[0].Location!.Value.Line);
    }

    [Fact]
    public void Unterminated_comment_is_reported()
    {
        var run = Run("a /* never closed\nb");
        run.AssertOutput("a");
        Assert.Equal(new LocationInfo(RootPath, 1, 3), Assert.Single(run.Diagnostics).Location);
    }
}
