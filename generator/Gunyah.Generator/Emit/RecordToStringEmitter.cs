namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits <c>ToString()</c> for a record: <c>{ label = 0, flags = 0x7, name = "vm0" }</c> with C member names,
/// used to pretty-print ioctl arguments in traces. Flexible array members are left out (their length is not
/// part of the struct).
/// </summary>
internal static class RecordToStringEmitter
{
    public static void Write(EmitContext context, SourceWriter writer, RecordPlan record)
    {
        var printable = record.Members.Where(m => m.Kind is MemberKind.Field or MemberKind.Bitfield).ToList();
        writer.Line("/// <summary>The members and their values, with C names: <c>{ name = value, ... }</c> (invariant culture).</summary>");
        if (printable.Count == 0)
        {
            writer.Line("public override readonly string ToString() => \"{ }\";");
            return;
        }

        var formatter = new ValueFormatter(context);
        writer.Open("public override readonly string ToString()");
        writer.Line("var builder = new global::System.Text.StringBuilder();");
        for (var i = 0; i < printable.Count; i++)
        {
            var member = printable[i];
            var label = (i == 0 ? "{ " : ", ") + member.Field.Name + " = ";
            writer.Line("builder.Append(" + Literals.String(label) + ");");
            formatter.Append(writer, "this." + member.Name, member.Field.Type);
        }

        writer.Line("builder.Append(\" }\");");
        writer.Line("return builder.ToString();");
        writer.Close();
    }
}
