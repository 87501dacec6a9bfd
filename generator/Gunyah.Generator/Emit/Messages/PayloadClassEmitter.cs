namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits the owned copy of a variable payload, <c>sealed class &lt;Record&gt;Payload</c>: the fixed members as
/// the record (<c>Fixed</c>), each list as an array and the raw tail as a byte array. Async APIs (typed client
/// replies and notifications, handler requests and replies) use it because a reader cannot outlive its buffer.
/// When encoding, the arrays' lengths are written as the counts; the counts inside <c>Fixed</c> are ignored.
/// </summary>
internal static class PayloadClassEmitter
{
    public static GeneratedSource Emit(EmitContext context, PayloadPlan payload)
    {
        var name = payload.PayloadClassName!;
        var record = payload.Record.FullName;
        var writer = context.BeginFile();
        var members = payload.Lists.Select(l => (Type: l.Reader.EntryType + "[]", l.Property, l.Parameter, Doc: "The entries of <c>" + DocComments.Escape(l.List.CLabel) + "</c>.")).ToList();
        if (payload.Tail is { } tail)
        {
            members.Add(("byte[]", tail.Property, tail.Parameter, "The raw tail <c>" + DocComments.Escape(payload.Shape.Tail!.Name) + "</c>."));
        }

        writer.Line("/// <summary>An owned <c>" + DocComments.Escape(CDescriptions.Describe(payload.Record.Model)) +
            "</c> payload: fixed members, list entries and tail. Encoding writes the arrays' lengths as the counts.</summary>");
        writer.Open("public sealed partial class " + name);
        writer.Line("/// <summary>Holds the payload's parts; the arrays are kept, not copied.</summary>");
        writer.Open("public " + name + "(" + record + " @fixed" + string.Concat(members.Select(m => ", " + m.Type + " " + m.Parameter)) + ")");
        writer.Line("Fixed = @fixed;");
        foreach (var member in members)
        {
            writer.Line(member.Property + " = " + member.Parameter + " ?? throw new global::System.ArgumentNullException(nameof(" + member.Parameter + "));");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The fixed members (the counts in it are not used when encoding).</summary>");
        writer.Line("public " + record + " Fixed { get; }");
        foreach (var member in members)
        {
            writer.Line();
            writer.Line("/// <summary>" + member.Doc + "</summary>");
            writer.Line("public " + member.Type + " " + member.Property + " { get; }");
        }

        writer.Close();
        return context.Finish(name, writer);
    }
}
