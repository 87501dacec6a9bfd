namespace Gunyah.Generator.CFrontEnd.Parsing;

internal enum DeclaratorMode
{
    /// <summary>A declaration's declarator: it names something, so '(' before the name always groups.</summary>
    Named,
    /// <summary>A type-name's abstract declarator: no name; '(' groups only before '*', '(' or '['.</summary>
    Abstract,
}
