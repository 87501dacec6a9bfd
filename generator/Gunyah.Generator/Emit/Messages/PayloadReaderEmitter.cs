using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>ref struct &lt;Record&gt;Reader</c> for a variable payload: <c>TryRead</c> validates the bytes once
/// (every count against the bytes present, the padding after each list present and zero, nothing left over), and
/// then the fixed members are properties, each list a list reader and the raw tail a span, all read in place
/// without allocating. <c>ReadFixed</c> gathers the fixed members into the record; <c>ToPayload</c> copies
/// everything into the owned payload class. The padding after a list that ends the payload may be omitted.
/// With <c>MessageOptionalTail</c> the payload may also end at its start or exactly where a list's header starts:
/// <c>_present</c> then holds that C offset and every member from there on reads as zero, every list as empty.
/// </summary>
internal static class PayloadReaderEmitter
{
    public static GeneratedSource Emit(EmitContext context, PayloadPlan payload)
    {
        var name = payload.ReaderName!;
        var writer = context.BeginFile();
        var cType = CDescriptions.Describe(payload.Record.Model);
        var regions = Enumerable.Range(1, payload.Lists.Count).ToList();
        writer.Line("/// <summary>Reads a <c>" + DocComments.Escape(cType) + "</c> payload in place; get one from <see cref=\"TryRead\"/>.</summary>");
        writer.Open("public readonly ref struct " + name);
        writer.Line("private readonly " + WireCode.ReadOnlySpan + " _payload;");
        foreach (var region in regions)
        {
            writer.Line("private readonly int _" + VariableLayout.Delta(region) + ";");
        }

        foreach (var list in payload.Lists)
        {
            writer.Line("private readonly int _count" + Literals.Decimal(list.Index) + ";");
        }

        var shortPayloads = context.Plan.Messages!.ShortPayloads;
        if (shortPayloads)
        {
            writer.Line("private readonly int _present; // the C offset where the bytes present end (int.MaxValue: all present)");
        }

        writer.Line();
        var parameters = regions.Select(r => "int " + VariableLayout.Delta(r)).Concat(payload.Lists.Select(l => "int count" + Literals.Decimal(l.Index)));
        if (shortPayloads)
        {
            parameters = parameters.Concat(["int present"]);
        }

        writer.Open("private " + name + "(" + string.Join(", ", new[] { WireCode.ReadOnlySpan + " payload" }.Concat(parameters)) + ")");
        writer.Line("_payload = payload;");
        foreach (var region in regions)
        {
            writer.Line("_" + VariableLayout.Delta(region) + " = " + VariableLayout.Delta(region) + ";");
        }

        foreach (var list in payload.Lists)
        {
            var index = Literals.Decimal(list.Index);
            writer.Line("_count" + index + " = count" + index + ";");
        }

        if (shortPayloads)
        {
            writer.Line("_present = present;");
        }

        writer.Close();
        writer.Line();
        WriteTryRead(context, writer, payload);
        WriteProperties(context, writer, payload);
        WriteReadFixed(context, writer, payload);
        WriteToPayload(context, writer, payload);
        writer.Close();
        return context.Finish(name, writer);
    }

    private static void WriteTryRead(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var code = new WireCode(context);
        var alignment = context.Plan.Messages!.ListAlignment;
        var shape = payload.Shape;
        writer.Line("/// <summary>Checks that <paramref name=\"payload\"/> is a valid <c>" + DocComments.Escape(CDescriptions.Describe(shape.Record)) +
            "</c> payload (every count within the bytes present, padding zero, nothing left over) and reads it in place.</summary>");
        writer.Open("public static bool TryRead(" + WireCode.ReadOnlySpan + " payload, out " + payload.ReaderName + " reader)");
        writer.Line("reader = default;");
        var shortPayloads = context.Plan.Messages!.ShortPayloads;
        if (shortPayloads)
        {
            // MessageOptionalTail: an empty payload is the default reader, in which nothing is present.
            writer.Open("if (payload.IsEmpty)");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
        }

        foreach (var list in payload.Lists)
        {
            var i = Literals.Decimal(list.Index);
            var entries = "entries" + i;
            var size = Literals.Decimal(VariableLayout.EntrySize(list));
            var header = VariableLayout.Offset(list.Index, list.List.HeaderOffset);
            if (shortPayloads && header != "0")
            {
                // MessageOptionalTail: the payload may stop exactly where this list's header starts.
                writer.Open("if (payload.Length == " + header + ")");
                writer.Line("reader = new " + payload.ReaderName + "(" + string.Join(", ", ReaderArguments(payload, list.Index, Literals.Decimal(list.List.HeaderOffset))) + ");");
                writer.Line("return true;");
                writer.Close();
                writer.Line();
            }

            writer.Line("var " + entries + " = " + VariableLayout.Offset(list.Index, list.List.EntriesOffset) + ";");
            ReturnFalseIf(writer, "payload.Length < " + entries);
            var count = list.List.Count.Type;
            var read = code.ReadScalar(count, "payload", VariableLayout.Offset(list.Index, list.List.CountOffset));
            if (PrimitiveTypes.IsSigned(count.Primitive))
            {
                writer.Line("var raw" + i + " = " + read + ";");
                ReturnFalseIf(writer, "raw" + i + " < 0");
                read = "raw" + i;
            }

            writer.Line("var count" + i + " = (ulong)" + read + ";");
            ReturnFalseIf(writer, "count" + i + " > (ulong)((payload.Length - " + entries + ") / " + size + ")");
            writer.Line("var end" + i + " = " + entries + " + ((int)count" + i + " * " + size + ");");
            // Pad is computed in long: end + alignment - 1 may pass int.MaxValue.
            var padded = alignment == 1 ? "end" + i : code.Wire + ".Pad(end" + i + ", " + Literals.Decimal(alignment) + ")";
            if (shape.EndsWithList(list.Index))
            {
                // The padding after a list that ends the payload may be omitted; if present it must be zero.
                var missingOrZero = alignment == 1
                    ? "payload.Length != end" + i
                    : "payload.Length != end" + i + " && (payload.Length != " + padded + " || !" + code.Wire + ".IsZero(payload.Slice(end" + i + ")))";
                ReturnFalseIf(writer, missingOrZero);
                continue;
            }

            if (alignment != 1)
            {
                writer.Line("var padded" + i + " = " + padded + ";");
                ReturnFalseIf(writer, "payload.Length < padded" + i + " || !" + code.Wire + ".IsZero(payload.Slice(end" + i + ", (int)padded" + i + " - end" + i + "))");
                padded = "(int)padded" + i;
            }

            writer.Line("var " + VariableLayout.Delta(list.Index + 1) + " = " + padded + " - " + Literals.Decimal(list.List.EntriesOffset) + ";");
        }

        var lastList = shape.Lists.Count - 1;
        if (shape.Tail is not null)
        {
            ReturnFalseIf(writer, "payload.Length < " + VariableLayout.FixedEnd(payload));
        }
        else if (lastList < 0 || !shape.EndsWithList(lastList))
        {
            ReturnFalseIf(writer, "payload.Length != " + VariableLayout.FixedEnd(payload));
        }

        var arguments = ReaderArguments(payload, payload.Lists.Count, shortPayloads ? "int.MaxValue" : null);
        writer.Line("reader = new " + payload.ReaderName + "(" + string.Join(", ", arguments) + ");");
        writer.Line("return true;");
        writer.Close();
    }

    /// <summary>The constructor's arguments once lists <c>0..listsRead-1</c> are read; later lists are absent (count 0,
    /// delta 0). <paramref name="present"/> is the <c>_present</c> argument (null without MessageOptionalTail).</summary>
    private static List<string> ReaderArguments(PayloadPlan payload, int listsRead, string? present)
    {
        var shape = payload.Shape;
        var lastList = shape.Lists.Count - 1;
        var arguments = new List<string> { "payload" };
        arguments.AddRange(payload.Lists.Select(l => l.Index >= listsRead || (l.Index == lastList && shape.EndsWithList(lastList)) ? "0" : VariableLayout.Delta(l.Index + 1)));
        arguments.AddRange(payload.Lists.Select(l => l.Index >= listsRead ? "0" : "(int)count" + Literals.Decimal(l.Index)));
        if (present is not null)
        {
            arguments.Add(present);
        }

        return arguments;
    }

    /// <summary>With MessageOptionalTail, the condition under which the bytes at C offset <paramref name="cOffset"/>
    /// are present; null when they always are.</summary>
    private static string? Present(EmitContext context, int cOffset) =>
        context.Plan.Messages!.ShortPayloads ? "_present > " + Literals.Decimal(cOffset) : null;

    /// <summary><c>condition ? value : default</c>, or just <paramref name="value"/> without a condition.</summary>
    private static string OrDefault(string? condition, string value) => condition is null ? value : condition + " ? " + value + " : default";

    /// <summary>Where the payload may stop before <paramref name="field"/>: the last cut point (0, or a list's header) at or before it.</summary>
    private static int CutBefore(PayloadPlan payload, FieldModel field) =>
        payload.Lists.Select(l => l.List.HeaderOffset).Where(h => h <= VariableLayout.Start(field)).DefaultIfEmpty(0).Max();

    private static void WriteProperties(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var code = new WireCode(context);
        var shape = payload.Shape;
        var listMembers = new HashSet<FieldModel>(payload.Lists.Where(l => l.List.Member is not null).Select(l => l.List.Member!));
        foreach (var field in shape.FixedFields.Where(f => !listMembers.Contains(f)))
        {
            var member = payload.Member(field);
            var baseOffset = VariableLayout.Delta(shape.RegionOf(field), "_");
            var type = context.Types.Map(field.Type);
            writer.Line();
            writer.Line("/// <summary>The member <c>" + DocComments.Escape(field.Name) + "</c> (<c>" + DocComments.Escape(field.Type.CSpelling) + "</c>).</summary>");
            var present = Present(context, VariableLayout.Start(field));
            if (member.Kind == MemberKind.Bitfield)
            {
                writer.Line("public " + type + " " + member.Name + " => " + OrDefault(present, code.ReadBits(field, "_payload", baseOffset)) + ";");
            }
            else if (WireCode.IsScalar(field.Type))
            {
                writer.Line("public " + type + " " + member.Name + " => " + OrDefault(present, code.ReadScalar(field.Type, "_payload", WireCode.Add(baseOffset, field.Offset))) + ";");
            }
            else
            {
                writer.Open("public " + type + " " + member.Name);
                writer.Open("get");
                writer.Line("var value = default(" + type + ");");
                OpenIf(writer, present);
                code.ReadValue(writer, field.Type, "value", "_payload", WireCode.Add(baseOffset, field.Offset));
                CloseIf(writer, present);
                writer.Line("return value;");
                writer.Close();
                writer.Close();
            }
        }

        foreach (var list in payload.Lists)
        {
            var start = VariableLayout.Offset(list.Index, list.List.EntriesOffset, "_");
            var count = "_count" + Literals.Decimal(list.Index);
            writer.Line();
            writer.Line("/// <summary>The entries of the list <c>" + DocComments.Escape(list.List.CLabel) + "</c>.</summary>");
            var listReader = context.Plan.Qualify(list.Reader.Name);
            var present = Present(context, list.List.HeaderOffset);
            var read = (present is null ? "new(" : "new " + listReader + "(") + "_payload.Slice(" + start + ", " + count + " * " +
                Literals.Decimal(VariableLayout.EntrySize(list)) + "), " + count + ")";
            writer.Line("public " + listReader + " " + list.Property + " => " + OrDefault(present, read) + ";");
        }

        if (payload.Tail is { } tail)
        {
            writer.Line();
            writer.Line("/// <summary>The raw tail <c>" + DocComments.Escape(shape.Tail!.Name) + "</c>: the rest of the payload.</summary>");
            writer.Line("public " + WireCode.ReadOnlySpan + " " + tail.Property + " => " +
                OrDefault(Present(context, shape.Tail!.Offset), "_payload.Slice(" + VariableLayout.FixedEnd(payload, "_") + ")") + ";");
        }
    }

    private static void WriteReadFixed(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var code = new WireCode(context);
        var shape = payload.Shape;
        writer.Line();
        writer.Line("/// <summary>The fixed members, lists' counts included, as the record (entries and tail excluded).</summary>");
        writer.Open("public " + payload.Record.FullName + " ReadFixed()");
        writer.Line("var value = default(" + payload.Record.FullName + ");");
        string? open = null;
        foreach (var field in shape.FixedFields)
        {
            // Members between two cut points are present or missing together: one check per group.
            var present = Present(context, CutBefore(payload, field));
            if (present != open)
            {
                CloseIf(writer, open, blankLine: true);
                OpenIf(writer, present);
                open = present;
            }

            code.ReadMember(writer, payload.Member(field), "value", "_payload", VariableLayout.Delta(shape.RegionOf(field), "_"));
        }

        CloseIf(writer, open, blankLine: true);
        writer.Line("return value;");
        writer.Close();
    }

    private static void WriteToPayload(EmitContext context, SourceWriter writer, PayloadPlan payload)
    {
        var arguments = new List<string> { "ReadFixed()" };
        arguments.AddRange(payload.Lists.Select(l => l.Property + ".ToArray()"));
        if (payload.Tail is { } tail)
        {
            arguments.Add(tail.Property + ".ToArray()");
        }

        writer.Line();
        writer.Line("/// <summary>Copies the payload into an owned <see cref=\"" + payload.PayloadClassName + "\"/>.</summary>");
        writer.Line("public " + context.Plan.Qualify(payload.PayloadClassName!) + " ToPayload() => new(" + string.Join(", ", arguments) + ");");
    }

    private static void OpenIf(SourceWriter writer, string? condition)
    {
        if (condition is not null)
        {
            writer.Open("if (" + condition + ")");
        }
    }

    private static void CloseIf(SourceWriter writer, string? condition, bool blankLine = false)
    {
        if (condition is not null)
        {
            writer.Close();
            if (blankLine)
            {
                writer.Line();
            }
        }
    }

    private static void ReturnFalseIf(SourceWriter writer, string condition)
    {
        writer.Open("if (" + condition + ")");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
    }
}
