using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>The fully expanded tokens of a macro, and the watched invocations met on the way.</summary>
public sealed record MacroExpansion(IReadOnlyList<Token> Tokens, IReadOnlyList<MacroInvocation> Invocations);
