using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Parsing;

/// <summary>The parser as the expression parser's <c>ITypeNameParser</c>, on a reader it does not own.</summary>
public class TypeNameParserTests
{
    private static (DeclarationParser Parser, List<DiagnosticInfo> Diagnostics) ParserOver(string declarations)
    {
        var parsed = ParserHarness.Parse(declarations);
        Assert.Empty(parsed.Problems);
        var diagnostics = new List<DiagnosticInfo>();
        return (new DeclarationParser(parsed.Scope, diagnostics, ParserHarness.FilePath), diagnostics);
    }

    private static TokenReader Reader(string text) => new(Lexer.Tokenize(text, "/inc/expr.h", new List<DiagnosticInfo>()));

    [Theory]
    [InlineData("unsigned", true)]
    [InlineData("const", true)]
    [InlineData("struct", true)]
    [InlineData("enum", true)]
    [InlineData("my_t", true)]
    [InlineData("__typeof__", true)]
    [InlineData("not_a_type", false)]
    [InlineData("static", false)]
    [InlineData("inline", false)]
    [InlineData("42", false)]
    public void Starts_type_name_knows_keywords_and_typedef_names(string text, bool expected)
    {
        var (parser, _) = ParserOver("typedef int my_t;");
        Assert.Equal(expected, parser.StartsTypeName(Reader(text)));
    }

    [Theory]
    [InlineData("struct s *)", "struct s *", 8)]
    [InlineData("my_t [3])", "my_t [3]", 12)]
    [InlineData("unsigned long long)", "unsigned long long", 8)]
    [InlineData("int (*)(int, char))", "int (*)(int, char)", 8)]
    [InlineData("const struct s)", "struct s", 16)]
    [InlineData("char (*[4])[2])", "char (*[4])[2]", 32)]
    public void Parse_type_name_stops_before_the_closing_parenthesis(string text, string spelling, long size)
    {
        var (parser, diagnostics) = ParserOver("typedef int my_t; struct s { long a; char b; };");
        var reader = Reader(text);
        var syntax = Assert.IsType<TypeNameSyntax>(parser.ParseTypeName(reader));
        Assert.Empty(diagnostics);
        Assert.True(reader.Current.Is(")"));
        Assert.Equal(spelling, TypeSpelling.Of(syntax.Type));
        Assert.True(parser.Constants.TryGetTypeFacts(syntax, out var facts, out _));
        Assert.Equal((ulong)size, facts.Size);
    }

    [Fact]
    public void Type_facts_give_casts_their_integer_kind()
    {
        var (parser, _) = ParserOver("enum e { NEG = -1 }; typedef unsigned char byte_t; struct s { int a; };");
        PrimitiveKind? Kind(string text)
        {
            var syntax = parser.ParseTypeName(Reader(text + ")"))!;
            Assert.True(parser.Constants.TryGetTypeFacts(syntax, out var facts, out _));
            return facts.IntegerKind;
        }

        Assert.Equal(PrimitiveKind.Int, Kind("enum e"));
        Assert.Equal(PrimitiveKind.UChar, Kind("byte_t"));
        Assert.Equal(PrimitiveKind.ULong, Kind("void *"));
        Assert.Null(Kind("struct s"));
    }

    [Fact]
    public void Incomplete_types_and_bad_member_paths_explain_themselves()
    {
        var (parser, _) = ParserOver("struct fwd; struct s { int a; struct { int b[4]; } in; unsigned bits : 3; };");
        var fwd = parser.ParseTypeName(Reader("struct fwd)"))!;
        Assert.False(parser.Constants.TryGetTypeFacts(fwd, out _, out var error));
        Assert.Equal(DiagnosticIds.UnknownType, error!.Id);

        var s = parser.ParseTypeName(Reader("struct s)"))!;
        Assert.True(parser.Constants.TryGetMemberOffset(s, "in.b[3]", out var offset, out _));
        Assert.Equal(16UL, offset);
        Assert.False(parser.Constants.TryGetMemberOffset(s, "bits", out _, out error));
        Assert.Equal(DiagnosticIds.BadExpression, error!.Id);
        Assert.False(parser.Constants.TryGetMemberOffset(s, "nope", out _, out error));
        Assert.Contains("no member named 'nope'", error!.Message);
    }

    [Fact]
    public void A_malformed_type_name_reports_and_returns_null()
    {
        var (parser, diagnostics) = ParserOver("typedef int my_t;");
        Assert.Null(parser.ParseTypeName(Reader("unsigned double)")));
        Assert.Equal(DiagnosticIds.SyntaxError, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Absurd_nesting_is_reported_instead_of_overflowing_the_stack()
    {
        var deepDeclarator = "typedef int " + new string('(', 5000) + "x" + new string(')', 5000) + ";\nstruct next { int ok; };";
        var parsed = ParserHarness.Parse(deepDeclarator);
        Assert.Equal(DiagnosticIds.UnsupportedConstruct, Assert.Single(parsed.Problems).Id);
        Assert.Equal(4, parsed.Record("next").Layout!.Size);

        var deepRecords = string.Concat(Enumerable.Repeat("struct { ", 3000)) + "int x;" + string.Concat(Enumerable.Repeat(" } m;", 3000));
        parsed = ParserHarness.Parse("struct outer { " + deepRecords + " };\nstruct next { int ok; };");
        Assert.Contains(parsed.Problems, d => d.Id == DiagnosticIds.UnsupportedConstruct);
        Assert.Equal(4, parsed.Record("next").Layout!.Size);
    }
}
