namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// Caps the tokens macro expansion may produce, so exponential or runaway macros end in a diagnostic instead
/// of hanging the compiler. Once exhausted, macros are left unexpanded.
/// </summary>
internal sealed class ExpansionBudget
{
    public const long DefaultLimit = 1_000_000;

    public ExpansionBudget(long limit = DefaultLimit) => Limit = limit;

    public long Limit { get; }

    /// <summary>Tokens produced so far; the preprocessor saves and restores it around each included file.</summary>
    public long Used { get; set; }

    /// <summary>Set once the exhaustion has been reported, so it is reported once.</summary>
    public bool Reported { get; set; }

    public bool IsExhausted => Used >= Limit;

    public void Charge(int tokens) => Used += tokens;
}
