using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>An invocation of a watched function-like macro met while expanding, with each argument fully macro-expanded.</summary>
public sealed record MacroInvocation(string MacroName, IReadOnlyList<IReadOnlyList<Token>> Arguments, LocationInfo Location);
