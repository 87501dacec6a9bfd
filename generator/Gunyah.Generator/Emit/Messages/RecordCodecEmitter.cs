using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Adds <c>Encode</c> and <c>TryDecode</c> to a record reached by message payloads, as a <c>partial</c> part of
/// its struct (so bitfields are read through their properties without touching the struct's memory layout).
/// Both work member by member, little-endian; encoding zeroes padding first. For a list record (one ending in a
/// flexible array) they cover the fixed part only: the payload's encoder and reader handle the entries.
/// </summary>
internal static class RecordCodecEmitter
{
    public static GeneratedSource Emit(EmitContext context, RecordPlan record)
    {
        var writer = context.BeginFile();
        var chain = new List<RecordPlan>();
        for (var current = record; current is not null; current = current.Parent)
        {
            chain.Insert(0, current);
        }

        foreach (var outer in chain.Take(chain.Count - 1))
        {
            writer.Open("partial struct " + outer.Name);
        }

        WriteCodec(context, writer, record);
        foreach (var _ in chain.Take(chain.Count - 1))
        {
            writer.Close();
        }

        return context.Finish(string.Join(".", chain.Select(r => r.Name)) + ".Wire", writer);
    }

    private static void WriteCodec(EmitContext context, SourceWriter writer, RecordPlan record)
    {
        var model = record.Model;
        var size = Literals.Decimal(model.Size);
        var cType = CDescriptions.Describe(model);
        var part = model.Fields.Any(f => f.IsFlexibleArray) ? "the fixed part of " : string.Empty;
        var code = new WireCode(context);
        var members = record.Members.Where(m => m.Kind is MemberKind.Field or MemberKind.Bitfield).ToList();

        writer.Open("partial struct " + record.Name);
        writer.Line("/// <summary>Writes <paramref name=\"value\"/> as " + DocComments.Escape(part) + "<c>" + DocComments.Escape(cType) + "</c>: " + size +
            " bytes, little-endian, member by member (padding zeroed).</summary>");
        writer.Line("/// <returns>The bytes written: " + size + ".</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The destination is shorter than " + size + " bytes.</exception>");
        writer.Open("public static int Encode(in " + record.FullName + " value, " + WireCode.Span + " destination)");
        writer.Open("if (destination.Length < " + size + ")");
        writer.Line("throw new global::System.ArgumentException(" + Literals.String("The destination is shorter than " + size + " bytes.") + ", nameof(destination));");
        writer.Close();
        writer.Line();
        writer.Line("destination = destination.Slice(0, " + size + ");");
        writer.Line("destination.Clear();");
        foreach (var member in members)
        {
            code.WriteMember(writer, member, "value", "destination", "0");
        }

        writer.Line("return " + size + ";");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Reads " + DocComments.Escape(part) + "<c>" + DocComments.Escape(cType) + "</c> from the first " + size +
            " bytes of <paramref name=\"source\"/>, little-endian.</summary>");
        writer.Line("/// <returns>False when <paramref name=\"source\"/> is shorter than " + size + " bytes.</returns>");
        writer.Open("public static bool TryDecode(" + WireCode.ReadOnlySpan + " source, out " + record.FullName + " value, out int consumed)");
        writer.Line("value = default;");
        writer.Open("if (source.Length < " + size + ")");
        writer.Line("consumed = 0;");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        foreach (var member in members)
        {
            code.ReadMember(writer, member, "value", "source", "0");
        }

        writer.Line("consumed = " + size + ";");
        writer.Line("return true;");
        writer.Close();
        writer.Close();
    }
}
