using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.CFrontEnd.Semantics;

namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>A parsed declarator: the declared name (null when abstract) and the full type it gives that name.</summary>
internal sealed class Declarator
{
    public Declarator(Token? nameToken, CType type)
    {
        NameToken = nameToken;
        Type = type;
    }

    public Token? NameToken { get; }

    public string? Name => NameToken?.Text;

    public CType Type { get; }

    /// <summary>True when the declarator declares a function (not a pointer to one).</summary>
    public bool IsFunction => Type.Resolve() is FunctionType;
}
