namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A map from disjoint address ranges to values, kept sorted: the hypervisor's page-granular tables (who owns a
/// physical page, what an IPA page translates to) as extents, so a 2 MiB region is one entry rather than 512. Setting
/// or removing part of an entry splits it; neighbours that touch and carry equal values are merged, so the map holds
/// the fewest entries that describe it. Ranges are inclusive (<see cref="Entry.Last"/>) so one may end at 2^64 − 1.
/// Not thread-safe: the hypervisor's lock guards it.
/// </summary>
internal sealed class RangeMap<T>
    where T : IEquatable<T>
{
    private readonly List<Entry> entries = [];

    /// <summary>Entries now, in address order.</summary>
    public int Count => entries.Count;

    /// <summary>Bytes covered, in pages of <see cref="ReferenceHypervisor.PageSize"/>.</summary>
    public long Pages { get; private set; }

    public Entry this[int index] => entries[index];

    /// <summary>The index of the first entry that ends at or after <paramref name="address"/> (Count if none).</summary>
    public int IndexAtOrAfter(ulong address)
    {
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (entries[mid].Last < address)
                low = mid + 1;
            else
                high = mid;
        }

        return low;
    }

    /// <summary>The entry holding <paramref name="address"/>, if any.</summary>
    public bool TryFind(ulong address, out Entry entry)
    {
        var index = IndexAtOrAfter(address);
        if (index < entries.Count && entries[index].Start <= address)
        {
            entry = entries[index];
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>Whether any byte of [<paramref name="start"/>, <paramref name="last"/>] is in the map.</summary>
    public bool Overlaps(ulong start, ulong last)
    {
        var index = IndexAtOrAfter(start);
        return index < entries.Count && entries[index].Start <= last;
    }

    /// <summary>Whether every byte of [<paramref name="start"/>, <paramref name="last"/>] is in the map.</summary>
    public bool Covers(ulong start, ulong last) => CoversWith(start, last, 0, static (_, _) => true);

    /// <summary>Whether every byte of [<paramref name="start"/>, <paramref name="last"/>] is in an entry whose value
    /// <paramref name="match"/> accepts (static lambdas with <paramref name="state"/>: no allocation).</summary>
    public bool CoversWith<TState>(ulong start, ulong last, TState state, Func<T, TState, bool> match)
    {
        var cursor = start;
        for (var index = IndexAtOrAfter(start); index < entries.Count; index++)
        {
            var entry = entries[index];
            if (entry.Start > cursor || !match(entry.Value, state))
                return false;
            if (entry.Last >= last)
                return true;
            cursor = entry.Last + 1;
        }

        return false;
    }

    /// <summary>Gives [<paramref name="start"/>, <paramref name="last"/>] <paramref name="value"/>, replacing whatever
    /// the map held there.</summary>
    public void Set(ulong start, ulong last, T value)
    {
        var index = Cut(start, last);
        entries.Insert(index, new Entry(start, last, value));
        Pages += PagesIn(start, last);
        // Merge with the right neighbour first so the left merge sees the final entry.
        if (index + 1 < entries.Count && entries[index + 1].Start == last + 1 && last != ulong.MaxValue && entries[index + 1].Value.Equals(value))
        {
            entries[index] = entries[index] with { Last = entries[index + 1].Last };
            entries.RemoveAt(index + 1);
        }

        if (index > 0 && entries[index - 1].Last + 1 == start && start != 0 && entries[index - 1].Value.Equals(value))
        {
            entries[index - 1] = entries[index - 1] with { Last = entries[index].Last };
            entries.RemoveAt(index);
        }
    }

    /// <summary>Takes [<paramref name="start"/>, <paramref name="last"/>] out of the map.</summary>
    public void Remove(ulong start, ulong last) => Cut(start, last);

    /// <summary>Removes every entry whose value <paramref name="match"/> accepts.</summary>
    public void RemoveAll<TState>(TState state, Func<T, TState, bool> match)
    {
        var kept = 0;
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (match(entry.Value, state))
                Pages -= PagesIn(entry.Start, entry.Last);
            else
                entries[kept++] = entry;
        }

        entries.RemoveRange(kept, entries.Count - kept);
    }

    public void Clear()
    {
        entries.Clear();
        Pages = 0;
    }

    /// <summary>Removes the part of every entry inside [start, last] (splitting the entries that straddle an end) and
    /// returns the index where that range now begins.</summary>
    private int Cut(ulong start, ulong last)
    {
        var index = IndexAtOrAfter(start);
        if (index < entries.Count && entries[index].Start < start)
        {
            // The entry straddles start: keep its head, and its tail past last when it reaches beyond the range.
            var entry = entries[index];
            entries[index] = entry with { Last = start - 1 };
            Pages -= PagesIn(start, Math.Min(entry.Last, last));
            index++;
            if (entry.Last > last)
            {
                entries.Insert(index, entry with { Start = last + 1 });
                return index;
            }
        }

        var end = index;
        while (end < entries.Count && entries[end].Last <= last)
        {
            Pages -= PagesIn(entries[end].Start, entries[end].Last);
            end++;
        }

        entries.RemoveRange(index, end - index);
        if (index < entries.Count && entries[index].Start <= last)
        {
            var entry = entries[index];
            Pages -= PagesIn(entry.Start, last);
            entries[index] = entry with { Start = last + 1 };
        }

        return index;
    }

    private static long PagesIn(ulong start, ulong last) => (long)((last - start) / ReferenceHypervisor.PageSize) + 1;

    /// <summary>One range and its value.</summary>
    public readonly record struct Entry(ulong Start, ulong Last, T Value);
}
