namespace Gunyah.Generator.Emit.Messages;

/// <summary>
/// Emits the typed server side of the calls: <c>interface I&lt;Prefix&gt;Handler</c>, one
/// <c>&lt;Stem&gt;Async(RpcCaller, request, CancellationToken)</c> per call returning <c>RpcResult&lt;TReply&gt;</c>
/// (or <c>RpcResult</c> for a void reply) so errors are status values, not exceptions; and
/// <c>sealed partial class &lt;Prefix&gt;Dispatcher : IRpcService</c>, which decodes each request (a request that
/// does not decode gets the invalid-message status, an unknown id the unimplemented status, both given to its
/// constructor so the generator knows no protocol's codes), calls the handler and encodes its reply.
/// </summary>
internal static class MessageServerEmitter
{
    private const string Rpc = "global::Gunyah.Interop.Rpc.";
    private const string Token = "global::System.Threading.CancellationToken";

    public static GeneratedSource EmitHandler(EmitContext context)
    {
        var messages = context.Plan.Messages!;
        var writer = context.BeginFile();
        writer.Line("/// <summary>Handles the calls of " + DocComments.Escape(context.RootFileName) + "; served by <see cref=\"" + messages.Names.Dispatcher + "\"/>.</summary>");
        writer.Open("public partial interface " + messages.Names.Handler);
        var first = true;
        foreach (var call in messages.Calls)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var request = PayloadCode.ValueType(context, call.Request);
            context.Docs.Write(writer, call.Model.Doc, MessageTableEmitter.Describe(context, call));
            writer.Line("/// <param name=\"caller\">Who sent the call.</param>");
            if (request is not null)
            {
                writer.Line("/// <param name=\"request\">The decoded request.</param>");
            }

            writer.Line("/// <param name=\"cancellationToken\">The server is stopping.</param>");
            writer.Line("/// <returns>The reply, or the protocol's error status.</returns>");
            writer.Line(EmitContext.CNameAttribute(call.Model.Name));
            writer.Line(ResultTask(context, call) + " " + call.Stem + "Async(" + Rpc + "RpcCaller caller, " +
                (request is null ? string.Empty : request + " request, ") + Token + " cancellationToken);");
        }

        writer.Close();
        return context.Finish(messages.Names.Handler, writer);
    }

    public static GeneratedSource EmitDispatcher(EmitContext context)
    {
        var messages = context.Plan.Messages!;
        var name = messages.Names.Dispatcher;
        var messagesClass = context.Plan.Qualify(messages.Names.Messages);
        var writer = context.BeginFile();
        writer.Line("/// <summary>Serves the calls of " + DocComments.Escape(context.RootFileName) + " with an <see cref=\"" + messages.Names.Handler + "\"/>.</summary>");
        writer.Open("public sealed partial class " + name + " : " + Rpc + "IRpcService");
        writer.Line("private readonly " + messages.Names.Handler + " _handler;");
        writer.Line("private readonly uint _invalidMessageStatus;");
        writer.Line("private readonly uint _unimplementedStatus;");
        writer.Line();
        writer.Line("/// <param name=\"handler\">Handles the decoded calls.</param>");
        writer.Line("/// <param name=\"invalidMessageStatus\">The status answered to a request that does not decode.</param>");
        writer.Line("/// <param name=\"unimplementedStatus\">The status answered to an unknown message id.</param>");
        writer.Open("public " + name + "(" + messages.Names.Handler + " handler, uint invalidMessageStatus, uint unimplementedStatus)");
        writer.Line("_handler = handler ?? throw new global::System.ArgumentNullException(nameof(handler));");
        writer.Line("_invalidMessageStatus = invalidMessageStatus;");
        writer.Line("_unimplementedStatus = unimplementedStatus;");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open("public global::System.Threading.Tasks.ValueTask<uint> HandleAsync(" + Rpc + "RpcCaller caller, uint messageId, global::System.ReadOnlyMemory<byte> request, " +
            "global::System.Buffers.IBufferWriter<byte> reply, " + Token + " cancellationToken)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(reply);");
        writer.Open("switch (messageId)");
        foreach (var call in messages.Calls)
        {
            writer.Line("case " + messagesClass + "." + Naming.Escape(call.IdConstant) + ":");
            writer.Line("    return Handle_" + call.Stem + "(caller, request, reply, cancellationToken);");
        }

        writer.Line("default:");
        writer.Line("    return new global::System.Threading.Tasks.ValueTask<uint>(_unimplementedStatus);");
        writer.Close();
        writer.Close();
        foreach (var call in messages.Calls)
        {
            writer.Line();
            WriteHandle(context, writer, call);
        }

        PayloadCode.WriteDecoders(context, writer, messages.Calls.Select(c => c.Request));
        writer.Close();
        return context.Finish(name, writer);
    }

    private static void WriteHandle(EmitContext context, SourceWriter writer, MessageEntryPlan call)
    {
        writer.Open("private async global::System.Threading.Tasks.ValueTask<uint> Handle_" + call.Stem + "(" + Rpc + "RpcCaller caller, " +
            "global::System.ReadOnlyMemory<byte> request, global::System.Buffers.IBufferWriter<byte> reply, " + Token + " cancellationToken)");
        var hasRequest = call.Request is not null;
        writer.Open("if (!" + PayloadCode.DecoderName(call.Request) + "(request.Span" + (hasRequest ? ", out var decoded))" : "))"));
        writer.Line("return _invalidMessageStatus;");
        writer.Close();
        writer.Line();
        writer.Line("var result = await _handler." + call.Stem + "Async(caller, " + (hasRequest ? "decoded, " : string.Empty) + "cancellationToken).ConfigureAwait(false);");
        writer.Open("if (!result.IsOk)");
        writer.Line("global::System.Buffers.BuffersExtensions.Write(reply, result.ErrorDetail.Span);");
        writer.Line("return result.Status;");
        writer.Close();
        if (call.Reply is { } replyPayload)
        {
            writer.Line();
            writer.Line("var value = result.Value;");
            writer.Line("var length = " + PayloadCode.Length(replyPayload, "value", owned: true) + ";");
            writer.Line("reply.Advance(" + PayloadCode.Encode(replyPayload, "value", owned: true, "reply.GetSpan(length)") + ");");
        }

        writer.Line();
        writer.Line("return 0;");
        writer.Close();
    }

    private static string ResultTask(EmitContext context, MessageEntryPlan call)
    {
        var reply = PayloadCode.ValueType(context, call.Reply);
        var result = reply is null ? Rpc + "RpcResult" : Rpc + "RpcResult<" + reply + ">";
        return "global::System.Threading.Tasks.ValueTask<" + result + ">";
    }
}
