namespace Gunyah.Conformance.Running;

/// <summary>How one clause ended on one target.</summary>
public enum ClauseStatus
{
    /// <summary>The outcome was the expected one and every other check held.</summary>
    Pass,

    /// <summary>Something was not as the clause says (or an erratum is stale: the clause passed).</summary>
    Fail,

    /// <summary>Not run: the clause is not part of the target's generation, or the generation lacks a capability.</summary>
    Skip,

    /// <summary>Failed as the errata table says this target does; not counted as a failure.</summary>
    XFail,
}
