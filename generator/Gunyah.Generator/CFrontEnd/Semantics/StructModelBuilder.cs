using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// Builds <see cref="StructModel"/>s. Members of anonymous structs/unions are flattened into the enclosing record
/// with absolute offsets; unnamed bitfields (padding) are left out.
/// </summary>
internal sealed class StructModelBuilder
{
    private readonly RecordKeys keys;
    private readonly TypeRefBuilder types;

    public StructModelBuilder(RecordKeys keys, TypeRefBuilder types)
    {
        this.keys = keys;
        this.types = types;
    }

    /// <summary>The model of a complete, laid-out record that has a key; null otherwise.</summary>
    public StructModel? Build(RecordDecl record)
    {
        if (record.Layout is not { } layout || !keys.TryGetKey(record, out var key))
        {
            return null;
        }

        var fields = new List<FieldModel>();
        Flatten(record, 0, isTrailing: true, fields);
        return new StructModel(
            key,
            record.IsUnion,
            record.Tag,
            record.TypedefName,
            keys.CTypeExpression(record),
            (int)layout.Size,
            layout.Alignment,
            record.IsPacked,
            fields.ToEquatableArray(),
            keys.ParentKey(record),
            record.IsFromRootHeader,
            record.Doc,
            record.Location);
    }

    /// <summary>
    /// Appends the named members of <paramref name="record"/> starting at <paramref name="baseBits"/>. A member is
    /// trailing when nothing follows it in the outermost record: last in a struct, any member of a trailing union.
    /// </summary>
    private void Flatten(RecordDecl record, long baseBits, bool isTrailing, List<FieldModel> fields)
    {
        var layout = record.Layout!;
        for (var i = 0; i < record.Members.Count; i++)
        {
            var member = record.Members[i];
            var bits = baseBits + layout.MemberBitOffsets[i];
            var trailing = isTrailing && (record.IsUnion || i == record.Members.Count - 1);
            if (member.IsAnonymousRecord)
            {
                Flatten((RecordDecl)member.Type, bits, trailing, fields);
                continue;
            }

            if (member.Name is not { } name)
            {
                continue; // unnamed bitfield
            }

            var isFlexible = trailing && member.BitWidth is null && member.Type.Resolve() is ArrayType { IsZeroLength: true };
            fields.Add(new FieldModel(
                name,
                name,
                types.Build(member.Type),
                (int)(bits / 8),
                (int)bits,
                member.BitWidth ?? 0,
                isFlexible,
                member.Doc,
                member.Location));
        }
    }
}
