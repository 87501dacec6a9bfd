using Gunyah.Conformance.Targets;

namespace Gunyah.Conformance.Running;

/// <summary>The results of one run: one target, one generation.</summary>
/// <param name="Target">The target's name (<c>reference</c>, <c>/dev/gunyah</c>).</param>
/// <param name="Kind">Reference or device.</param>
/// <param name="Generation">The ABI generation the checks used.</param>
/// <param name="KernelVersion">The device's kernel release, if known.</param>
/// <param name="Results">One per selected clause, in catalogue order.</param>
public sealed record RunReport(string Target, TargetKind Kind, string Generation, string? KernelVersion, IReadOnlyList<ClauseResult> Results)
{
    /// <summary>How many results have <paramref name="status"/>.</summary>
    public int Count(ClauseStatus status) => Results.Count(r => r.Status == status);

    /// <summary>True when nothing failed.</summary>
    public bool Succeeded => Count(ClauseStatus.Fail) == 0;

    public TimeSpan Duration => TimeSpan.FromTicks(Results.Sum(r => r.Duration.Ticks));
}
