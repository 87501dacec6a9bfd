using System.Collections.Immutable;

namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// The names of the macros whose expansion produced a token (Prosser's hide set): a token never re-expands a
/// macro in its own hide set, which is what stops recursive macros. Immutable and persistent: a chain of n
/// nested macros grows the set one name per level, so adding must not copy the whole set (that made
/// expanding every macro of a deep chain cubic).
/// </summary>
internal sealed class HideSet
{
    public static readonly HideSet Empty = new(ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    private readonly ImmutableHashSet<string> names;

    private HideSet(ImmutableHashSet<string> names) => this.names = names;

    public bool IsEmpty => names.Count == 0;

    public bool Contains(string name) => names.Count != 0 && names.Contains(name);

    public HideSet Add(string name) => names.Contains(name) ? this : new HideSet(names.Add(name));

    public HideSet Union(HideSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other))
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        // Insert the smaller set into the larger one: the cost follows the smaller side.
        var (large, small) = names.Count >= other.names.Count ? (this, other) : (other, this);
        var result = large.names;
        foreach (var name in small.names)
        {
            result = result.Add(name);
        }

        return ReferenceEquals(result, large.names) ? large : new HideSet(result);
    }

    public HideSet Intersect(HideSet other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        if (ReferenceEquals(this, other))
        {
            return this;
        }

        var (large, small) = names.Count >= other.names.Count ? (this, other) : (other, this);
        var result = small.names;
        foreach (var name in small.names)
        {
            if (!large.names.Contains(name))
            {
                result = result.Remove(name);
            }
        }

        return result.Count == 0 ? Empty : ReferenceEquals(result, small.names) ? small : new HideSet(result);
    }
}
