using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// The RM side of the RM RPC protocol: serves any number of client VMs, each on its own queue pair, through one
/// <see cref="IRpcService"/>. Per client, as the RM does: only REQUEST messages are dispatched, one at a time
/// (the next request is read only once the previous reply is queued to send: one buffered reply per client);
/// each reply echoes the request's seq and msg_id and starts with the service's status word (data only when
/// it is OK); notifications carry a server-wide incrementing seq, and at most
/// <see cref="MaxPendingNotifications"/> wait per client, the oldest dropped beyond that.
/// </summary>
/// <remarks>
/// Deviations the wire cannot express are answered with an error status rather than dropped, so no caller
/// waits forever: a service that throws → MSG_INVALID; reply data over MaxPayload − 4 bytes → NOMEM.
/// </remarks>
public sealed class RmServer : IAsyncDisposable
{
    /// <summary>Notifications that may wait per client before the oldest is dropped (the RM's limit).</summary>
    public const int MaxPendingNotifications = 256;

    private readonly ILogger logger;
    private readonly bool inlineHandoffs;
    private readonly Func<uint, ValueTask>? afterReply;
    private readonly Dictionary<uint, RmServerConnection> connections = new();
    private readonly Lock gate = new();
    private readonly CancellationTokenSource lifetime = new();
    private int notificationSequence = -1;
    private long droppedMessages;
    private long droppedNotifications;
    private volatile bool disposed;

    /// <param name="service">Handles every client's calls; unknown message ids are its job (UNIMPLEMENTED).</param>
    /// <param name="logger">Where dropped input and failures are logged; none by default.</param>
    /// <param name="options">Scheduling choices; null for the defaults.</param>
    public RmServer(IRpcService service, ILogger? logger = null, RmServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        Service = service;
        this.logger = logger ?? NullLogger.Instance;
        inlineHandoffs = options?.InlineHandoffs ?? false;
        afterReply = options?.AfterReply;
    }

    /// <summary>Fragments and messages dropped from clients: malformed, not requests, or partial messages discarded.</summary>
    public long DroppedMessages => Interlocked.Read(ref droppedMessages);

    /// <summary>Notifications dropped because a client had <see cref="MaxPendingNotifications"/> pending, or had stopped.</summary>
    public long DroppedNotifications => Interlocked.Read(ref droppedNotifications);

    internal IRpcService Service { get; }

    internal bool IsDisposed => disposed;

    /// <summary>
    /// Starts serving VM <paramref name="clientVmid"/> on <paramref name="queues"/>, the RM's end of that VM's pair:
    /// Receive carries its requests, Transmit takes replies and notifications to it.
    /// </summary>
    /// <exception cref="ArgumentException">The VM is already served.</exception>
    public void AddClient(uint clientVmid, RmQueuePair queues)
    {
        ArgumentNullException.ThrowIfNull(queues);
        RmServerConnection connection;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (connections.ContainsKey(clientVmid))
            {
                throw new ArgumentException($"VM {clientVmid} is already a client.", nameof(clientVmid));
            }

            connection = new RmServerConnection(this, clientVmid, queues, logger, inlineHandoffs, afterReply, lifetime.Token);
            connections.Add(clientVmid, connection);
        }

        connection.Start();
    }

    /// <summary>Stops serving VM <paramref name="clientVmid"/>; its pending notifications are discarded. False if it was not served.</summary>
    public async ValueTask<bool> RemoveClientAsync(uint clientVmid)
    {
        RmServerConnection? connection;
        lock (gate)
        {
            if (!connections.Remove(clientVmid, out connection))
            {
                return false;
            }
        }

        await connection.StopAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>The sink that sends notifications to VM <paramref name="clientVmid"/> outside any call (e.g. VM status changes).</summary>
    /// <exception cref="KeyNotFoundException">The VM is not a client.</exception>
    public IRpcNotificationSink GetNotificationSink(uint clientVmid)
    {
        lock (gate)
        {
            return connections.TryGetValue(clientVmid, out var connection)
                ? connection
                : throw new KeyNotFoundException($"VM {clientVmid} is not a client of this RM server.");
        }
    }

    /// <summary>Notifications waiting to be sent to VM <paramref name="clientVmid"/> (0 if it is not a client).</summary>
    public int PendingNotifications(uint clientVmid)
    {
        lock (gate)
        {
            return connections.TryGetValue(clientVmid, out var connection) ? connection.PendingNotifications : 0;
        }
    }

    /// <summary>Stops every client's loops; pending notifications are discarded.</summary>
    public async ValueTask DisposeAsync()
    {
        RmServerConnection[] all;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            all = connections.Values.ToArray();
            connections.Clear();
        }

        lifetime.Cancel();
        foreach (var connection in all)
        {
            await connection.StopAsync().ConfigureAwait(false);
        }

        lifetime.Dispose();
    }

    /// <summary>The RM numbers notifications with one global u16 counter; receivers ignore it.</summary>
    internal ushort NextNotificationSequence() => (ushort)Interlocked.Increment(ref notificationSequence);

    internal void CountDroppedMessage() => Interlocked.Increment(ref droppedMessages);

    internal void CountDroppedNotification() => Interlocked.Increment(ref droppedNotifications);
}
