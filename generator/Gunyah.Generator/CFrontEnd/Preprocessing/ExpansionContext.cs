using Gunyah.Generator.CFrontEnd.Lexing;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>Operators the expander defers to its user: <c>defined</c> and <c>__has_include</c> in <c>#if</c>.</summary>
internal interface IExpansionOperators
{
    /// <summary>
    /// Handles an identifier before macro lookup; reads any operands with <see cref="MacroExpander.TryReadUnexpanded"/>.
    /// False leaves the identifier to normal expansion.
    /// </summary>
    bool TryExpand(PPToken name, MacroExpander expander, out IReadOnlyList<Token> replacement);
}

/// <summary>State shared by an expander and the nested expanders it uses to pre-expand macro arguments.</summary>
internal sealed class ExpansionContext
{
    public ExpansionContext(MacroTable macros, ICollection<DiagnosticInfo> diagnostics, ExpansionBudget budget, CancellationToken cancellationToken)
    {
        Macros = macros;
        Diagnostics = diagnostics;
        Budget = budget;
        CancellationToken = cancellationToken;
    }

    public MacroTable Macros { get; }

    public ICollection<DiagnosticInfo> Diagnostics { get; }

    public ExpansionBudget Budget { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The function-like macro whose invocations are recorded in <see cref="Invocations"/>, if any.</summary>
    public string? WatchedMacro { get; init; }

    /// <summary>More function-like macros whose invocations are recorded (message annotations), if any.</summary>
    public IReadOnlyList<string>? AlsoWatchedMacros { get; init; }

    /// <summary>True when invocations of <paramref name="name"/> are recorded.</summary>
    public bool IsWatched(string name)
    {
        if (name == WatchedMacro)
        {
            return true;
        }

        if (AlsoWatchedMacros is { } more)
        {
            foreach (var watched in more)
            {
                if (watched == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public List<MacroInvocation> Invocations { get; } = new();

    public IExpansionOperators? Operators { get; init; }

    /// <summary>
    /// Macro names left unexpanded, as plain identifiers: the caller already knows their values (see
    /// <see cref="Semantics.HeaderCompilation"/>), so expanding them again would only repeat work.
    /// </summary>
    public IReadOnlyCollection<string>? OpaqueNames { get; init; }

    /// <summary>Backs <c>__COUNTER__</c>.</summary>
    public int Counter { get; set; }
}
