using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits <c>sealed partial class &lt;Prefix&gt;Client</c> over an <c>IRpcChannel</c>: one
/// <c>&lt;Stem&gt;Async</c> per call, which encodes the request into a pooled buffer, awaits the reply and decodes
/// it (a reply that does not decode is an <c>RpcDecodeException</c> naming the message; the reply is disposed).
/// Replies are the reply record, the owned payload class for variable replies, or nothing for <c>void</c>.
/// With notifications, the client also takes an <c>IRpcNotificationSource</c> and raises one
/// <c>&lt;Stem&gt;Received</c> event per notification with the decoded (owned) payload; a payload that does not
/// decode raises <c>NotificationDecodeFailed</c> instead. Dispose unsubscribes.
/// </summary>
internal static class MessageClientEmitter
{
    private const string Rpc = "global::Gunyah.Interop.Rpc.";

    public static GeneratedSource Emit(EmitContext context)
    {
        var messages = context.Plan.Messages!;
        var name = messages.Names.Client;
        var notifications = messages.Notifications.ToList();
        var hasNotifications = notifications.Count > 0;
        var writer = context.BeginFile();
        writer.Line("/// <summary>Typed client of the messages of " + DocComments.Escape(context.RootFileName) + ".</summary>");
        writer.Open("public sealed partial class " + name + (hasNotifications ? " : global::System.IDisposable" : string.Empty));
        writer.Line("private readonly " + Rpc + "IRpcChannel _channel;");
        if (hasNotifications)
        {
            writer.Line("private readonly " + Rpc + "IRpcNotificationSource? _notifications;");
        }

        writer.Line();
        writer.Line("/// <summary>Sends calls through <paramref name=\"channel\"/>" + (hasNotifications ? "; raises notification events from <paramref name=\"notifications\"/>, when given" : string.Empty) + ".</summary>");
        writer.Open("public " + name + "(" + Rpc + "IRpcChannel channel" + (hasNotifications ? ", " + Rpc + "IRpcNotificationSource? notifications = null" : string.Empty) + ")");
        writer.Line("_channel = channel ?? throw new global::System.ArgumentNullException(nameof(channel));");
        if (hasNotifications)
        {
            writer.Line("_notifications = notifications;");
            writer.Open("if (notifications is not null)");
            writer.Line("notifications.NotificationReceived += OnNotificationReceived;");
            writer.Close();
        }

        writer.Close();
        if (hasNotifications)
        {
            WriteNotificationMembers(context, writer, notifications);
        }

        foreach (var call in messages.Calls)
        {
            writer.Line();
            WriteCall(context, writer, call);
        }

        PayloadCode.WriteDecoders(context, writer, messages.Calls.Select(c => c.Reply).Concat(notifications.Select(n => n.Request)));
        writer.Close();
        return context.Finish(name, writer);
    }

    private static void WriteCall(EmitContext context, SourceWriter writer, MessageEntryPlan call)
    {
        var model = call.Model;
        var id = context.Plan.Qualify(context.Plan.Messages!.Names.Messages) + "." + Naming.Escape(call.IdConstant);
        var replyType = PayloadCode.ValueType(context, call.Reply);
        var parameters = call.Request is null ? new List<string>() : PayloadCode.Parameters(context, call.Request, "request");
        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");

        context.Docs.Write(writer, model.Doc, MessageTableEmitter.Describe(context, call));
        if (call.Request is not null)
        {
            foreach (var line in PayloadCode.ParameterDocs(call.Request, "request"))
            {
                writer.Line(line);
            }
        }

        writer.Line("/// <param name=\"cancellationToken\">Abandons the call.</param>");
        writer.Line("/// <exception cref=\"" + Rpc + "RpcDecodeException\">The reply is not a valid <c>" + DocComments.Escape(PayloadCode.CType(call.Reply)) + "</c>.</exception>");
        writer.Line(EmitContext.CNameAttribute(model.Name));
        var returnType = replyType is null ? "global::System.Threading.Tasks.ValueTask" : "global::System.Threading.Tasks.ValueTask<" + replyType + ">";
        writer.Open("public async " + returnType + " " + call.Stem + "Async(" + string.Join(", ", parameters) + ")");
        PayloadCode.WritePooled(writer, call.Request, "request", bytes =>
        {
            writer.Line("using var reply = await _channel.CallAsync(" + id + ", " + bytes + ", cancellationToken).ConfigureAwait(false);");
            WriteReplyDecode(context, writer, call, id);
        });
        writer.Close();
    }

    private static void WriteReplyDecode(EmitContext context, SourceWriter writer, MessageEntryPlan call, string id)
    {
        var decode = PayloadCode.DecoderName(call.Reply) + "(reply.Payload.Span" + (call.Reply is null ? ")" : ", out var value)");
        writer.Open("if (!" + decode + ")");
        writer.Line("throw new " + Rpc + "RpcDecodeException(" + Literals.String(call.Model.Name) + ", " + id + ", " +
            Literals.String(PayloadCode.CType(call.Reply)) + ", reply.Payload.Length);");
        writer.Close();
        if (call.Reply is not null)
        {
            writer.Line();
            writer.Line("return value;");
        }
    }

    private static void WriteNotificationMembers(EmitContext context, SourceWriter writer, List<MessageEntryPlan> notifications)
    {
        var messagesClass = context.Plan.Qualify(context.Plan.Messages!.Names.Messages);
        writer.Line();
        writer.Line("/// <summary>Raised instead of a notification event when the notification's payload does not decode.</summary>");
        writer.Line("public event global::System.Action<" + Rpc + "RpcDecodeException>? NotificationDecodeFailed;");
        foreach (var notification in notifications)
        {
            var type = PayloadCode.ValueType(context, notification.Request);
            writer.Line();
            context.Docs.Write(writer, notification.Model.Doc, MessageTableEmitter.Describe(context, notification));
            writer.Line(EmitContext.CNameAttribute(notification.Model.Name));
            writer.Line("public event global::System.Action" + (type is null ? string.Empty : "<" + type + ">") + "? " + notification.Stem + "Received;");
        }

        writer.Line();
        writer.Line("/// <summary>Stops raising notification events.</summary>");
        writer.Open("public void Dispose()");
        writer.Open("if (_notifications is not null)");
        writer.Line("_notifications.NotificationReceived -= OnNotificationReceived;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("private void OnNotificationReceived(uint messageId, " + WireCode.ReadOnlySpan + " payload)");
        writer.Open("switch (messageId)");
        foreach (var notification in notifications)
        {
            var id = messagesClass + "." + Naming.Escape(notification.IdConstant);
            var hasPayload = notification.Request is not null;
            writer.Line("case " + id + ":");
            writer.Open();
            writer.Line("var handler = " + notification.Stem + "Received;");
            writer.Open("if (handler is null)");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Open("if (" + PayloadCode.DecoderName(notification.Request) + "(payload" + (hasPayload ? ", out var value))" : "))"));
            writer.Line(hasPayload ? "handler(value);" : "handler();");
            writer.Close();
            writer.Open("else");
            writer.Line("NotificationDecodeFailed?.Invoke(new " + Rpc + "RpcDecodeException(" + Literals.String(notification.Model.Name) + ", messageId, " +
                Literals.String(PayloadCode.CType(notification.Request)) + ", payload.Length));");
            writer.Close();
            writer.Line();
            writer.Line("return;");
            writer.Close();
        }

        writer.Close();
        writer.Close();
    }
}
