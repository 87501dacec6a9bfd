using Gunyah.Generator.Model;

namespace Gunyah.Generator.Messages;

/// <summary>
/// How one payload record travels on the wire, as <see cref="PayloadAnalyzer"/> reads it: its fixed members
/// at their C offsets, then, in member order, the counted lists (each followed on the wire by its entries and
/// padding) and possibly a raw tail. Members after a list sit on the wire at their C offset plus the bytes the
/// earlier lists' entries and padding took: the C layout is that of a payload whose lists are all empty.
/// </summary>
internal sealed class PayloadShape
{
    public PayloadShape(StructModel record, IReadOnlyList<FieldModel> fixedFields, IReadOnlyList<CountedList> lists, FieldModel? tail)
    {
        Record = record;
        FixedFields = fixedFields;
        Lists = lists;
        Tail = tail;
    }

    public StructModel Record { get; }

    /// <summary>Members written as fixed values, in order: plain fields, bitfields and the fixed parts of list members.</summary>
    public IReadOnlyList<FieldModel> FixedFields { get; }

    /// <summary>The counted lists, in wire order.</summary>
    public IReadOnlyList<CountedList> Lists { get; }

    /// <summary>The trailing byte array that takes the rest of the payload, if any.</summary>
    public FieldModel? Tail { get; }

    /// <summary>No lists and no tail: the payload is exactly the record's C layout.</summary>
    public bool IsFixed => Lists.Count == 0 && Tail is null;

    /// <summary>How many lists' entries precede <paramref name="field"/> on the wire (0 = the leading region).</summary>
    public int RegionOf(FieldModel field)
    {
        var region = 0;
        foreach (var list in Lists)
        {
            if (list.EntriesOffset <= field.Offset)
            {
                region++;
            }
        }

        return region;
    }

    /// <summary>True when nothing of the payload follows list <paramref name="index"/>'s entries.</summary>
    public bool EndsWithList(int index) =>
        index == Lists.Count - 1 && Tail is null && Lists[index].EntriesOffset >= Record.Size;
}

/// <summary>
/// A counted list: an integer count, maybe more fixed fields, then <c>count</c> fixed-size entries. Either a
/// member whose record ends in a flexible array (<see cref="Member"/> set), or the payload record's own trailing
/// flexible array counted by the payload's first member.
/// </summary>
/// <param name="Member">The payload member holding the list; null when the payload itself is the list.</param>
/// <param name="ListRecord">The list's record; null when the payload itself is the list.</param>
/// <param name="Count">The count member (in <paramref name="ListRecord"/>, or the payload's first member).</param>
/// <param name="CountOffset">The count's C offset from the start of the payload.</param>
/// <param name="Entries">The flexible array member.</param>
/// <param name="Entry">The entry type: a fixed-size record, an enum or an integer.</param>
/// <param name="EntriesOffset">Where the entries start, as a C offset from the start of the payload (the end of the
/// list's fixed part).</param>
internal sealed record CountedList(
    FieldModel? Member,
    StructModel? ListRecord,
    FieldModel Count,
    int CountOffset,
    FieldModel Entries,
    TypeRef Entry,
    int EntriesOffset)
{
    /// <summary>Where the list's header (its fixed part, count first) starts, as a C offset: the member's offset,
    /// or 0 when the payload itself is the list.</summary>
    public int HeaderOffset => Member?.Offset ?? 0;

    /// <summary>The bytes of the list's header: the count and the fields up to the entries.</summary>
    public int HeaderSize => EntriesOffset - HeaderOffset;

    /// <summary>The C name shown in traces: <c>acl.entries</c>, or just <c>entries</c> for the payload's own list.</summary>
    public string CLabel => Member is null ? Entries.Name : Member.Name + "." + Entries.Name;
}
