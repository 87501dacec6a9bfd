using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>A <c>#define</c> as written (body not expanded).</summary>
public sealed record MacroDefinition(
    string Name,
    bool IsFunctionLike,
    IReadOnlyList<string> Parameters,
    bool IsVariadic,
    IReadOnlyList<Token> Body,
    LocationInfo Location,
    bool IsFromRootHeader,
    string? Doc);
