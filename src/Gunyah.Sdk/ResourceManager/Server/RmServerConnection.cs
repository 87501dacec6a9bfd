using Gunyah.Sdk.ResourceManager.Protocol;
using System.Buffers;
using System.Runtime.CompilerServices;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// The RM's side of one client VM's queue pair: a receive loop that reassembles and handles that VM's requests
/// one at a time, and a writer that fragments the VM's replies and notifications onto its transmit queue, one
/// whole message at a time (so fragments never interleave). Also the VM's notification sink.
/// </summary>
internal sealed class RmServerConnection : IRpcNotificationSink
{
    private readonly RmServer server;
    private readonly RmQueuePair queues;
    private readonly ILogger logger;
    private readonly RmOutbox outbox;
    private readonly RmReplyWriter replyWriter = new();
    private readonly RmAsyncSignal replySent;
    private readonly Func<uint, ValueTask>? afterReply;
    private readonly CancellationTokenSource stop;
    private Task? receiveLoop;
    private Task? writeLoop;
    private volatile bool stopped;

    public RmServerConnection(
        RmServer server, uint clientVmid, RmQueuePair queues, ILogger logger, bool inlineHandoffs, Func<uint, ValueTask>? afterReply, CancellationToken serverLifetime)
    {
        this.server = server;
        this.afterReply = afterReply;
        outbox = new RmOutbox(RmServer.MaxPendingNotifications, inlineHandoffs);
        replySent = new RmAsyncSignal(inlineHandoffs);
        ClientVmid = clientVmid;
        this.queues = queues;
        this.logger = logger;
        stop = CancellationTokenSource.CreateLinkedTokenSource(serverLifetime);
    }

    public uint ClientVmid { get; }

    public int PendingNotifications => outbox.PendingNotifications;

    public void Start()
    {
        receiveLoop = Task.Run(ReceiveLoopAsync);
        writeLoop = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Queues a notification and returns at once: a client that stops reading can only lose its own oldest
    /// notifications, never stall the RM. The seq comes from the server-wide counter.
    /// </summary>
    public ValueTask NotifyAsync(uint messageId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (server.IsDisposed)
        {
            return ValueTask.FromException(new ObjectDisposedException(nameof(RmServer)));
        }

        if (payload.Length > RmWire.MaxPayload)
        {
            return ValueTask.FromException(new ArgumentOutOfRangeException(
                nameof(payload), payload.Length, $"An RM notification carries at most {RmWire.MaxPayload} bytes."));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }
        if (stopped)
        {
            server.CountDroppedNotification();
            RmServerLog.NotificationToStoppedClient(logger, ClientVmid, messageId);
            return default;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(payload.Length, 1));
        payload.Span.CopyTo(buffer);
        var message = new RmOutgoingMessage(RmMessageType.Notification, server.NextNotificationSequence(), messageId, buffer, payload.Length);
        if (outbox.PostNotification(message, out var dropped))
        {
            server.CountDroppedNotification();
            RmServerLog.NotificationDropped(logger, ClientVmid, dropped.MessageId, dropped.Sequence, outbox.NotificationLimit);
            ArrayPool<byte>.Shared.Return(dropped.Buffer);
        }

        return default;
    }

    /// <summary>Stops both loops and releases the buffers; pending notifications are discarded.</summary>
    public async ValueTask StopAsync()
    {
        stopped = true;
        stop.Cancel();
        foreach (var loop in new[] { receiveLoop, writeLoop })
        {
            if (loop is not null)
            {
                await loop.ConfigureAwait(false);
            }
        }

        foreach (var message in outbox.Clear())
        {
            ArrayPool<byte>.Shared.Return(message.Buffer);
        }

        replyWriter.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var token = stop.Token;
        var fragment = new byte[RmWire.MaxMessageSize];
        var reassembler = new RmReassembler(RmReassemblyRole.ResourceManager);
        var caller = new RpcCaller(ClientVmid, this);
        try
        {
            while (true)
            {
                var length = await queues.Receive.ReceiveAsync(fragment, token).ConfigureAwait(false);
                var result = reassembler.Accept(fragment.AsSpan(0, length));
                if (!IsRequest(result))
                {
                    continue;
                }

                // The request stays in the reassembler's buffer: the next Accept comes only after HandleAsync is done.
                await HandleAsync(caller, result.Header, result.PayloadMemory, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    /// <summary>True for a whole request; counts and logs everything else.</summary>
    private bool IsRequest(in RmReceiveResult result)
    {
        var header = result.Header;
        if (result.SupersededPartial is { } superseded)
        {
            // The RM frees a partial message silently when a new one starts (§1.5); it is counted here.
            server.CountDroppedMessage();
            RmServerLog.PartialDiscarded(logger, ClientVmid, superseded.Type, superseded.Sequence, superseded.MessageId);
        }

        switch (result.Kind)
        {
            case RmReceiveKind.Complete when header.Type == RmMessageType.Request:
                return true;
            case RmReceiveKind.Complete:
                server.CountDroppedMessage();
                RmServerLog.NotARequest(logger, ClientVmid, header.Type, header.Sequence, header.MessageId);
                return false;
            case RmReceiveKind.Dropped or RmReceiveKind.Aborted:
                server.CountDroppedMessage();
                RmServerLog.FragmentDropped(logger, ClientVmid, result.Reason);
                return false;
            default:
                return false;
        }
    }

    /// <summary>Runs one request through the service and waits until its reply has been handed to the writer's queue.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask HandleAsync(RpcCaller caller, RmHeader header, ReadOnlyMemory<byte> request, CancellationToken token)
    {
        replyWriter.Reset();
        uint status;
        try
        {
            status = await server.Service.HandleAsync(caller, header.MessageId, request, replyWriter, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // The client must still get an answer, or its call would wait forever.
            RmServerLog.HandlerFailed(logger, ClientVmid, header.MessageId, e);
            status = (uint)GhRmError.Invalid;
            replyWriter.Reset();
        }

        const int limit = RmWire.MaxPayload - RmWire.ErrorWordSize;
        if (replyWriter.WrittenCount > limit)
        {
            // The RM cannot frame more than 63 fragments; NOMEM says the RM, not the request, was at fault.
            RmServerLog.ReplyTooLarge(logger, ClientVmid, header.MessageId, replyWriter.WrittenCount, limit);
            status = (uint)GhRmError.Nomem;
            replyWriter.Reset();
        }

        var length = replyWriter.Seal(status);
        outbox.PostReply(new RmOutgoingMessage(RmMessageType.Reply, header.Sequence, header.MessageId, replyWriter.Buffer, length));
        await replySent.WaitAsync(token).ConfigureAwait(false);
        if (afterReply is not null)
        {
            try
            {
                await afterReply(ClientVmid).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                RmServerLog.HandlerFailed(logger, ClientVmid, header.MessageId, e);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var token = stop.Token;
        var fragment = new byte[RmWire.MaxMessageSize];
        try
        {
            while (true)
            {
                await outbox.WaitAsync(token).ConfigureAwait(false);
                while (outbox.TryTake(out var message))
                {
                    await RmMessageSender.SendAsync(queues.Transmit, fragment, message.Type, message.Sequence, message.MessageId, message.Payload, token)
                        .ConfigureAwait(false);

                    if (message.Type == RmMessageType.Reply)
                    {
                        replySent.Set();
                    }
                    else
                    {
                        ArrayPool<byte>.Shared.Return(message.Buffer);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    /// <summary>A broken queue ends the whole connection: the other loop would otherwise wait on it forever.</summary>
    private void Fail(Exception exception)
    {
        RmServerLog.QueueFailed(logger, ClientVmid, exception);
        stopped = true;
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
