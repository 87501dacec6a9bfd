namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Adds <c>GetEncodedLength</c> and <c>Encode</c> to a variable payload's struct: the fixed members come from a
/// value of the struct, each list from a span (its count is written from the span's length, whatever the
/// struct's count member says) and the raw tail from a byte span. Every list is followed by zero padding to the
/// list alignment. A count that does not fit its count member is a programming error
/// (<c>ArgumentOutOfRangeException</c>). With <c>MessageOptionalTail</c>, an omittable last list
/// (<see cref="PayloadPlan.OmittableList"/>) that is empty and whose header is all zero is left off, and a second
/// <c>GetEncodedLength</c> takes the value, since only its header fields tell.
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
        if (payload.OmittableList is { } omittable)
        {
            WriteGetEncodedLengthOfValue(context, writer, payload, omittable);
            writer.Line();
        }

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

        var omitted = payload.OmittableList is { } omittedList
            ? " An empty <c>" + DocComments.Escape(omittedList.List.CLabel.Split('.')[0]) + "</c> list is left off: this assumes its header's other fields are zero (see the overload taking the value)."
            : string.Empty;
        writer.Line("/// <summary>The bytes a <c>" + DocComments.Escape(CDescriptions.Describe(payload.Record.Model)) +
            "</c> payload with these list lengths takes on the wire, padding included." + omitted + "</summary>");
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
        if (payload.OmittableList is { } omit)
        {
            writer.Open("if (" + omit.CountParameter + " == 0)");
            writer.Line("return " + HeaderStart(omit) + ";");
            writer.Close();
            writer.Line();
        }

        var total = VariableLayout.FixedEnd(payload);
        writer.Line("return " + total + (payload.Tail is { } t ? " + " + t.LengthParameter : string.Empty) + ";");
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// <c>GetEncodedLength(in value, counts)</c>: what <c>Encode</c> writes. An empty omittable list is left off
    /// only when its header, as encoded, is zero apart from the count (written from the span: 0), so the header
    /// is encoded into a stack scratch and checked.
    /// </summary>
    private static void WriteGetEncodedLengthOfValue(EmitContext context, SourceWriter writer, PayloadPlan payload, ListPlan omit)
    {
        var code = new WireCode(context);
        var list = omit.List;
        var counts = payload.Lists.Select(l => "int " + l.CountParameter);
        writer.Line("/// <summary>The bytes <see cref=\"Encode\"/> writes for <paramref name=\"value\"/> and these list lengths: an empty <c>" +
            DocComments.Escape(list.CLabel) + "</c> list is left off when its header in <paramref name=\"value\"/> is zero apart from the count.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A length is negative, or a count does not fit its count member.</exception>");
        writer.Open("public static int GetEncodedLength(in " + payload.Record.FullName + " value, " + string.Join(", ", counts) + ")");
        writer.Line("var length = GetEncodedLength(" + string.Join(", ", payload.Lists.Select(l => l.CountParameter)) + ");");
        writer.Open("if (" + omit.CountParameter + " != 0)");
        writer.Line("return length;");
        writer.Close();
        writer.Line();
        writer.Line("global::System.Span<byte> header = stackalloc byte[" + Literals.Decimal(list.HeaderSize) + "];");
        writer.Line("header.Clear(); // stackalloc is not zeroed under SkipLocalsInit");
        foreach (var field in HeaderFields(payload, omit))
        {
            if (field == list.Member)
            {
                code.WriteValue(writer, field.Type, "value." + payload.Member(field).Name, "header", "0");
            }
            else
            {
                code.WriteMember(writer, payload.Member(field), "value", "header", "0"); // the payload is the list: its header starts at 0
            }
        }

        writer.Line("header.Slice(" + Literals.Decimal(list.CountOffset - list.HeaderOffset) + ", " + Literals.Decimal(list.Count.Type.Size) + ").Clear(); // the count comes from the span");
        var alignment = context.Plan.Messages!.ListAlignment;
        var full = "length + " + Literals.Decimal(list.HeaderSize);
        var padded = alignment == 1 ? "checked(" + full + ")" : "checked((int)" + code.Wire + ".Pad(" + full + ", " + Literals.Decimal(alignment) + "))";
        writer.Line("return " + code.Wire + ".IsZero(header) ? length : " + padded + ";");
        writer.Close();
    }

    /// <summary>The fixed members that make up the header of <paramref name="omit"/>: the list member, or every
    /// fixed member when the payload itself is the list.</summary>
    private static IEnumerable<Model.FieldModel> HeaderFields(PayloadPlan payload, ListPlan omit) =>
        payload.Shape.FixedFields.Where(f => VariableLayout.Start(f) >= omit.List.HeaderOffset);

    /// <summary>Where the header of <paramref name="list"/> starts on the wire: the payload's length when it is left off.</summary>
    private static string HeaderStart(ListPlan list) => VariableLayout.Offset(list.Index, list.List.HeaderOffset);

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
        var lengthCref = payload.OmittableList is null
            ? "GetEncodedLength"
            : "GetEncodedLength(in " + payload.Record.FullName + string.Concat(payload.Lists.Select(_ => ", int")) + ")";
        writer.Line("/// <returns>The bytes written (<see cref=\"" + lengthCref + "\"/>).</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The destination is too short, or a list does not fit its count member.</exception>");
        writer.Open("public static int Encode(" + string.Join(", ", parameters) + ")");
        var omit = payload.OmittableList;
        writer.Line("var length = GetEncodedLength(" + (omit is null ? string.Empty : "value, ") + string.Join(", ", lengths) + ");");
        writer.Open("if (destination.Length < length)");
        writer.Line("throw new global::System.ArgumentException(\"The destination is shorter than the encoded payload.\", nameof(destination));");
        writer.Close();
        writer.Line();
        writer.Line("destination = destination.Slice(0, length);");
        writer.Line("destination.Clear();");
        VariableLayout.WriteDeltas(writer, payload, alignment, l => l.Parameter + ".Length", includeLast: !shape.EndsWithList(shape.Lists.Count - 1), code.Wire);
        var headerFields = new HashSet<Model.FieldModel>(omit is null ? [] : HeaderFields(payload, omit));
        foreach (var field in shape.FixedFields.Where(f => !headerFields.Contains(f)))
        {
            code.WriteMember(writer, payload.Member(field), "value", "destination", VariableLayout.Delta(shape.RegionOf(field)));
        }

        foreach (var list in payload.Lists.Where(l => l != omit))
        {
            WriteList(code, writer, list);
        }

        if (omit is not null)
        {
            // The last list, header included, is left off exactly when the length stops where its header would start.
            writer.Open("if (length != " + HeaderStart(omit) + ")");
            foreach (var field in shape.FixedFields.Where(headerFields.Contains))
            {
                code.WriteMember(writer, payload.Member(field), "value", "destination", VariableLayout.Delta(shape.RegionOf(field)));
            }

            WriteList(code, writer, omit);
            writer.Close();
            writer.Line();
        }

        if (payload.Tail is { } written)
        {
            writer.Line(written.Parameter + ".CopyTo(destination.Slice(" + VariableLayout.FixedEnd(payload) + "));");
        }

        writer.Line("return length;");
        writer.Close();
    }

    /// <summary>Writes a list's count, from its span's length (after the header, which holds the value's count), and its entries.</summary>
    private static void WriteList(WireCode code, SourceWriter writer, ListPlan list)
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
}
