using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;

namespace Gunyah.Conformance.Errata;

/// <summary>
/// A known deviation of a target from one clause: the clause then reports XFAIL with <see cref="Reason"/> instead
/// of FAIL (and FAIL if it unexpectedly passes, so a stale entry is noticed).
/// </summary>
/// <param name="ClauseId">The clause (exact id).</param>
/// <param name="Target">Which kind of target deviates.</param>
/// <param name="Reason">Why, and where the deviation is documented.</param>
public sealed record Erratum(string ClauseId, TargetKind Target, string Reason)
{
    /// <summary>The generations that deviate; null for every one.</summary>
    public IReadOnlyList<string>? Generations { get; init; }

    /// <summary>For devices: a glob over the kernel release (e.g. <c>6.1.*-android14-*</c>); null for any.</summary>
    public string? KernelVersions { get; init; }

    public bool AppliesTo(string clauseId, IConformanceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ClauseId == clauseId
            && Target == target.Kind
            && (Generations is null || Generations.Contains(target.Profile.Name))
            && (KernelVersions is null || (target.KernelVersion is { } version && new Glob(KernelVersions).IsMatch(version)));
    }
}
