namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>One disagreement between the reference side (gcc) and a checked side. A null value means the
/// side has no such fact.</summary>
internal sealed record FactDifference(string Key, string? Expected, string? Actual)
{
    public bool IsMissing => Actual is null;

    public bool IsExtra => Expected is null;

    public override string ToString() => (Expected, Actual) switch
    {
        (null, _) => $"{Key}: not known to gcc, but stated as {Actual}",
        (_, null) => $"{Key}: missing (gcc: {Expected})",
        _ => $"{Key}: gcc {Expected}, got {Actual}",
    };
}
