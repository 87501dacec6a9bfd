using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Messages;

/// <summary>
/// Reads a payload record as a wire shape (<see cref="PayloadShape"/>) and reports what the message codecs
/// cannot encode. A pure function of the model, so the front-end (for diagnostics) and the emitter (for the
/// shapes) run the same rules:
/// <list type="bullet">
/// <item>a payload is a packed, non-empty struct;</item>
/// <item>a member whose struct ends in a flexible array is a counted list (first member: the integer count;
/// entries: fixed-size records, enums or integers); the list struct is packed;</item>
/// <item>the payload's own last member may be a flexible array: of bytes, a raw tail (the rest of the payload);
/// of anything else, a counted list whose count is the payload's first member;</item>
/// <item>every other member is fixed: integers, enums, floats, fixed arrays and non-union structs of those, with
/// no overlapping members (members are encoded one by one, little-endian, whatever the host).</item>
/// </list>
/// </summary>
internal sealed class PayloadAnalyzer
{
    private readonly Dictionary<string, StructModel> structs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> checkedRecords = new(StringComparer.Ordinal);

    public PayloadAnalyzer(IEnumerable<StructModel> records)
    {
        foreach (var record in records)
        {
            structs[record.Key] = record;
        }
    }

    /// <summary>The shape of <paramref name="payload"/>, or null after reporting why it is not a valid payload.</summary>
    /// <param name="payload">The payload type (never void here).</param>
    /// <param name="owner">Who names it, for messages: <c>the request of message 'X'</c>.</param>
    /// <param name="location">Where the message is defined.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public PayloadShape? Analyze(TypeRef payload, string owner, LocationInfo location, ICollection<DiagnosticInfo> diagnostics)
    {
        if (payload.Kind != TypeRefKind.Record || payload.TargetKey is null || !structs.TryGetValue(payload.TargetKey, out var record))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedPayload, $"{owner} has type '{payload.CSpelling}', which is not a complete struct (payloads are packed structs, or void)", location));
            return null;
        }

        var problem = record.IsUnion ? "is a union" : !record.IsPacked ? "is not __attribute__((packed))" : record.Size == 0 ? "has no fixed part" : null;
        if (problem is not null)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.UnsupportedPayload, $"{owner} has type '{Describe(record)}', which {problem}; payloads are packed structs", location));
            return null;
        }

        var ok = CheckOverlaps(record, diagnostics);
        var fixedFields = new List<FieldModel>();
        var lists = new List<CountedList>();
        FieldModel? tail = null;
        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (IsZeroLengthArray(field))
            {
                if (i != fields.Count - 1)
                {
                    diagnostics.Add(Misplaced(field, $"flexible array '{field.Name}' is not the last member of '{Describe(record)}'"));
                    ok = false;
                }
                else if (IsByte(field.Type.Element!))
                {
                    tail = field;
                }
                else if (CheckSelfList(record, field, diagnostics))
                {
                    lists.Add(new CountedList(null, null, fields[0], fields[0].Offset, field, field.Type.Element!, field.Offset));
                }
                else
                {
                    ok = false;
                }

                continue;
            }

            if (field.BitWidth == 0 && field.Type.Size == 0)
            {
                continue; // an empty member: no bytes to encode
            }

            if (field.BitWidth == 0 && TryGetListRecord(field.Type, out var listRecord))
            {
                if (CheckListRecord(listRecord, field, diagnostics))
                {
                    var entries = listRecord.Fields[listRecord.Fields.Count - 1];
                    var count = listRecord.Fields[0];
                    lists.Add(new CountedList(field, listRecord, count, field.Offset + count.Offset, entries, entries.Type.Element!, field.Offset + listRecord.Size));
                }
                else
                {
                    ok = false;
                }

                fixedFields.Add(field);
                continue;
            }

            if (field.BitWidth == 0)
            {
                ok &= CheckFixed(field.Type, field, record, diagnostics);
            }

            fixedFields.Add(field);
        }

        return ok ? new PayloadShape(record, fixedFields, lists, tail) : null;
    }

    /// <summary>The records that need fixed codecs for <paramref name="shape"/>: the payload itself when it is
    /// fixed, the records of its fixed members (list records included) and entry records, transitively.</summary>
    public IEnumerable<string> FixedRecordKeys(PayloadShape shape)
    {
        var keys = new List<string>();
        if (shape.IsFixed)
        {
            AddRecord(shape.Record.Key, keys);
            return keys;
        }

        foreach (var field in shape.FixedFields)
        {
            AddType(field.Type, keys);
        }

        foreach (var list in shape.Lists)
        {
            AddType(list.Entry, keys);
        }

        return keys;
    }

    /// <summary>Keys of every packed, non-empty, non-union record not ending in a flexible array whose members have a
    /// wire form (checked silently: a record that is not a payload is no error), and of the records they hold, so
    /// that helper structs (raw-tail entries, error details) get codecs even when no payload reaches them.</summary>
    public IEnumerable<string> StandaloneRecordKeys()
    {
        var keys = new List<string>();
        var ignored = new List<DiagnosticInfo>();
        foreach (var record in structs.Values)
        {
            if (record.IsPacked && !record.IsUnion && record.Size > 0 && !EndsWithFlexibleArray(record) && CheckRecordMembers(record, ignored))
            {
                AddRecord(record.Key, keys);
            }
        }

        return keys;
    }

    private void AddType(TypeRef? type, List<string> keys)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.Kind == TypeRefKind.Record && current.TargetKey is not null)
            {
                AddRecord(current.TargetKey, keys);
            }
        }
    }

    private void AddRecord(string key, List<string> keys)
    {
        if (keys.Contains(key) || !structs.TryGetValue(key, out var record))
        {
            return;
        }

        keys.Add(key);
        foreach (var field in record.Fields)
        {
            if (!IsZeroLengthArray(field))
            {
                AddType(field.Type, keys);
            }
        }
    }

    private bool CheckSelfList(StructModel record, FieldModel entries, ICollection<DiagnosticInfo> diagnostics) =>
        CheckCount(record, record.Fields[0], entries, diagnostics) & CheckEntry(record, entries, diagnostics);

    private bool CheckListRecord(StructModel list, FieldModel member, ICollection<DiagnosticInfo> diagnostics)
    {
        var problem = list.IsUnion ? "is a union" : !list.IsPacked ? "is not __attribute__((packed))" : null;
        if (problem is not null)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidCountedList, $"counted list '{Describe(list)}' (member '{member.Name}') {problem}", member.Location));
            return false;
        }

        var fields = list.Fields;
        var entries = fields[fields.Count - 1];
        var ok = CheckCount(list, fields[0], entries, diagnostics) & CheckEntry(list, entries, diagnostics) & CheckOverlaps(list, diagnostics);
        for (var i = 1; i < fields.Count - 1; i++)
        {
            if (IsZeroLengthArray(fields[i]))
            {
                diagnostics.Add(Misplaced(fields[i], $"flexible array '{fields[i].Name}' is not the last member of '{Describe(list)}'"));
                ok = false;
            }
            else if (fields[i].BitWidth == 0)
            {
                ok &= CheckFixed(fields[i].Type, fields[i], list, diagnostics);
            }
        }

        return ok;
    }

    private static bool CheckCount(StructModel list, FieldModel count, FieldModel entries, ICollection<DiagnosticInfo> diagnostics)
    {
        var isInteger = count != entries && count.BitWidth == 0 && count.Type.Kind == TypeRefKind.Primitive &&
            IsInteger(count.Type.Primitive) && count.Type.Size is >= 1 and <= 8;
        if (!isInteger)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.InvalidCountedList,
                $"the first member '{count.Name}' ({count.Type.CSpelling}) of counted list '{Describe(list)}' is not an integer count",
                count.Location));
        }

        return isInteger;
    }

    private bool CheckEntry(StructModel list, FieldModel entries, ICollection<DiagnosticInfo> diagnostics)
    {
        var entry = entries.Type.Element!;
        var ok = entry.Kind switch
        {
            TypeRefKind.Primitive => IsInteger(entry.Primitive) && entry.Size is >= 1 and <= 8,
            TypeRefKind.Enum => true,
            TypeRefKind.Record => entry.Size > 0 && entry.TargetKey is not null && structs.TryGetValue(entry.TargetKey, out var record)
                && !record.IsUnion && !EndsWithFlexibleArray(record),
            _ => false,
        };
        if (ok && entry.Kind == TypeRefKind.Record)
        {
            // The entry struct's own problems (a pointer member...) are reported as such.
            return CheckFixed(entry, entries, list, diagnostics);
        }

        if (!ok)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.InvalidCountedList,
                $"the entries '{entries.Name}' of counted list '{Describe(list)}' have type '{entry.CSpelling}'; entries are fixed-size structs, enums or integers",
                entries.Location));
        }

        return ok;
    }

    /// <summary>Checks a fixed member's type; reports and returns false when it has no field-by-field wire form.</summary>
    private bool CheckFixed(TypeRef type, FieldModel field, StructModel owner, ICollection<DiagnosticInfo> diagnostics)
    {
        string? problem = null;
        switch (type.Kind)
        {
            case TypeRefKind.Primitive when type.Primitive is PrimitiveKind.Void or PrimitiveKind.LongDouble:
                problem = "has no little-endian wire form";
                break;
            case TypeRefKind.Pointer:
            case TypeRefKind.FunctionPointer:
                problem = "is a pointer, which has no meaning on the wire";
                break;
            case TypeRefKind.Array when type.ArrayLength == 0:
                diagnostics.Add(Misplaced(field, $"member '{field.Name}' of '{Describe(owner)}' is a flexible array inside a fixed member"));
                return false;
            case TypeRefKind.Array:
                return CheckFixed(type.Element!, field, owner, diagnostics);
            case TypeRefKind.Record:
                return CheckFixedRecord(type, field, owner, diagnostics);
        }

        if (problem is null)
        {
            return true;
        }

        diagnostics.Add(new DiagnosticInfo(
            DiagnosticIds.UnsupportedPayload, $"member '{field.Name}' of '{Describe(owner)}' has type '{type.CSpelling}', which {problem}", field.Location));
        return false;
    }

    private bool CheckFixedRecord(TypeRef type, FieldModel field, StructModel owner, ICollection<DiagnosticInfo> diagnostics)
    {
        if (type.TargetKey is null || !structs.TryGetValue(type.TargetKey, out var record))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedPayload, $"member '{field.Name}' of '{Describe(owner)}' has type '{type.CSpelling}', which has no layout", field.Location));
            return false;
        }

        if (record.IsUnion)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UnsupportedPayload,
                $"member '{field.Name}' of '{Describe(owner)}' is the union '{Describe(record)}'; payloads are encoded member by member, so they hold no unions",
                field.Location));
            return false;
        }

        if (EndsWithFlexibleArray(record))
        {
            diagnostics.Add(Misplaced(field, $"member '{field.Name}' of '{Describe(owner)}' ends in a flexible array; counted lists are only allowed as direct members of a payload"));
            return false;
        }

        return CheckRecordMembers(record, diagnostics);
    }

    /// <summary>Checks the members of a record held by value (once per record; later calls return the first answer).</summary>
    private bool CheckRecordMembers(StructModel record, ICollection<DiagnosticInfo> diagnostics)
    {
        if (checkedRecords.TryGetValue(record.Key, out var known))
        {
            return known; // checked (and its problems reported) once already
        }

        checkedRecords[record.Key] = true; // records cannot hold themselves by value; this only ends recursion
        var ok = CheckOverlaps(record, diagnostics);
        foreach (var member in record.Fields)
        {
            if (IsZeroLengthArray(member))
            {
                diagnostics.Add(Misplaced(member, $"member '{member.Name}' of '{Describe(record)}' is a flexible array inside a fixed member"));
                ok = false;
            }
            else if (member.BitWidth == 0)
            {
                ok &= CheckFixed(member.Type, member, record, diagnostics);
            }
        }

        checkedRecords[record.Key] = ok;
        return ok;
    }

    /// <summary>Members sharing bytes (flattened anonymous unions) cannot be encoded one by one.</summary>
    private static bool CheckOverlaps(StructModel record, ICollection<DiagnosticInfo> diagnostics)
    {
        FieldModel? previous = null;
        var previousEnd = 0;
        foreach (var field in record.Fields.Where(f => f.BitWidth == 0 && f.Type.Size > 0).OrderBy(f => f.Offset))
        {
            if (previous is not null && field.Offset < previousEnd)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.UnsupportedPayload,
                    $"members '{previous.Name}' and '{field.Name}' of '{Describe(record)}' overlap (a union); payloads are encoded member by member",
                    field.Location));
                return false;
            }

            previous = field;
            previousEnd = field.Offset + field.Type.Size;
        }

        return true;
    }

    private bool TryGetListRecord(TypeRef type, out StructModel list)
    {
        list = null!;
        return type.Kind == TypeRefKind.Record && type.TargetKey is not null && structs.TryGetValue(type.TargetKey, out list!) && EndsWithFlexibleArray(list);
    }

    private static bool EndsWithFlexibleArray(StructModel record) =>
        record.Fields.Count > 0 && IsZeroLengthArray(record.Fields[record.Fields.Count - 1]);

    private static bool IsZeroLengthArray(FieldModel field) =>
        field.BitWidth == 0 && (field.IsFlexibleArray || (field.Type.Kind == TypeRefKind.Array && field.Type.ArrayLength == 0));

    private static bool IsByte(TypeRef type) =>
        type.Kind == TypeRefKind.Primitive && type.Size == 1 && IsInteger(type.Primitive);

    private static bool IsInteger(PrimitiveKind kind) =>
        kind is not (PrimitiveKind.Void or PrimitiveKind.Float or PrimitiveKind.Double or PrimitiveKind.LongDouble or PrimitiveKind.Int128 or PrimitiveKind.UInt128);

    private static DiagnosticInfo Misplaced(FieldModel field, string message) =>
        new(DiagnosticIds.MisplacedFlexibleArray, message, field.Location);

    /// <summary><c>struct x</c>, <c>union x</c>, a typedef name, or the model key.</summary>
    internal static string Describe(StructModel record) =>
        record.Tag is not null ? (record.IsUnion ? "union " : "struct ") + record.Tag : record.TypedefName ?? record.Key;
}
