using Gunyah.Generator.Messages;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Wire arithmetic shared by a variable payload's encoder and reader. The payload's C layout is cut at each
/// list's entries into regions; region <c>k</c> (after <c>k</c> lists) sits on the wire <c>delta{k}</c> bytes
/// later than in C, where <c>delta{k+1} = pad(cut{k} + delta{k} + count{k} * size{k}) - cut{k}</c> and
/// <c>pad</c> rounds up to the list alignment from the start of the payload.
/// </summary>
internal static class VariableLayout
{
    /// <summary>The delta of region <paramref name="region"/>: <c>0</c>, else <c>{prefix}delta{region}</c>.</summary>
    public static string Delta(int region, string prefix = "") => region == 0 ? "0" : prefix + "delta" + Literals.Decimal(region);

    /// <summary>The wire offset of the C offset <paramref name="cOffset"/> in region <paramref name="region"/>.</summary>
    public static string Offset(int region, int cOffset, string prefix = "") => WireCode.Add(Delta(region, prefix), cOffset);

    /// <summary>
    /// Declares <c>delta1..deltaN</c> from the lists' counts (<paramref name="count"/> gives each count's expression);
    /// the last one only when <paramref name="includeLast"/> (an encoder of a payload ending in a list never reads it).
    /// </summary>
    public static void WriteDeltas(SourceWriter writer, PayloadPlan payload, int alignment, Func<ListPlan, string> count, bool includeLast, string wire)
    {
        foreach (var list in payload.Lists)
        {
            var i = list.Index;
            if (i == payload.Lists.Count - 1 && !includeLast)
            {
                break;
            }

            var cut = list.List.EntriesOffset;
            var end = Offset(i, cut) + " + " + count(list) + " * " + Literals.Decimal(EntrySize(list));
            var padded = alignment == 1 ? end : "(int)" + wire + ".Pad(" + end + ", " + Literals.Decimal(alignment) + ")";
            writer.Line("var " + Delta(i + 1) + " = " + padded + " - " + Literals.Decimal(cut) + ";");
        }
    }

    /// <summary>Where the payload's fixed layout ends on the wire: the C size plus the last region's delta, plus the tail.</summary>
    public static string FixedEnd(PayloadPlan payload, string prefix = "")
    {
        var shape = payload.Shape;
        var end = shape.Tail?.Offset ?? shape.Record.Size;
        return Offset(shape.Lists.Count, end, prefix);
    }

    public static int EntrySize(ListPlan list) => list.List.Entry.Size;

    /// <summary>The C offset of a member's first byte (a bitfield's from its bit offset).</summary>
    public static int Start(Model.FieldModel field) => field.BitWidth > 0 ? field.BitOffset / 8 : field.Offset;

    /// <summary>The largest count the list's count field holds, or null when any <c>int</c> fits.</summary>
    public static ulong? MaxCount(CountedList list)
    {
        var type = list.Count.Type;
        var signed = PrimitiveTypes.IsSigned(type.Primitive);
        var bits = (type.Size * 8) - (signed ? 1 : 0);
        return bits >= 31 ? null : (1UL << bits) - 1;
    }
}
