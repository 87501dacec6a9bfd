namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>static partial class &lt;Prefix&gt;Notifications</c>: one <c>Send&lt;Stem&gt;Async(IRpcNotificationSink,
/// payload..., CancellationToken)</c> per notification, encoding the payload into a pooled buffer that is
/// returned once the sink has taken it.
/// </summary>
internal static class NotificationSenderEmitter
{
    public static GeneratedSource Emit(EmitContext context)
    {
        var messages = context.Plan.Messages!;
        var name = messages.Names.Notifications;
        var messagesClass = context.Plan.Qualify(messages.Names.Messages);
        var writer = context.BeginFile();
        writer.Line("/// <summary>Sends the notifications of " + DocComments.Escape(context.RootFileName) + ".</summary>");
        writer.Open("public static partial class " + name);
        var first = true;
        foreach (var notification in messages.Notifications)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var payload = notification.Request;
            var id = messagesClass + "." + Naming.Escape(notification.IdConstant);
            var parameters = new List<string> { "global::Gunyah.Interop.Rpc.IRpcNotificationSink sink" };
            if (payload is not null)
            {
                parameters.AddRange(PayloadCode.Parameters(context, payload, "payload"));
            }

            parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
            context.Docs.Write(writer, notification.Model.Doc, MessageTableEmitter.Describe(context, notification));
            writer.Line("/// <param name=\"sink\">The client to notify.</param>");
            if (payload is not null)
            {
                foreach (var line in PayloadCode.ParameterDocs(payload, "payload"))
                {
                    writer.Line(line);
                }
            }

            writer.Line("/// <param name=\"cancellationToken\">Abandons the send.</param>");
            writer.Line(EmitContext.CNameAttribute(notification.Model.Name));
            writer.Open("public static async global::System.Threading.Tasks.ValueTask Send" + notification.Stem + "Async(" + string.Join(", ", parameters) + ")");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(sink);");
            PayloadCode.WritePooled(writer, payload, "payload", bytes =>
                writer.Line("await sink.NotifyAsync(" + id + ", " + bytes + ", cancellationToken).ConfigureAwait(false);"));
            writer.Close();
        }

        writer.Close();
        return context.Finish(name, writer);
    }
}
