using Gunyah.Conformance.Checks;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Conformance.Catalogue;

/// <summary>
/// The body of a clause: sets up what it needs through <paramref name="context"/>, makes the call the clause is
/// about and returns its raw result (a value, or -errno). It throws <see cref="ClauseViolation"/> when anything
/// else it checks is wrong (e.g. the state changed after a refused call).
/// </summary>
public delegate int ClauseCheck(ClauseContext context);

/// <summary>
/// One clause of the suite, as data: a stable id (<c>group.name</c>), the behaviour in our words, its source, the
/// generations it applies to with the outcome expected in each, the capabilities it needs, and its check.
/// </summary>
/// <param name="Id">Stable id; the text before the first dot is its <see cref="ClauseGroup"/>.</param>
/// <param name="Behaviour">What a conforming kernel does, in one or two sentences.</param>
/// <param name="Source">Where the behaviour comes from (a row of the ABI fact sheet, a kernel file or series).</param>
/// <param name="Expected">The outcome per generation; the keys are the generations the clause applies to.</param>
/// <param name="Check">The body, written against the VM manager API and the kernel seam only.</param>
public sealed record Clause(string Id, string Behaviour, string Source, ExpectedOutcomes Expected, ClauseCheck Check)
{
    /// <summary>The group: the id's text before its first dot.</summary>
    public string Group => ClauseGroup.Of(Id);

    /// <summary>Source-backed, or our documented choice for a gap in the facts.</summary>
    public ClauseBasis Basis { get; init; } = ClauseBasis.Source;

    /// <summary>Generations whose expected outcome is our documented choice (a gap of §11) although the clause as a
    /// whole rests on a source; <see cref="Source"/> names the gap.</summary>
    public IReadOnlyList<string> ChoiceIn { get; init; } = [];

    /// <summary>What the target's generation must offer; a target without it skips the clause.</summary>
    public VmCapabilities Requires { get; init; } = VmCapabilities.None;

    /// <summary>What the target must offer beyond its kernel seam (an RM link, RM fault injection); a target without
    /// it skips the clause.</summary>
    public TargetFeatures Needs { get; init; } = TargetFeatures.None;
}
