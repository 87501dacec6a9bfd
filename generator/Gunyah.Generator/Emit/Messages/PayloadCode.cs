namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Code the protocol classes share for a payload (null = <c>void</c>): its type in async APIs, a private decoder
/// that accepts exactly one valid payload (nothing left over; with <c>MessageOptionalTail</c>, an empty fixed
/// payload too, as the zero record), and how to size and encode one from parameters
/// (a record value plus a memory per list and for the tail) or from an owned value.
/// </summary>
internal static class PayloadCode
{
    public const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";

    private const string Pool = "global::System.Buffers.ArrayPool<byte>.Shared";

    /// <summary>The C type as written, or <c>void</c>.</summary>
    public static string CType(PayloadPlan? payload) => payload is null ? "void" : CDescriptions.Describe(payload.Record.Model);

    /// <summary>The decoded type in async APIs: the record, or the owned payload class (null for void).</summary>
    public static string? ValueType(EmitContext context, PayloadPlan? payload) => payload?.ValueType(context.Plan);

    public static string DecoderName(PayloadPlan? payload) =>
        payload is null ? "TryDecode_void" : "TryDecode_" + Naming.ToVerbatimIdentifier(payload.Record.Model.Key);

    /// <summary>Writes the private decoders of <paramref name="payloads"/> (distinct, in first-use order).</summary>
    public static void WriteDecoders(EmitContext context, SourceWriter writer, IEnumerable<PayloadPlan?> payloads)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payload in payloads)
        {
            if (!seen.Add(DecoderName(payload)))
            {
                continue;
            }

            writer.Line();
            if (payload is null)
            {
                writer.Line("private static bool " + DecoderName(payload) + "(" + WireCode.ReadOnlySpan + " payload) => payload.IsEmpty;");
                continue;
            }

            var type = ValueType(context, payload)!;
            if (payload.IsFixed && context.Plan.Messages!.ShortPayloads)
            {
                writer.Open("private static bool " + DecoderName(payload) + "(" + WireCode.ReadOnlySpan + " payload, out " + type + " value)");
                writer.Line("value = default;");
                writer.Line("return " + DecodesFixed(context, payload, "out value") + ";");
                writer.Close();
                continue;
            }

            if (payload.IsFixed)
            {
                writer.Line("private static bool " + DecoderName(payload) + "(" + WireCode.ReadOnlySpan + " payload, out " + type + " value) =>");
                writer.Line("    " + DecodesFixed(context, payload, "out value") + ";");
                continue;
            }

            writer.Open("private static bool " + DecoderName(payload) + "(" + WireCode.ReadOnlySpan + " payload, " + NotNullWhenTrue + "out " + type + "? value)");
            writer.Open("if (" + context.Plan.Qualify(payload.ReaderName!) + ".TryRead(payload, out var reader))");
            writer.Line("value = reader.ToPayload();");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
            writer.Line("value = null;");
            writer.Line("return false;");
            writer.Close();
        }
    }

    /// <summary>
    /// The condition that <c>payload</c> is exactly one fixed <paramref name="payload"/> record (nothing left over),
    /// decoded through <paramref name="outValue"/> (<c>out value</c> or <c>out var value</c>). With
    /// <c>MessageOptionalTail</c> an empty payload reads as the zero record: it passes without decoding, so the
    /// caller must have set <c>value</c> to <c>default</c>.
    /// </summary>
    public static string DecodesFixed(EmitContext context, PayloadPlan payload, string outValue)
    {
        var decode = payload.Record.FullName + ".TryDecode(payload, " + outValue + ", out var consumed) && consumed == payload.Length";
        return context.Plan.Messages!.ShortPayloads ? "payload.IsEmpty || (" + decode + ")" : decode;
    }

    /// <summary>Parameters carrying a payload: the record as <paramref name="name"/>, then a memory per list and the tail.</summary>
    public static List<string> Parameters(EmitContext context, PayloadPlan payload, string name)
    {
        var parameters = new List<string> { payload.Record.FullName + " " + name };
        parameters.AddRange(payload.Lists.Select(l => "global::System.ReadOnlyMemory<" + l.Reader.EntryType + "> " + l.Parameter));
        if (payload.Tail is { } tail)
        {
            parameters.Add("global::System.ReadOnlyMemory<byte> " + tail.Parameter);
        }

        return parameters;
    }

    /// <summary>The <c>param</c> doc lines of <see cref="Parameters"/>.</summary>
    public static IEnumerable<string> ParameterDocs(PayloadPlan payload, string name)
    {
        yield return "/// <param name=\"" + name + "\">The fixed members" + (payload.Lists.Count == 0 ? string.Empty : " (list counts come from the lists' lengths)") + ".</param>";
        foreach (var list in payload.Lists)
        {
            yield return "/// <param name=\"" + list.Parameter.TrimStart('@') + "\">The entries of <c>" + DocComments.Escape(list.List.CLabel) + "</c>.</param>";
        }

        if (payload.Tail is { } tail)
        {
            yield return "/// <param name=\"" + tail.Parameter.TrimStart('@') + "\">The raw tail <c>" + DocComments.Escape(payload.Shape.Tail!.Name) + "</c>.</param>";
        }
    }

    /// <summary>
    /// Writes <paramref name="body"/> (given the expression of the encoded bytes as a <c>ReadOnlyMemory&lt;byte&gt;</c>)
    /// for a payload taken from <see cref="Parameters"/> named <paramref name="name"/>: the payload is encoded into a
    /// pooled buffer that is returned once the body has run; a void payload is empty memory.
    /// </summary>
    public static void WritePooled(SourceWriter writer, PayloadPlan? payload, string name, Action<string> body)
    {
        if (payload is null)
        {
            body("global::System.ReadOnlyMemory<byte>.Empty");
            return;
        }

        writer.Line("var buffer = " + Pool + ".Rent(" + Length(payload, name, owned: false) + ");");
        writer.Open("try");
        writer.Line("var written = " + Encode(payload, name, owned: false, "buffer") + ";");
        body("new global::System.ReadOnlyMemory<byte>(buffer, 0, written)");
        writer.Close();
        writer.Open("finally");
        writer.Line(Pool + ".Return(buffer);");
        writer.Close();
    }

    /// <summary>The encoded length, from <see cref="Parameters"/> (<paramref name="owned"/> false) or from an owned value named <paramref name="name"/>.</summary>
    public static string Length(PayloadPlan payload, string name, bool owned)
    {
        if (payload.IsFixed)
        {
            return Literals.Decimal(payload.Record.Model.Size);
        }

        // An omittable last list is left off only when its header in the value is zero: that overload takes the value.
        var value = payload.OmittableList is null ? string.Empty : (owned ? name + ".Fixed" : name) + ", ";
        return payload.Record.FullName + ".GetEncodedLength(" + value + string.Join(", ", Parts(payload, name, owned).Select(p => p + ".Length")) + ")";
    }

    /// <summary>An expression encoding the payload into <paramref name="destination"/>; its value is the bytes written.</summary>
    public static string Encode(PayloadPlan payload, string name, bool owned, string destination)
    {
        if (payload.IsFixed)
        {
            return payload.Record.FullName + ".Encode(" + name + ", " + destination + ")";
        }

        var fixedPart = owned ? name + ".Fixed" : name;
        var spans = Parts(payload, name, owned).Select(p => owned ? p : p + ".Span");
        return payload.Record.FullName + ".Encode(" + destination + ", " + fixedPart + string.Concat(spans.Select(s => ", " + s)) + ")";
    }

    private static IEnumerable<string> Parts(PayloadPlan payload, string name, bool owned)
    {
        foreach (var list in payload.Lists)
        {
            yield return owned ? name + "." + list.Property : list.Parameter;
        }

        if (payload.Tail is { } tail)
        {
            yield return owned ? name + "." + tail.Property : tail.Parameter;
        }
    }
}
