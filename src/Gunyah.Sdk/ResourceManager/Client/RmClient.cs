using System.Runtime.CompilerServices;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>
/// The VM side of the RM RPC protocol, as Linux's RM driver runs it: requests are fragmented and sent under one
/// send lock (fragments of concurrent calls never interleave), any number of calls wait for replies at once
/// (matched by seq and msg_id), and notifications are raised, in arrival order, from a single receive loop.
/// </summary>
/// <remarks>
/// Errors: a non-OK RM error word throws <see cref="RmException"/>; message id 0 and requests over
/// <see cref="RmWire.MaxRequestPayload"/> bytes throw <see cref="RmArgumentException"/> (EINVAL / E2BIG) before
/// anything is sent; a reply aborted mid-reassembly or too short for its error word throws
/// <see cref="RmTransportException"/> (EIO / EBADMSG); the optional timeout throws <see cref="RmTimeoutException"/>.
/// The receive loop starts on <see cref="Start"/> or the first call; it never throws: malformed input is logged
/// and counted in <see cref="DroppedMessages"/> and <see cref="AbortedMessages"/>.
/// </remarks>
public sealed partial class RmClient : IRpcChannel, IRpcNotificationSource, IAsyncDisposable
{
    private static readonly Action<object?> CancelSource = static state => ((CancellationTokenSource)state!).Cancel();
    private static readonly Action<object?> AbandonCall = static state =>
    {
        var call = (RmPendingCall)state!;
        call.Owner.Abandon(call);
    };

    private readonly RmQueuePair queues;
    private readonly TimeSpan? callTimeout;
    private readonly ILogger logger;
    private readonly RmCallTable calls = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly byte[] sendBuffer = new byte[RmWire.MaxMessageSize];
    private readonly CancellationTokenSource lifetime = new();
    private readonly Lock gate = new();
    private readonly RmObjectPool<RmPendingCall> callPool = new();
    private readonly RmObjectPool<CancellationTokenSource> tokenPool = new();
    private Task? receiveLoop;
    private volatile bool disposed;
    private long droppedMessages;
    private long abortedMessages;

    /// <param name="queues">The VM's queue pair: Transmit carries requests to the RM, Receive its replies and notifications.</param>
    /// <param name="options">Timeouts; null for Linux's behaviour (wait forever).</param>
    /// <param name="logger">Where dropped input and failures are logged; none by default.</param>
    public RmClient(RmQueuePair queues, RmClientOptions? options = null, ILogger<RmClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(queues);
        this.queues = queues;
        callTimeout = options?.CallTimeout;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Raised from the receive loop for each complete notification, in arrival order. The payload is valid only
    /// during the call; handlers should be quick (the loop waits for them) and must not block on an RM call.
    /// </summary>
    public event RpcNotificationHandler? NotificationReceived;

    /// <summary>Fragments and messages dropped: malformed, unexpected types, replies no call waits for, mismatched ids.</summary>
    public long DroppedMessages => Interlocked.Read(ref droppedMessages);

    /// <summary>Partly received messages abandoned by the reassembler (a waiting caller gets EIO).</summary>
    public long AbortedMessages => Interlocked.Read(ref abortedMessages);

    /// <summary>Calls still waiting for their reply; 0 once every call has completed, failed or been cancelled.</summary>
    internal int PendingCount => calls.Count;

    internal RmCallTable CallTable => calls;

    /// <summary>Starts the receive loop (idempotent). Calls start it too; start it first to get notifications before any call.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (receiveLoop is not null)
        {
            return;
        }

        lock (gate)
        {
            receiveLoop ??= Task.Run(ReceiveLoopAsync);
        }
    }

    /// <inheritdoc />
    public ValueTask<RpcReply> CallAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        // Argument errors come back through the ValueTask so every failure is observed the same way: by awaiting.
        if (messageId == 0)
        {
            return ValueTask.FromException<RpcReply>(
                new RmArgumentException(Errno.EINVAL, messageId, "message id 0 is reserved", nameof(messageId)));
        }

        if (request.Length > RmWire.MaxRequestPayload)
        {
            return ValueTask.FromException<RpcReply>(new RmArgumentException(
                Errno.E2BIG, messageId, $"a {request.Length}-byte request exceeds the {RmWire.MaxRequestPayload}-byte limit", nameof(request)));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<RpcReply>(cancellationToken);
        }

        if (disposed)
        {
            return ValueTask.FromException<RpcReply>(new ObjectDisposedException(nameof(RmClient)));
        }

        Start();
        return CallCoreAsync(messageId, request, cancellationToken);
    }

    /// <summary>Stops the receive loop and fails every waiting call with <see cref="ObjectDisposedException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        // Close first so no call can register after the sweep; then cancellation unblocks sends and the loop.
        FailAll(static (_, _) => new ObjectDisposedException(nameof(RmClient), "The RM client was disposed while the call waited for its reply."), null);
        lifetime.Cancel();
        Task? loop;
        lock (gate)
        {
            loop = receiveLoop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RpcReply> CallCoreAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        var call = RentCall();
        call.Prepare(messageId, cancellationToken);
        if (!calls.TryAdd(call, out var full))
        {
            ReturnCall(call);
            throw full
                ? new RmTransportException(Errno.EBUSY, messageId, "all 65536 sequence numbers are in flight")
                : ClosedException(messageId);
        }

        // Without a caller token or timeout the client's lifetime is the only way out, and DisposeAsync fails
        // the call itself; otherwise a pooled source joins the three, and cancelling it abandons the call.
        CancellationTokenSource? source = null;
        CancellationTokenRegistration callerLink = default, lifetimeLink = default, abandonLink = default;
        var sendToken = lifetime.Token;
        if (callTimeout is not null || cancellationToken.CanBeCanceled)
        {
            source = RentSource();
            callerLink = cancellationToken.UnsafeRegister(CancelSource, source);
            lifetimeLink = lifetime.Token.UnsafeRegister(CancelSource, source);
            if (callTimeout is { } timeout)
            {
                source.CancelAfter(timeout);
            }

            sendToken = source.Token;
            abandonLink = sendToken.UnsafeRegister(AbandonCall, call);
        }

        try
        {
            try
            {
                await SendRequestAsync(call.Sequence, messageId, request, sendToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (sendToken.IsCancellationRequested)
            {
                // Whatever cancelled the send has abandoned the call too; its outcome says why. A request cut
                // short here is harmless: the RM frees a partial message when the next one starts (§1.5).
            }
            catch (Exception e)
            {
                if (calls.TryRemove(call))
                {
                    call.SetException(disposed
                        ? new ObjectDisposedException(nameof(RmClient))
                        : new RmTransportException(Errno.EIO, messageId, "sending the request failed", e));
                }
            }

            return await call.Completion.ConfigureAwait(false);
        }
        finally
        {
            // Disposing waits out a callback in progress, so none can touch the call after it is pooled.
            abandonLink.Dispose();
            callerLink.Dispose();
            lifetimeLink.Dispose();
            ReturnSource(source);
            ReturnCall(call);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendRequestAsync(ushort sequence, uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RmMessageSender.SendAsync(queues.Transmit, sendBuffer, RmMessageType.Request, sequence, messageId, request, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Cancellation, timeout or disposal fired for a call: fail it if no reply has claimed it yet.</summary>
    private void Abandon(RmPendingCall call)
    {
        if (!calls.TryRemove(call))
        {
            return;
        }

        if (disposed)
        {
            call.SetException(new ObjectDisposedException(nameof(RmClient)));
        }
        else if (call.CallerToken.IsCancellationRequested)
        {
            call.SetException(new OperationCanceledException(call.CallerToken));
        }
        else
        {
            call.SetException(new RmTimeoutException(call.MessageId, callTimeout ?? TimeSpan.Zero));
        }
    }

    /// <summary>Closes the call table and fails every waiting call with its own exception.</summary>
    private void FailAll(Func<RmPendingCall, Exception?, Exception> failure, Exception? cause)
    {
        foreach (var call in calls.Close())
        {
            call.SetException(failure(call, cause));
        }
    }

    private Exception ClosedException(uint messageId) => disposed
        ? new ObjectDisposedException(nameof(RmClient))
        : new RmTransportException(Errno.EIO, messageId, "the receive queue has failed");

    private RmPendingCall RentCall() => callPool.TryRent(out var call) ? call : new RmPendingCall(this);

    private void ReturnCall(RmPendingCall call)
    {
        call.Reset();
        callPool.TryReturn(call);
    }

    private CancellationTokenSource RentSource() => tokenPool.TryRent(out var source) ? source : new CancellationTokenSource();

    private void ReturnSource(CancellationTokenSource? source)
    {
        // A source that fired (or whose timer could still fire) cannot be reused.
        if (source is not null && !(source.TryReset() && tokenPool.TryReturn(source)))
        {
            source.Dispose();
        }
    }
}
