using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Targets;

namespace Gunyah.Conformance.Errata;

/// <summary>The known deviations the runner turns into XFAIL.</summary>
public sealed class ErrataTable(IEnumerable<Erratum> entries)
{
    /// <summary>No deviations: every mismatch fails.</summary>
    public static ErrataTable None { get; } = new([]);

    /// <summary>The deviations known today.</summary>
    public static ErrataTable Default { get; } = new(
    [
        new Erratum(
            "vcpu-run.mmap-past-the-run-page",
            TargetKind.Reference,
            "The reference cannot raise SIGBUS on a touched page, so it refuses such a mapping at mmap time with EINVAL (docs/reference-hypervisor.md, \"What cannot be faithful\")."),
    ]);

    public IReadOnlyList<Erratum> Entries { get; } = [.. entries];

    /// <summary>The entry that covers <paramref name="clause"/> on <paramref name="target"/>, or null.</summary>
    public Erratum? Find(Clause clause, IConformanceTarget target)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Entries.FirstOrDefault(e => e.AppliesTo(clause.Id, target));
    }
}
