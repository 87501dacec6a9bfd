using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Layout;

/// <summary>
/// Lays out structs and unions as GCC does for x86-64 SysV and AAPCS64 (PCC_BITFIELD_TYPE_MATTERS, no MS
/// bitfields; <c>#pragma pack</c> when the parser saw it). Works in bits so bitfields and ordinary members share
/// one cursor.
/// </summary>
internal static class RecordLayoutEngine
{
    /// <summary>Computes the layout of a complete record; null after reporting why (or silently, when a member's type is itself invalid).</summary>
    public static RecordLayout? Compute(RecordDecl record, ICollection<DiagnosticInfo> diagnostics)
    {
        var members = record.Members;
        var offsets = new long[members.Count];
        long cursor = 0; // next free bit (structs)
        long unionBits = 0; // widest member (unions)
        var alignment = 1;
        var ok = true;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var packed = record.IsPacked || member.IsPacked;
            var limit = record.MaxFieldAlignment ?? int.MaxValue;
            if (!TryGetMemberStorage(record, i, diagnostics, out var storage, out var isZeroLengthArray))
            {
                ok = false;
                continue;
            }

            long size;
            if (member.BitWidth is { } width)
            {
                var unitBits = storage.Size * 8;
                var alignBits = storage.Alignment * 8L;
                if (width == 0)
                {
                    // A zero-width bitfield closes the current unit of its type, packed or not, and being
                    // unnamed it does not raise the record's alignment.
                    if (!record.IsUnion)
                    {
                        cursor = RoundUp(cursor, alignBits);
                    }

                    offsets[i] = record.IsUnion ? 0 : cursor;
                    continue;
                }

                if (!record.IsUnion)
                {
                    // A bitfield may not span more alignment units of its type than the type itself has
                    // (for integers: it may not straddle a boundary of its storage unit). Packed ones may, and
                    // under #pragma pack every one may.
                    if (!packed && record.MaxFieldAlignment is null && SpansTooManyUnits(cursor, width, alignBits, unitBits))
                    {
                        cursor = RoundUp(cursor, alignBits);
                    }

                    offsets[i] = cursor;
                    cursor += width;
                }
                else
                {
                    unionBits = Math.Max(unionBits, width);
                }

                // Only named bitfields give the record their type's alignment (GCC: align_anon_bitfield is
                // false on both targets); a packed one contributes a byte.
                if (member.Name is not null)
                {
                    alignment = Math.Max(alignment, packed ? 1 : Math.Min(storage.Alignment, limit));
                }

                continue;
            }

            // An explicit aligned(n) on the member survives packing and, unpacked, can only raise alignment.
            // #pragma pack(n) then caps it, explicit alignment included.
            var memberAlignment = packed
                ? member.UserAlignment ?? 1
                : Math.Max(storage.Alignment, member.UserAlignment ?? 1);
            memberAlignment = Math.Min(memberAlignment, limit);
            size = isZeroLengthArray ? 0 : storage.Size;
            if (record.IsUnion)
            {
                offsets[i] = 0;
                unionBits = Math.Max(unionBits, size * 8);
            }
            else
            {
                cursor = RoundUp(cursor, memberAlignment * 8L);
                offsets[i] = cursor;
                cursor += size * 8;
            }

            alignment = Math.Max(alignment, memberAlignment);
        }

        if (!ok)
        {
            return null;
        }

        if (record.UserAlignment is { } recordAlignment)
        {
            alignment = Math.Max(alignment, recordAlignment);
        }

        var bits = record.IsUnion ? unionBits : cursor;
        var total = RoundUp(RoundUp(bits, 8) / 8, alignment);
        if (total > TypeLayout.MaxSize)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedConstruct,
                $"'{TypeSpelling.Of(record)}' is larger than {TypeLayout.MaxSize} bytes",
                record.Location));
            return null;
        }

        return new RecordLayout(total, alignment, offsets);
    }

    /// <summary>GCC's excess_unit_span: would <paramref name="width"/> bits at <paramref name="cursor"/> touch more alignment units than the type has?</summary>
    private static bool SpansTooManyUnits(long cursor, long width, long alignBits, long unitBits)
    {
        var offsetInUnit = cursor % alignBits;
        return (offsetInUnit + width + alignBits - 1) / alignBits > unitBits / alignBits;
    }

    private static long RoundUp(long value, long multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>
    /// The size and alignment a member's type brings. A zero-length array (<c>[]</c> or <c>[0]</c>) brings its
    /// element's alignment and no size; <c>[]</c> must be the last member of a struct.
    /// </summary>
    private static bool TryGetMemberStorage(RecordDecl record, int index, ICollection<DiagnosticInfo> diagnostics, out SizeAlign storage, out bool isZeroLengthArray)
    {
        var member = record.Members[index];
        var type = member.Type;
        isZeroLengthArray = false;
        if (type.Resolve() is ArrayType { IsZeroLength: true } array && member.BitWidth is null)
        {
            isZeroLengthArray = true;
            if (array.Length is null && !record.IsUnion && index != record.Members.Count - 1)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.UnsupportedConstruct,
                    $"flexible array member '{member.Name}' is not the last member of '{TypeSpelling.Of(record)}'",
                    member.Location));
                storage = default;
                return false;
            }

            type = array.Element;
        }

        var status = TypeLayout.TryGet(type, out storage, out var culprit);
        switch (status)
        {
            case LayoutStatus.Ok:
                return true;
            case LayoutStatus.Incomplete:
                var what = member.Name is null ? "member" : $"field '{member.Name}'";
                var id = culprit is RecordDecl or EnumDecl ? DiagnosticIds.UnknownType : DiagnosticIds.UnsupportedConstruct;
                var culpritSpelling = culprit is null ? TypeSpelling.Of(type) : TypeSpelling.Of(culprit);
                diagnostics.Add(new DiagnosticInfo(id, $"{what} has incomplete type '{culpritSpelling}'", member.Location));
                return false;
            case LayoutStatus.TooLarge:
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.UnsupportedConstruct,
                    $"field '{member.Name}' is larger than {TypeLayout.MaxSize} bytes",
                    member.Location));
                return false;
            default:
                return false;
        }
    }
}
