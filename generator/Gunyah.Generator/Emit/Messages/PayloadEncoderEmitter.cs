namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Adds <c>GetEncodedLength</c> and <c>Encode</c> to a variable payload's struct: the fixed members come from a
/// value of the struct, each list from a span (its count is written from the span's length, whatever the
/// struct's count member says) and the raw tail from a byte span. Every list is followed by zero padding to the
/// list alignment. A count that does not fit its count member is a programming error
/// (<c>ArgumentOutOfRangeException</c>).
/// </summary>
internal static class PayloadEncoderEmitter
{
    public static GeneratedSource Emit(EmitContext context, PayloadPlan payload)
    {
        var record = payload.Record;
        var writer = context.BeginFile();
        writer.Open("partial struct " + record.Name);
        WriteGetEncodedLength(context, writer, payload);
        writer.Line();
        WriteEncode(context, writer, payload);
        writer.Close();
        return context.Finish(record.Name + ".Wire", writer);
    }

    private static void WriteGetEncodedLength(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var alignment = context.Plan.Messages!.ListAlignment;
        var code = new WireCode(context);
        var parameters = payload.Lists.Select(l => "int " + l.CountParameter).ToList();
        if (payload.Tail is { } tail)
        {
            parameters.Add("int " + tail.LengthParameter);
        }

        writer.Line("/// <summary>The bytes a <c>" + DocComments.Escape(CDescriptions.Describe(payload.Record.Model)) +
            "</c> payload with these list lengths takes on the wire, padding included.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A length is negative, or a count does not fit its count member.</exception>");
        writer.Open("public static int GetEncodedLength(" + string.Join(", ", parameters) + ")");
        foreach (var list in payload.Lists)
        {
            var max = VariableLayout.MaxCount(list.List);
            var condition = max is { } limit
                ? "(uint)" + list.CountParameter + " > " + Literals.Decimal((long)limit) + "u"
                : list.CountParameter + " < 0";
            writer.Open("if (" + condition + ")");
            writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(" + list.CountParameter + "), " + list.CountParameter + ", " +
                Literals.String("More entries than the count member '" + list.List.Count.Name + "' (" + list.List.Count.Type.CSpelling + ") holds, or negative.") + ");");
            writer.Close();
            writer.Line();
        }

        if (payload.Tail is { } checkedTail)
        {
            writer.Open("if (" + checkedTail.LengthParameter + " < 0)");
            writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(" + checkedTail.LengthParameter + "));");
            writer.Close();
            writer.Line();
        }

        writer.Open("checked");
        VariableLayout.WriteDeltas(writer, payload, alignment, l => l.CountParameter, includeLast: true, code.Wire);
        var total = VariableLayout.FixedEnd(payload);
        writer.Line("return " + total + (payload.Tail is { } t ? " + " + t.LengthParameter : string.Empty) + ";");
        writer.Close();
        writer.Close();
    }

    private static void WriteEncode(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var alignment = context.Plan.Messages!.ListAlignment;
        var code = new WireCode(context);
        var shape = payload.Shape;
        var parameters = new List<string> { WireCode.Span + " destination", "in " + payload.Record.FullName + " value" };
        parameters.AddRange(payload.Lists.Select(l => "global::System.ReadOnlySpan<" + l.Reader.EntryType + "> " + l.Parameter));
        var lengths = payload.Lists.Select(l => l.Parameter + ".Length").ToList();
        if (payload.Tail is { } tail)
        {
            parameters.Add(WireCode.ReadOnlySpan + " " + tail.Parameter);
            lengths.Add(tail.Parameter + ".Length");
        }

        writer.Line("/// <summary>Writes a <c>" + DocComments.Escape(CDescriptions.Describe(payload.Record.Model)) +
            "</c> payload: the fixed members of <paramref name=\"value\"/>, then each list (its count taken from the span) and its padding.</summary>");
        writer.Line("/// <returns>The bytes written (<see cref=\"GetEncodedLength\"/>).</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The destination is too short, or a list does not fit its count member.</exception>");
        writer.Open("public static int Encode(" + string.Join(", ", parameters) + ")");
        writer.Line("var length = GetEncodedLength(" + string.Join(", ", lengths) + ");");
        writer.Open("if (destination.Length < length)");
        writer.Line("throw new global::System.ArgumentException(\"The destination is shorter than the encoded payload.\", nameof(destination));");
        writer.Close();
        writer.Line();
        writer.Line("destination = destination.Slice(0, length);");
        writer.Line("destination.Clear();");
        VariableLayout.WriteDeltas(writer, payload, alignment, l => l.Parameter + ".Length", includeLast: !shape.EndsWithList(shape.Lists.Count - 1), code.Wire);
        foreach (var field in shape.FixedFields)
        {
            code.WriteMember(writer, payload.Member(field), "value", "destination", VariableLayout.Delta(shape.RegionOf(field)));
        }

        foreach (var list in payload.Lists)
        {
            var count = list.List.Count.Type;
            var length = list.Parameter + ".Length";
            var value = count.Size == 1 ? length : "unchecked((" + WireCode.Keyword(count) + ")" + length + ")";
            writer.Line(code.WriteScalar(count, value, "destination", VariableLayout.Offset(list.Index, list.List.CountOffset)));
            writer.Open("for (var i = 0; i < " + length + "; i++)");
            var offset = VariableLayout.Offset(list.Index, list.List.EntriesOffset) + " + i * " + Literals.Decimal(VariableLayout.EntrySize(list));
            code.WriteValue(writer, list.List.Entry, list.Parameter + "[i]", "destination", offset);
            writer.Close();
        }

        if (payload.Tail is { } written)
        {
            writer.Line(written.Parameter + ".CopyTo(destination.Slice(" + VariableLayout.FixedEnd(payload) + "));");
        }

        writer.Line("return length;");
        writer.Close();
    }
}
