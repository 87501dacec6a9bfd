using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Expressions.Expressions;

namespace Gunyah.Generator.Tests.FrontEnd.Expressions;

public class ExpressionParserTests
{
    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var expr = Assert.IsType<BinaryExpr>(Parse("1 + 2 * 3", diagnostics));
        Assert.Equal(BinaryOperator.Add, expr.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpr>(expr.Right).Operator);
        Assert.Equal(new LocationInfo("t.h", 1, 3), expr.Location);
    }

    [Fact]
    public void Binary_operators_are_left_associative_and_conditional_is_right_associative()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var sub = Assert.IsType<BinaryExpr>(Parse("a - b - c", diagnostics));
        Assert.IsType<BinaryExpr>(sub.Left);
        Assert.IsType<IdentifierExpr>(sub.Right);

        var conditional = Assert.IsType<ConditionalExpr>(Parse("a ? b : c ? d : e", diagnostics));
        Assert.IsType<ConditionalExpr>(conditional.WhenFalse);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Adjacent_string_literals_are_concatenated_and_decoded()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var literal = Assert.IsType<StringLiteralExpr>(Parse("\"ab\\n\" \"c\\x41\" u8\"d\"", diagnostics));
        Assert.Equal("ab\ncAd", literal.Value);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Comma_is_only_consumed_when_allowed()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var reader = new TokenReader(Lex("1, 2"));
        Assert.IsType<IntegerLiteralExpr>(ExpressionParser.Parse(reader, null, diagnostics));
        Assert.True(reader.Current.Is(","));

        reader = new TokenReader(Lex("1, 2"));
        var comma = Assert.IsType<BinaryExpr>(ExpressionParser.Parse(reader, null, diagnostics, allowComma: true));
        Assert.Equal(BinaryOperator.Comma, comma.Operator);
        Assert.True(reader.AtEnd);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Parser_stops_after_the_expression()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var reader = new TokenReader(Lex("(1 + 2) ]"));
        Assert.NotNull(ExpressionParser.Parse(reader, null, diagnostics));
        Assert.True(reader.Current.Is("]"));
    }

    [Fact]
    public void Casts_need_a_type_name_parser()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var cast = Assert.IsType<CastExpr>(Parse("(unsigned int)-1", diagnostics));
        Assert.Equal("unsigned int", cast.Type.Spelling);
        Assert.IsType<UnaryExpr>(cast.Operand);

        // Without type names "(x)" is a parenthesized expression and what follows is an error.
        Assert.IsType<IdentifierExpr>(Parse("(x)", diagnostics, withTypes: false));
        Assert.Empty(diagnostics);
        Parse("(int)1", diagnostics, withTypes: false);
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void Sizeof_alignof_and_offsetof_build_their_nodes()
    {
        var diagnostics = new List<DiagnosticInfo>();
        Assert.Equal("struct foo", Assert.IsType<SizeofTypeExpr>(Parse("sizeof(struct foo)", diagnostics)).Type.Spelling);
        Assert.IsType<AlignofTypeExpr>(Parse("_Alignof(int)", diagnostics));
        var offsetof = Assert.IsType<OffsetofExpr>(Parse("__builtin_offsetof(struct foo, a.b[2].c)", diagnostics));
        Assert.Equal("a.b[2].c", offsetof.MemberPath);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Parenthesized_expression_after_sizeof_is_unsupported()
    {
        var diagnostics = new List<DiagnosticInfo>();
        Assert.Null(Parse("sizeof(1)", diagnostics));
        Assert.Equal("GHGEN001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_crash()
    {
        var diagnostics = new List<DiagnosticInfo>();
        Assert.Null(Parse(new string('(', 5000) + "1" + new string(')', 5000), diagnostics));
        Assert.Contains(diagnostics, d => d.Message.Contains("deeply nested", StringComparison.Ordinal));

        diagnostics.Clear();
        Assert.Null(Parse(string.Join(" + ", Enumerable.Repeat("1", 5000)), diagnostics));
        Assert.Contains(diagnostics, d => d.Message.Contains("deeply nested", StringComparison.Ordinal));

        diagnostics.Clear();
        Assert.Null(Parse(new string('-', 5000) + "1", diagnostics));
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void Empty_input_is_a_syntax_error()
    {
        var diagnostics = new List<DiagnosticInfo>();
        Assert.Null(ExpressionParser.Parse(new TokenReader(Array.Empty<Token>()), null, diagnostics));
        Assert.Equal("GHGEN006", Assert.Single(diagnostics).Id);
    }
}
