using Gunyah.Conformance.Catalogue;

namespace Gunyah.Conformance.Running;

/// <summary>
/// Which clauses to run: any of several globs, each matching a clause id (<c>functions.irqfd.*</c>), a group
/// (<c>dtb</c>) or an id prefix that ends at a dot (<c>functions.irqfd</c>). No pattern selects everything.
/// </summary>
public sealed class ClauseFilter
{
    private readonly IReadOnlyList<(Glob Whole, Glob Prefix)> patterns;

    public ClauseFilter(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        this.patterns = [.. patterns
            .SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(p => (new Glob(p), new Glob(p + ".*")))];
    }

    /// <summary>Selects every clause.</summary>
    public static ClauseFilter Everything { get; } = new([]);

    public bool IsEmpty => patterns.Count == 0;

    public bool Matches(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return IsEmpty || patterns.Any(p => p.Whole.IsMatch(clause.Id) || p.Whole.IsMatch(clause.Group) || p.Prefix.IsMatch(clause.Id));
    }

    /// <summary>The clauses of <paramref name="catalogue"/> this filter selects, in catalogue order.</summary>
    public IReadOnlyList<Clause> Select(IEnumerable<Clause> catalogue) => [.. catalogue.Where(Matches)];
}
