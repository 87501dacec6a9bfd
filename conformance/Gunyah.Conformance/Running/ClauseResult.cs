using Gunyah.Conformance.Catalogue;

namespace Gunyah.Conformance.Running;

/// <summary>One clause's result on one target.</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">Why it failed, was skipped or is an expected failure; empty for a pass.</param>
/// <param name="Expected">The outcome expected in this generation, when the clause applies.</param>
/// <param name="Observed">What the check's call returned (<c>0</c>, <c>4096</c>, <c>EINVAL</c>), when it ran to the end.</param>
/// <param name="Duration">How long the check took.</param>
public sealed record ClauseResult(Clause Clause, ClauseStatus Status, string Detail, Expected? Expected, string? Observed, TimeSpan Duration);
