using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>Orders diagnostics by file, line and column (location-less ones first) and drops exact duplicates.</summary>
internal static class DiagnosticOrdering
{
    public static EquatableArray<DiagnosticInfo> SortAndDeduplicate(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Location is null ? 0 : 1)
            .ThenBy(d => d.Location?.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ToEquatableArray();
}
