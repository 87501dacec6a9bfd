using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Lexing;

public class LexerTests
{
    private static IReadOnlyList<Token> Lex(string text, List<DiagnosticInfo>? diagnostics = null)
    {
        diagnostics ??= new List<DiagnosticInfo>();
        return Lexer.Tokenize(text, "a.h", diagnostics);
    }

    [Fact]
    public void Splits_kinds_and_keeps_spelling()
    {
        var tokens = Lex("foo 0x40u 1.5e+3 'a' \"s\\\"t\" L'x' u8\"y\" ->");
        Assert.Equal(
            new[] { "foo", "0x40u", "1.5e+3", "'a'", "\"s\\\"t\"", "L'x'", "u8\"y\"", "->" },
            tokens.Select(t => t.Text));
        Assert.Equal(
            new[]
            {
                TokenKind.Identifier, TokenKind.Number, TokenKind.Number, TokenKind.CharLiteral, TokenKind.StringLiteral,
                TokenKind.CharLiteral, TokenKind.StringLiteral, TokenKind.Punctuator,
            },
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Punctuators_use_longest_match()
    {
        var tokens = Lex("a<<=b>>=c...##d#e->f++--!=&&||<=>=");
        Assert.Equal(
            new[] { "a", "<<=", "b", ">>=", "c", "...", "##", "d", "#", "e", "->", "f", "++", "--", "!=", "&&", "||", "<=", ">=" },
            tokens.Select(t => t.Text));
    }

    [Fact]
    public void Locations_are_one_based_lines_and_columns()
    {
        var tokens = Lex("int x;\n\tlong  y;\r\nz");
        Assert.Equal(new LocationInfo("a.h", 1, 1), tokens[0].Location);
        Assert.Equal(new LocationInfo("a.h", 1, 5), tokens[1].Location);
        Assert.Equal(new LocationInfo("a.h", 2, 2), tokens[3].Location);
        Assert.Equal(new LocationInfo("a.h", 2, 8), tokens[4].Location);
        Assert.Equal(new LocationInfo("a.h", 3, 1), tokens[6].Location);
    }

    [Fact]
    public void Start_of_line_and_leading_space_flags()
    {
        var tokens = Lex("#define F(x) (x)\n  # x");
        Assert.True(tokens[0].IsAtStartOfLine);
        Assert.False(tokens[0].HasLeadingSpace);
        Assert.False(tokens[1].IsAtStartOfLine);
        Assert.False(tokens[3].HasLeadingSpace);
        Assert.True(tokens[6].HasLeadingSpace);
        Assert.True(tokens[9].IsAtStartOfLine);
        Assert.True(tokens[9].HasLeadingSpace);
        Assert.False(tokens[10].IsAtStartOfLine);
    }

    [Fact]
    public void Backslash_newline_splices_lines()
    {
        var tokens = Lex("#define LONG_NAME \\\n  12\\\n34 + fo\\\r\no");
        Assert.Equal(new[] { "#", "define", "LONG_NAME", "1234", "+", "foo" }, tokens.Select(t => t.Text));
        Assert.False(tokens[3].IsAtStartOfLine);
        Assert.Equal(new LocationInfo("a.h", 2, 3), tokens[3].Location);
        Assert.Equal(new LocationInfo("a.h", 3, 6), tokens[5].Location);
    }

    [Fact]
    public void Comments_are_white_space()
    {
        var tokens = Lex("a/* x */b// y\nc");
        Assert.Equal(new[] { "a", "b", "c" }, tokens.Select(t => t.Text));
        Assert.True(tokens[1].HasLeadingSpace);
        Assert.True(tokens[2].IsAtStartOfLine);
    }

    [Fact]
    public void Comment_block_before_a_token_becomes_its_leading_comment()
    {
        var text = "/**\n * struct foo - a thing\n * @a: first\n *\n *   indented\n */\nstruct foo;\n"
            + "// one\n// two\nint b;\n/* same line */ int c;\nint d;";
        var tokens = Lex(text);
        Assert.Equal("struct foo - a thing\n@a: first\n\n  indented", tokens[0].LeadingComment);
        Assert.Equal("one\ntwo", tokens[3].LeadingComment);
        Assert.Equal("same line", tokens[6].LeadingComment);
        Assert.Null(tokens[9].LeadingComment);
        Assert.Null(tokens[1].LeadingComment);
    }

    [Fact]
    public void Comment_after_a_token_on_its_line_trails_it_instead_of_leading_the_next_line()
    {
        var tokens = Lex("__u64 size; /* bytes */\n__u64 addr; // start\n  /* of\n   * the next */\n__u32 flags;");
        Assert.Equal("bytes", tokens[2].TrailingComment);
        Assert.Null(tokens[3].LeadingComment);
        Assert.Equal("start", tokens[5].TrailingComment);
        Assert.Equal("of\nthe next", tokens[6].LeadingComment);
    }

    [Fact]
    public void Unterminated_comment_and_literals_are_syntax_errors()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var tokens = Lex("a 'b\nc \"d\ne /* f", diagnostics);
        Assert.Equal(new[] { "a", "'b", "c", "\"d", "e" }, tokens.Select(t => t.Text));
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("GHGEN006", d.Id));
        Assert.Equal(new LocationInfo("a.h", 1, 3), diagnostics[0].Location);
        Assert.Equal(new LocationInfo("a.h", 3, 3), diagnostics[2].Location);
    }

    [Fact]
    public void Stray_characters_are_reported_and_kept()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var tokens = Lex("a @ b", diagnostics);
        Assert.Equal(3, tokens.Count);
        Assert.Contains("stray", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_preprocessing_numbers()
    {
        Assert.Equal(new[] { "0x1p-3", ".5", "1e+", "+", "2", "12ULL" }, Lex("0x1p-3 .5 1e+ +2 12ULL").Select(t => t.Text));
        Assert.Equal(new[] { "1", "+", "2" }, Lex("1+2").Select(t => t.Text));
        // The classic trap: "0xe+1" is one pp-number, as in every C compiler.
        Assert.Equal(new[] { "0xe+1" }, Lex("0xe+1").Select(t => t.Text));
    }
}
