using System.Globalization;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Decides how each C member of one record is rendered and names it in the record's member scope: plain
/// fields, bitfields (property over a shared private storage field), flexible arrays (offset constant + span
/// accessor).
/// </summary>
internal static class RecordMemberPlanner
{
    private static readonly int[] StorageSizes = [1, 2, 4, 8];

    public static void Plan(RecordPlan record, NameScope scope, List<DiagnosticInfo> diagnostics)
    {
        var model = record.Model;
        var members = new List<MemberPlan>(model.Fields.Count);
        var storages = new Dictionary<(int Offset, int Size), BitfieldStorage>();
        foreach (var field in model.Fields)
        {
            if (field.BitWidth > 0)
            {
                members.Add(PlanBitfield(model, field, scope, storages, diagnostics));
            }
            else if (field.IsFlexibleArray || (field.Type.Kind == TypeRefKind.Array && field.Type.ArrayLength == 0))
            {
                var name = scope.Claim(Naming.ToPascalCase(field.Name), field.Name, field.Location);
                var offsetName = scope.Claim(name + "Offset", field.Name, field.Location);
                members.Add(new MemberPlan(field, MemberKind.FlexibleArray, name, offsetName, null));
            }
            else if (field.Type.Size == 0)
            {
                // An empty type occupies no bytes: a field would add one, so only its offset is bound.
                var offsetName = scope.Claim(Naming.ToPascalCase(field.Name) + "Offset", field.Name, field.Location);
                members.Add(new MemberPlan(field, MemberKind.ZeroSize, offsetName, offsetName, null));
            }
            else
            {
                var name = scope.Claim(Naming.ToPascalCase(field.Name), field.Name, field.Location);
                members.Add(new MemberPlan(field, MemberKind.Field, name, null, null));
            }
        }

        record.Members = members;
        record.Storages = storages.Values.OrderBy(s => s.Offset).ThenBy(s => s.Size).ToList();
    }

    private static MemberPlan PlanBitfield(
        StructModel record,
        FieldModel field,
        NameScope scope,
        Dictionary<(int Offset, int Size), BitfieldStorage> storages,
        List<DiagnosticInfo> diagnostics)
    {
        var skipped = new MemberPlan(field, MemberKind.Skipped, field.Name, null, null);
        var size = field.Type.Size;
        if (!IsIntegral(field.Type) || Array.IndexOf(StorageSizes, size) < 0)
        {
            diagnostics.Add(Unsupported(field, $"bitfield '{field.Name}' of {CDescriptions.Describe(record)} has type '{field.Type.CSpelling}', which cannot back a bitfield property; no property is emitted"));
            return skipped;
        }

        var unitBits = size * 8;
        var offset = field.BitOffset / unitBits * size;
        var shift = field.BitOffset % unitBits;
        if (shift + field.BitWidth > unitBits)
        {
            diagnostics.Add(Unsupported(field, $"bitfield '{field.Name}' of {CDescriptions.Describe(record)} straddles its {unitBits.ToString(CultureInfo.InvariantCulture)}-bit storage unit; no property is emitted"));
            return skipped;
        }

        if (offset + size > record.Size && !TryFitSmallerUnit(record.Size, field, out offset, out size, out shift))
        {
            diagnostics.Add(Unsupported(field, $"bitfield '{field.Name}' of {CDescriptions.Describe(record)} cannot be read through a storage unit inside the record; no property is emitted"));
            return skipped;
        }

        if (!storages.TryGetValue((offset, size), out var storage))
        {
            var name = "_bits" + offset.ToString(CultureInfo.InvariantCulture) + "_" + (size * 8).ToString(CultureInfo.InvariantCulture);
            scope.Reserve(name);
            storage = new BitfieldStorage(name, offset, size);
            storages.Add((offset, size), storage);
        }

        var propertyName = scope.Claim(Naming.ToPascalCase(field.Name), field.Name, field.Location);
        return new MemberPlan(field, MemberKind.Bitfield, propertyName, null, new BitfieldPlan(storage, shift));
    }

    /// <summary>
    /// The declared unit can run past the end of a packed record (a <c>__u32 x : 3</c> in a 1-byte packed
    /// struct); then the smallest unit ending inside the record that still covers the bits is used instead.
    /// </summary>
    private static bool TryFitSmallerUnit(int recordSize, FieldModel field, out int offset, out int size, out int shift)
    {
        foreach (var candidate in StorageSizes)
        {
            var start = Math.Min(field.BitOffset / 8, recordSize - candidate);
            if (start >= 0 && start * 8 <= field.BitOffset && field.BitOffset + field.BitWidth <= (start + candidate) * 8)
            {
                offset = start;
                size = candidate;
                shift = field.BitOffset - (start * 8);
                return true;
            }
        }

        offset = size = shift = 0;
        return false;
    }

    private static bool IsIntegral(TypeRef type) =>
        type.Kind == TypeRefKind.Enum ||
        (type.Kind == TypeRefKind.Primitive && PrimitiveTypes.IsInteger(type.Primitive));

    private static DiagnosticInfo Unsupported(FieldModel field, string message) =>
        new(DiagnosticIds.UnsupportedConstruct, message, field.Location);
}
