using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Expressions;

/// <summary>A type-name as the fake type parser produces it.</summary>
internal sealed record FakeType(LocationInfo Location, string Spelling) : CTypeSyntax(Location, Spelling);

/// <summary>Knows a fixed set of type words; a type-name is those words plus '*'s, up to ')' or ','.</summary>
internal sealed class FakeTypeNames : ITypeNameParser
{
    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal)
    {
        "void", "_Bool", "char", "short", "int", "long", "signed", "unsigned", "float", "double",
        "struct", "union", "enum", "__u8", "__u16", "__u32", "__u64", "__s8", "__s16", "__s32", "__s64",
    };

    public bool StartsTypeName(TokenReader reader) =>
        reader.Current.Kind == TokenKind.Identifier && TypeWords.Contains(reader.Current.Text);

    public CTypeSyntax? ParseTypeName(TokenReader reader)
    {
        var start = reader.Current.Location;
        var words = new List<string>();
        while (!reader.AtEnd && !reader.Current.Is(")") && !reader.Current.Is(","))
        {
            words.Add(reader.Next().Text);
        }

        return new FakeType(start, string.Join(" ", words));
    }
}

/// <summary>Identifiers and types from dictionaries; offsets by "type|path".</summary>
internal sealed class FakeConstantContext : IConstantContext
{
    public Dictionary<string, CValue> Identifiers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CTypeFacts> Types { get; } = new(StringComparer.Ordinal)
    {
        ["char"] = new(1, 1, PrimitiveKind.Char),
        ["unsigned char"] = new(1, 1, PrimitiveKind.UChar),
        ["signed char"] = new(1, 1, PrimitiveKind.SChar),
        ["short"] = new(2, 2, PrimitiveKind.Short),
        ["unsigned short"] = new(2, 2, PrimitiveKind.UShort),
        ["int"] = new(4, 4, PrimitiveKind.Int),
        ["unsigned"] = new(4, 4, PrimitiveKind.UInt),
        ["unsigned int"] = new(4, 4, PrimitiveKind.UInt),
        ["long"] = new(8, 8, PrimitiveKind.Long),
        ["unsigned long"] = new(8, 8, PrimitiveKind.ULong),
        ["long long"] = new(8, 8, PrimitiveKind.LongLong),
        ["unsigned long long"] = new(8, 8, PrimitiveKind.ULongLong),
        ["_Bool"] = new(1, 1, PrimitiveKind.Bool),
        ["__u8"] = new(1, 1, PrimitiveKind.UChar),
        ["__u16"] = new(2, 2, PrimitiveKind.UShort),
        ["__u32"] = new(4, 4, PrimitiveKind.UInt),
        ["__u64"] = new(8, 8, PrimitiveKind.ULongLong),
        ["__s32"] = new(4, 4, PrimitiveKind.Int),
        ["double"] = new(8, 8, null),
        ["void *"] = new(8, 8, PrimitiveKind.ULong),
        ["struct foo"] = new(24, 8, null),
    };

    public Dictionary<string, ulong> Offsets { get; } = new(StringComparer.Ordinal)
    {
        ["struct foo|b"] = 8,
        ["struct foo|c.d[2]"] = 20,
    };

    public bool TryResolveIdentifier(string name, out CValue value) => Identifiers.TryGetValue(name, out value);

    public bool TryGetTypeFacts(CTypeSyntax type, out CTypeFacts facts, out DiagnosticInfo? error)
    {
        error = null;
        if (Types.TryGetValue(type.Spelling, out facts))
        {
            return true;
        }

        error = new DiagnosticInfo("GHGEN011", $"unknown type {type.Spelling}", type.Location);
        return false;
    }

    public bool TryGetMemberOffset(CTypeSyntax type, string memberPath, out ulong offset, out DiagnosticInfo? error)
    {
        error = null;
        if (Offsets.TryGetValue(type.Spelling + "|" + memberPath, out offset))
        {
            return true;
        }

        error = new DiagnosticInfo("GHGEN003", $"no member {memberPath}", type.Location);
        return false;
    }
}

internal static class Expressions
{
    public static List<Token> Lex(string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var tokens = Lexer.Tokenize(text, "t.h", diagnostics).ToList();
        Assert.Empty(diagnostics);
        return tokens;
    }

    public static Expr? Parse(string text, List<DiagnosticInfo> diagnostics, bool withTypes = true, bool allowComma = false)
    {
        var reader = new TokenReader(Lex(text));
        var expr = ExpressionParser.Parse(reader, withTypes ? new FakeTypeNames() : null, diagnostics, allowComma);
        if (expr != null && !reader.AtEnd)
        {
            diagnostics.Add(new DiagnosticInfo("TEST", $"tokens left at '{reader.Current.Text}'", reader.Current.Location));
        }

        return expr;
    }

    /// <summary>Parses and evaluates; asserts both succeed without diagnostics.</summary>
    public static CValue Eval(string text, FakeConstantContext? context = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var expr = Parse(text, diagnostics, allowComma: true);
        Assert.True(expr != null, string.Join("; ", diagnostics));
        var ok = ConstantEvaluator.TryEvaluate(expr!, context ?? new FakeConstantContext(), diagnostics, out var value);
        Assert.True(ok, string.Join("; ", diagnostics));
        Assert.Empty(diagnostics);
        return value;
    }

    /// <summary>Parses and evaluates; returns the diagnostics (parse or evaluation) of a failing expression.</summary>
    public static List<DiagnosticInfo> Fail(string text, FakeConstantContext? context = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var expr = Parse(text, diagnostics, allowComma: true);
        if (expr != null)
        {
            Assert.False(ConstantEvaluator.TryEvaluate(expr, context ?? new FakeConstantContext(), diagnostics, out _));
        }

        Assert.NotEmpty(diagnostics);
        return diagnostics;
    }
}
