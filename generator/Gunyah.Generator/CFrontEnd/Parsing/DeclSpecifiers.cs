using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>The parsed declaration specifiers of one declaration.</summary>
internal sealed class DeclSpecifiers
{
    public DeclSpecifiers(Token firstToken) => FirstToken = firstToken;

    /// <summary>The declaration's first token: its location and leading comment stand for the whole declaration.</summary>
    public Token FirstToken { get; }

    public bool IsTypedef { get; set; }

    public CType Type { get; set; } = PrimitiveType.Get(Model.PrimitiveKind.Int);

    /// <summary>Attributes among the specifiers (not those right after a struct keyword or closing brace, which belong to the record).</summary>
    public AttributeSet Attributes { get; } = new();

    /// <summary>The struct, union or enum these specifiers define with a body, if any.</summary>
    public CType? DefinedTag { get; set; }
}
