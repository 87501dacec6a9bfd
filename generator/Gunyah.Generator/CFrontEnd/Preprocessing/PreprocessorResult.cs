using Gunyah.Generator.CFrontEnd.Lexing;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>The active, fully expanded tokens of a translation unit (no directives) and the final macro table.</summary>
public sealed record PreprocessorResult(IReadOnlyList<Token> Tokens, MacroTable Macros);
