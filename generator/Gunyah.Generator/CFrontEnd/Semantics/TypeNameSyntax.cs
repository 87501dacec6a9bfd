using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// A type-name met inside an expression, resolved when parsed. Records are shared objects, so a struct completed
/// after the type-name was parsed is seen complete when the expression is evaluated.
/// </summary>
internal sealed record TypeNameSyntax(CType Type, LocationInfo Location, string Spelling) : CTypeSyntax(Location, Spelling);
