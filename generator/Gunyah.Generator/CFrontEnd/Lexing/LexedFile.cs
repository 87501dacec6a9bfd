using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Lexing;

/// <summary>
/// A file's tokens (no EndOfLine/EndOfFile tokens) and the lexical problems found. A problem tied to a token
/// is reported only if that token ends up in an active region (gcc tolerates a stray apostrophe under #if 0).
/// </summary>
internal sealed record LexedFile(IReadOnlyList<Token> Tokens, IReadOnlyList<LexProblem> Problems);

/// <summary>
/// A lexical problem; <paramref name="TokenIndex"/> is -1 for problems reported unconditionally.
/// <paramref name="IsStrayCharacter"/>: a character no token starts with, which the preprocessor accepts (it may
/// be stringized) and only a parser meeting it rejects.
/// </summary>
internal readonly record struct LexProblem(int TokenIndex, DiagnosticInfo Diagnostic, bool IsStrayCharacter = false);
