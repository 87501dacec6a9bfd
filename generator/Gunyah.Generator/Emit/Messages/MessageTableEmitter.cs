using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>static partial class &lt;Prefix&gt;Messages</c>: one <c>const uint</c> per message id (named and
/// <c>[CName]</c>d after the id macro), a <c>MessageDescriptor</c> table with the <see cref="DescriptorLookups"/>
/// by id and name, and <c>FormatPayload</c>, which pretty-prints a payload through the
/// codecs for traces: fixed members with C names, list entries, tails as hex, <c>invalid payload: ...</c> when
/// the bytes do not decode. It never throws.
/// </summary>
internal static class MessageTableEmitter
{
    private const string Descriptor = "global::Gunyah.Interop.Rpc.MessageDescriptor";

    /// <summary>Entries printed per list; longer lists end with "...".</summary>
    private const int MaxListEntries = 64;

    public static GeneratedSource Emit(EmitContext context)
    {
        var messages = context.Plan.Messages!;
        var name = messages.Names.Messages;
        var writer = context.BeginFile();
        writer.Line("/// <summary>The messages of " + DocComments.Escape(context.RootFileName) + ": ids, descriptors and a payload formatter for traces.</summary>");
        writer.Open("public static partial class " + name);
        foreach (var message in messages.Messages)
        {
            var model = message.Model;
            context.Docs.Write(writer, model.Doc, Describe(context, message));
            writer.Line(EmitContext.CNameAttribute(model.IdName ?? model.Name));
            writer.Line("public const uint " + Naming.Escape(message.IdConstant) + " = " + Literals.Hex(model.Id) + ";");
            writer.Line();
        }

        writer.Open("private static readonly " + Descriptor + "[] s_descriptors =");
        foreach (var message in messages.Messages)
        {
            var model = message.Model;
            writer.Line("new " + Descriptor + "(" + Literals.String(model.Name) + ", " + Literals.String(model.IdName ?? model.Name) + ", " +
                Literals.Hex(model.Id) + ", global::Gunyah.Interop.Rpc.RpcMessageKind." + model.Kind.ToString() + ", " +
                CType(model.Request) + ", " + CType(model.Reply) + "),");
        }

        writer.Close(";");
        writer.Line();
        DescriptorLookups.Write(writer, Descriptor, "message", "id", "id",
            messages.Messages.Select(m => (Naming.Escape(m.IdConstant), m.Model.Name)).ToList());
        writer.Line();
        WriteFormatPayload(context, writer, messages);
        writer.Close();
        return context.Finish(name, writer);
    }

    /// <summary>Remarks of an id constant: kind, payload types, where the message is defined.</summary>
    public static string Describe(EmitContext context, MessageEntryPlan message)
    {
        var model = message.Model;
        var types = model.Kind == MessageKind.Call
            ? "call, request " + (model.Request?.CSpelling ?? "void") + ", reply " + (model.Reply?.CSpelling ?? "void")
            : "notification, payload " + (model.Request?.CSpelling ?? "void");
        return types + ". C: " + model.Name + ", " + context.Docs.Where(model.Location);
    }

    private static string CType(TypeRef? type) => type is null ? "null" : Literals.String(type.CSpelling);

    private static void WriteFormatPayload(EmitContext context, SourceWriter writer, MessagePlan messages)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Pretty-prints a payload of message <paramref name=\"id\"/> for traces: fixed members with their C names, list");
        writer.Line("/// entries, tails as hex; <c>invalid payload: ...</c> when the bytes do not decode. Never throws.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"id\">The message id.</param>");
        writer.Line("/// <param name=\"isReply\">For calls: the reply rather than the request. Ignored for notifications.</param>");
        writer.Line("/// <param name=\"payload\">The payload bytes (for replies, without the status word).</param>");
        writer.Open("public static string FormatPayload(uint id, bool isReply, " + WireCode.ReadOnlySpan + " payload)");
        writer.Open("switch (id)");
        foreach (var message in messages.Messages)
        {
            writer.Line("case " + Naming.Escape(message.IdConstant) + ":");
            writer.Indent();
            writer.Line(message.Model.Kind == MessageKind.Call
                ? "return isReply ? " + FormatterName(message.Reply) + "(payload) : " + FormatterName(message.Request) + "(payload);"
                : "return " + FormatterName(message.Request) + "(payload);");
            writer.Unindent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line("return \"unknown message 0x\" + id.ToString(\"x8\", global::System.Globalization.CultureInfo.InvariantCulture) + \": \" + " + context.Format + ".Bytes(payload);");
        writer.Unindent();
        writer.Close();
        writer.Close();

        writer.Line();
        writer.Line("private static string Invalid(string type, " + WireCode.ReadOnlySpan + " payload) =>");
        writer.Line("    \"invalid payload: \" + payload.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" bytes are not a valid \" + type + \": \" + " +
            context.Format + ".Bytes(payload);");
        var formatted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payload in messages.Messages.SelectMany(m => new[] { m.Request, m.Reply }.Take(m.Model.Kind == MessageKind.Call ? 2 : 1)))
        {
            if (formatted.Add(FormatterName(payload)))
            {
                writer.Line();
                WriteFormatter(context, writer, payload);
            }
        }
    }

    private static string FormatterName(PayloadPlan? payload) => payload?.FormatterName ?? "Format_void";

    private static void WriteFormatter(EmitContext context, SourceWriter writer, PayloadPlan? payload)
    {
        var cType = Literals.String(PayloadCode.CType(payload));
        if (payload is null)
        {
            writer.Line("private static string " + FormatterName(payload) + "(" + WireCode.ReadOnlySpan + " payload) => payload.IsEmpty ? \"{ }\" : Invalid(" + cType + ", payload);");
            return;
        }

        writer.Open("private static string " + payload.FormatterName + "(" + WireCode.ReadOnlySpan + " payload)");
        if (payload.IsFixed)
        {
            var shortPayloads = context.Plan.Messages!.ShortPayloads;
            if (shortPayloads)
            {
                writer.Line("var value = default(" + payload.Record.FullName + ");");
            }

            writer.Line("return " + PayloadCode.DecodesFixed(context, payload, shortPayloads ? "out value" : "out var value"));
            writer.Line("    ? value.ToString()");
            writer.Line("    : Invalid(" + cType + ", payload);");
            writer.Close();
            return;
        }

        writer.Open("if (!" + context.Plan.Qualify(payload.ReaderName!) + ".TryRead(payload, out var reader))");
        writer.Line("return Invalid(" + cType + ", payload);");
        writer.Close();
        writer.Line();
        writer.Line("var builder = new global::System.Text.StringBuilder();");
        writer.Line("builder.Append(reader.ReadFixed().ToString());");
        var formatter = new ValueFormatter(context);
        foreach (var list in payload.Lists)
        {
            var index = "index" + Literals.Decimal(list.Index);
            writer.Line("builder.Append(" + Literals.String(" " + list.List.CLabel + " = [") + ");");
            writer.Line("var " + index + " = 0;");
            writer.Open("foreach (var entry in reader." + list.Property + ")");
            writer.Open("if (" + index + " == " + Literals.Decimal(MaxListEntries) + ")");
            writer.Line("builder.Append(\", ...\");");
            writer.Line("break;");
            writer.Close();
            writer.Line();
            writer.Line("builder.Append(" + index + "++ == 0 ? string.Empty : \", \");");
            writer.Line("builder.Append(" + formatter.Scalar("entry", list.List.Entry) + ");");
            writer.Close();
            writer.Line();
            writer.Line("builder.Append(']');");
        }

        if (payload.Tail is { } tail)
        {
            writer.Line("builder.Append(" + Literals.String(" " + payload.Shape.Tail!.Name + " = ") + ").Append(" + context.Format + ".Bytes(reader." + tail.Property + "));");
        }

        writer.Line("return builder.ToString();");
        writer.Close();
    }
}
