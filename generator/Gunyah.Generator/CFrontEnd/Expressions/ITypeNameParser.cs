using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>
/// Lets the expression parser tell casts and <c>sizeof(type)</c> from parenthesized expressions: only the
/// declaration parser knows which identifiers are typedef names.
/// </summary>
public interface ITypeNameParser
{
    /// <summary>True if a type-name starts at the reader's current token (a type keyword, struct/union/enum, or a typedef name).</summary>
    bool StartsTypeName(TokenReader reader);

    /// <summary>Parses a type-name (specifiers plus an abstract declarator) at the current token; null after reporting a diagnostic.</summary>
    CTypeSyntax? ParseTypeName(TokenReader reader);
}
