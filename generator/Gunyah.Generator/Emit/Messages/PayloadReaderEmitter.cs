using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>ref struct &lt;Record&gt;Reader</c> for a variable payload: <c>TryRead</c> validates the bytes once
/// (every count against the bytes present, the padding after each list present and zero, nothing left over), and
/// then the fixed members are properties, each list a list reader and the raw tail a span, all read in place
/// without allocating. <c>ReadFixed</c> gathers the fixed members into the record; <c>ToPayload</c> copies
/// everything into the owned payload class. The padding after a list that ends the payload may be omitted.
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

        writer.Line();
        var parameters = regions.Select(r => "int " + VariableLayout.Delta(r)).Concat(payload.Lists.Select(l => "int count" + Literals.Decimal(l.Index)));
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
        foreach (var list in payload.Lists)
        {
            var i = Literals.Decimal(list.Index);
            var entries = "entries" + i;
            var size = Literals.Decimal(VariableLayout.EntrySize(list));
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

        var arguments = new List<string> { "payload" };
        arguments.AddRange(payload.Lists.Select(l => l.Index == lastList && shape.EndsWithList(lastList) ? "0" : VariableLayout.Delta(l.Index + 1)));
        arguments.AddRange(payload.Lists.Select(l => "(int)count" + Literals.Decimal(l.Index)));
        writer.Line("reader = new " + payload.ReaderName + "(" + string.Join(", ", arguments) + ");");
        writer.Line("return true;");
        writer.Close();
    }

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
            if (member.Kind == MemberKind.Bitfield)
            {
                writer.Line("public " + type + " " + member.Name + " => " + code.ReadBits(field, "_payload", baseOffset) + ";");
            }
            else if (WireCode.IsScalar(field.Type))
            {
                writer.Line("public " + type + " " + member.Name + " => " + code.ReadScalar(field.Type, "_payload", WireCode.Add(baseOffset, field.Offset)) + ";");
            }
            else
            {
                writer.Open("public " + type + " " + member.Name);
                writer.Open("get");
                writer.Line("var value = default(" + type + ");");
                code.ReadValue(writer, field.Type, "value", "_payload", WireCode.Add(baseOffset, field.Offset));
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
            writer.Line("public " + context.Plan.Qualify(list.Reader.Name) + " " + list.Property + " => new(_payload.Slice(" + start + ", " + count + " * " +
                Literals.Decimal(VariableLayout.EntrySize(list)) + "), " + count + ");");
        }

        if (payload.Tail is { } tail)
        {
            writer.Line();
            writer.Line("/// <summary>The raw tail <c>" + DocComments.Escape(shape.Tail!.Name) + "</c>: the rest of the payload.</summary>");
            writer.Line("public " + WireCode.ReadOnlySpan + " " + tail.Property + " => _payload.Slice(" + VariableLayout.FixedEnd(payload, "_") + ");");
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
        foreach (var field in shape.FixedFields)
        {
            code.ReadMember(writer, payload.Member(field), "value", "_payload", VariableLayout.Delta(shape.RegionOf(field), "_"));
        }

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

    private static void ReturnFalseIf(SourceWriter writer, string condition)
    {
        writer.Open("if (" + condition + ")");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
    }
}
