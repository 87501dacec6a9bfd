using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits a record as <c>[StructLayout(LayoutKind.Explicit, Size = N)] public unsafe partial struct</c> with a
/// <c>[FieldOffset]</c> per member at the model's offset: the C ABI layout is stated, not re-derived, and
/// union members (and anonymous-union members flattened into a struct) simply overlap. Unnamed member types
/// are nested inside their parent. One file per top-level record.
/// </summary>
internal static class RecordEmitter
{
    private static readonly int[] ValidPackValues = [1, 2, 4, 8, 16, 32, 64, 128];

    public static GeneratedSource Emit(EmitContext context, RecordPlan record)
    {
        var writer = context.BeginFile();
        Write(context, writer, record);
        return context.Finish(record.Name, writer);
    }

    private static void Write(EmitContext context, SourceWriter writer, RecordPlan record)
    {
        var model = record.Model;
        var remarks = "C: " + CDescriptions.Describe(model) + ", " + context.Docs.Where(model.Location) +
            "; size " + Literals.Decimal(model.Size) + ", alignment " + Literals.Decimal(model.Alignment) +
            (model.IsPacked ? ", packed" : string.Empty);
        context.Docs.Write(writer, model.Doc, remarks);
        writer.Line("[" + EmitContext.InteropServices + ".StructLayout(" + EmitContext.InteropServices + ".LayoutKind.Explicit, Size = " +
            Literals.Decimal(model.Size) + PackArgument(context, record) + ")]");
        writer.Line(EmitContext.CNameAttribute(model.Key));
        writer.Open("public unsafe partial struct " + record.Name);

        var first = true;
        foreach (var member in record.Members)
        {
            if (member.Kind == MemberKind.Skipped)
            {
                continue;
            }

            if (!first)
            {
                writer.Line();
            }

            first = false;
            switch (member.Kind)
            {
                case MemberKind.Field:
                    WriteField(context, writer, member);
                    break;
                case MemberKind.Bitfield:
                    BitfieldEmitter.WriteProperty(context, writer, member);
                    break;
                case MemberKind.FlexibleArray:
                    FlexibleArrayEmitter.Write(context, writer, record, member);
                    break;
                case MemberKind.ZeroSize:
                    WriteZeroSize(context, writer, member);
                    break;
            }
        }

        foreach (var storage in record.Storages)
        {
            writer.Line();
            BitfieldEmitter.WriteStorage(writer, storage);
        }

        var alignmentField = AlignmentField(context, record);
        if (alignmentField is not null)
        {
            writer.Line();
            writer.Line("// Raises .NET's alignment of this struct to C's, which its other fields do not reach.");
            writer.Line("[" + EmitContext.InteropServices + ".FieldOffset(0)]");
            writer.Line("private " + alignmentField + " _alignment;");
        }

        if (!first || record.Storages.Count > 0 || alignmentField is not null)
        {
            writer.Line();
        }

        RecordToStringEmitter.Write(context, writer, record);

        foreach (var nested in record.Nested)
        {
            writer.Line();
            Write(context, writer, nested);
        }

        writer.Close();
    }

    private static void WriteField(EmitContext context, SourceWriter writer, MemberPlan member)
    {
        var field = member.Field;
        context.Docs.Write(writer, field.Doc, "C: " + field.Name + " (" + field.Type.CSpelling + "), offset " +
            Literals.Decimal(field.Offset) + ", " + context.Docs.Where(field.Location));
        writer.Line("[" + EmitContext.InteropServices + ".FieldOffset(" + Literals.Decimal(field.Offset) + ")]");
        writer.Line(EmitContext.CNameAttribute(field.Name));
        writer.Line("public " + context.Types.Map(field.Type) + " " + member.Name + ";");
    }

    private static void WriteZeroSize(EmitContext context, SourceWriter writer, MemberPlan member)
    {
        var field = member.Field;
        context.Docs.Write(writer, field.Doc, "C: " + field.Name + " (" + field.Type.CSpelling + "), zero-size member at offset " +
            Literals.Decimal(field.Offset) + ", " + context.Docs.Where(field.Location));
        writer.Line(EmitContext.CNameAttribute(field.Name));
        writer.Line("public const int " + member.OffsetConstantName + " = " + Literals.Decimal(field.Offset) + ";");
    }

    /// <summary>
    /// .NET aligns an explicit-layout struct to its most-aligned field and pads its size to that, so a packed
    /// record (a <c>__u64</c> at offset 1, size 9) would grow to 16 bytes as an array element. Pack caps the
    /// alignment at the C one whenever a member is more aligned than the record.
    /// </summary>
    private static string PackArgument(EmitContext context, RecordPlan record)
    {
        var alignment = record.Model.Alignment;
        return WidestField(context, record) > alignment && Array.IndexOf(ValidPackValues, alignment) >= 0
            ? ", Pack = " + Literals.Decimal(alignment)
            : string.Empty;
    }

    /// <summary>
    /// The opposite case: C alignment that no field carries (it comes from a flexible array's elements or an
    /// aligned attribute). A private field of that alignment at offset 0, overlapping the others, raises
    /// .NET's alignment without changing the size; alignments above 16 have no such .NET type.
    /// </summary>
    private static string? AlignmentField(EmitContext context, RecordPlan record)
    {
        var model = record.Model;
        if (WidestField(context, record) >= model.Alignment || model.Size < model.Alignment)
        {
            return null;
        }

        return model.Alignment switch
        {
            2 => "ushort",
            4 => "uint",
            8 => "ulong",
            16 => "global::System.Int128",
            _ => null,
        };
    }

    private static int WidestField(EmitContext context, RecordPlan record) =>
        record.Members.Where(m => m.Kind == MemberKind.Field).Select(m => context.Types.NetAlignment(m.Field.Type))
            .Concat(record.Storages.Select(s => s.Size))
            .DefaultIfEmpty(1)
            .Max();
}
