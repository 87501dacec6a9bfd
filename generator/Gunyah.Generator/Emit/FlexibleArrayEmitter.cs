using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Flexible array members (<c>T name[]</c>, <c>T name[0]</c>) occupy no bytes of their record, so they get no
/// field: a <c>NameOffset</c> constant, and a <c>Name(count)</c> accessor returning a span over
/// <c>count</c> elements starting at that offset from the struct. The span reaches past the struct, so it is
/// only valid when the struct lives at the start of a buffer that long (as the kernel requires anyway).
/// </summary>
internal static class FlexibleArrayEmitter
{
    public static void Write(EmitContext context, SourceWriter writer, RecordPlan record, MemberPlan member)
    {
        var field = member.Field;
        var elementType = field.Type.Kind == TypeRefKind.Array && field.Type.Element is not null ? field.Type.Element : field.Type;
        var element = context.Types.MapElement(elementType);
        var where = context.Docs.Where(field.Location);

        writer.Line("/// <summary>Byte offset of the flexible array member <c>" + DocComments.Escape(field.Name) + "</c>, which starts where this struct's fixed part ends or inside its tail padding.</summary>");
        writer.Line("/// <remarks>C: offsetof(" + DocComments.Escape(record.Model.CTypeExpression) + ", " + DocComments.Escape(field.CAccessPath) + ")</remarks>");
        writer.Line("public const int " + member.OffsetConstantName + " = " + Literals.Decimal(field.Offset) + ";");
        writer.Line();

        context.Docs.Write(writer, field.Doc, "C: " + field.Name + " (" + field.Type.CSpelling + "), flexible array member at offset " + Literals.Decimal(field.Offset) + ", " + where);
        writer.Line("/// <param name=\"count\">How many elements the buffer holding this struct really has.</param>");
        writer.Line("/// <returns>The trailing elements; valid only while this struct lives in a buffer that long.</returns>");
        writer.Line(EmitContext.CNameAttribute(field.Name));
        writer.Line("[global::System.Diagnostics.CodeAnalysis.UnscopedRef]");
        writer.Open("public global::System.Span<" + element + "> " + member.Name + "(int count)");
        writer.Line("global::System.ArgumentOutOfRangeException.ThrowIfNegative(count);");
        writer.Line("ref byte start = ref " + EmitContext.CompilerServices + ".Unsafe.AddByteOffset(ref " + EmitContext.CompilerServices + ".Unsafe.As<" + record.FullName + ", byte>(ref this), (nint)" + member.OffsetConstantName + ");");
        writer.Line("return " + EmitContext.InteropServices + ".MemoryMarshal.CreateSpan(ref " + EmitContext.CompilerServices + ".Unsafe.As<byte, " + element + ">(ref start), count);");
        writer.Close();
    }
}
