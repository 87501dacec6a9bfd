namespace Gunyah.Conformance.Checks;

/// <summary>A check found something wrong besides the outcome it reports: a set-up call the clause relies on
/// failed, or the state after a refused call is not what it was before.</summary>
public sealed class ClauseViolation(string message) : Exception(message);
