namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>
/// What the RM has yet to send one client, modelled on the RM's per-client FIFO: at most one buffered reply
/// (requests are handled one at a time, so there is never a second) and at most <see cref="NotificationLimit"/>
/// pending notifications, the oldest dropped beyond that. "Pending" means posted and not yet taken by the
/// client's writer: a message being fragmented onto the queue has left the outbox. Messages are taken in the
/// order they were posted, replies and notifications alike. Thread-safe; one writer takes.
/// </summary>
internal sealed class RmOutbox
{
    private readonly Lock gate = new();
    private readonly Queue<(long Stamp, RmOutgoingMessage Message)> notifications = new();
    private readonly RmAsyncSignal ready;
    private RmOutgoingMessage reply;
    private long replyStamp;
    private bool hasReply;
    private long nextStamp;

    /// <param name="notificationLimit">Notifications that may wait.</param>
    /// <param name="inlineWake">Wake the writer inside the post (see <see cref="RmServerOptions.InlineHandoffs"/>).</param>
    public RmOutbox(int notificationLimit, bool inlineWake = false)
    {
        NotificationLimit = notificationLimit;
        ready = new RmAsyncSignal(inlineWake);
    }

    public int NotificationLimit { get; }

    public int PendingNotifications
    {
        get
        {
            lock (gate)
            {
                return notifications.Count;
            }
        }
    }

    /// <summary>Buffers the reply to the request being handled.</summary>
    public void PostReply(RmOutgoingMessage message)
    {
        lock (gate)
        {
            if (hasReply)
            {
                throw new InvalidOperationException("A reply is already buffered for this client.");
            }

            reply = message;
            replyStamp = nextStamp++;
            hasReply = true;
        }

        Signal();
    }

    /// <summary>Queues a notification; when the queue is full the oldest one is dropped and returned.</summary>
    public bool PostNotification(RmOutgoingMessage message, out RmOutgoingMessage dropped)
    {
        var wasFull = false;
        dropped = default;
        lock (gate)
        {
            if (notifications.Count == NotificationLimit)
            {
                dropped = notifications.Dequeue().Message;
                wasFull = true;
            }

            notifications.Enqueue((nextStamp++, message));
        }

        Signal();
        return wasFull;
    }

    /// <summary>Takes the oldest pending message, if any.</summary>
    public bool TryTake(out RmOutgoingMessage message)
    {
        lock (gate)
        {
            var haveNotification = notifications.TryPeek(out var next);
            if (hasReply && (!haveNotification || replyStamp < next.Stamp))
            {
                message = reply;
                reply = default;
                hasReply = false;
                return true;
            }

            if (haveNotification)
            {
                message = notifications.Dequeue().Message;
                return true;
            }

            message = default;
            return false;
        }
    }

    /// <summary>Waits until something may have been posted (spurious wake-ups are possible; take until empty).</summary>
    public ValueTask WaitAsync(CancellationToken cancellationToken) => ready.WaitAsync(cancellationToken);

    /// <summary>Empties the outbox (the connection is stopping) and returns the notifications that were pending.</summary>
    public RmOutgoingMessage[] Clear()
    {
        lock (gate)
        {
            hasReply = false;
            reply = default;
            var pending = new RmOutgoingMessage[notifications.Count];
            for (var i = 0; i < pending.Length; i++)
            {
                pending[i] = notifications.Dequeue().Message;
            }

            return pending;
        }
    }

    // One outstanding wake-up is enough: the writer drains everything each time it wakes.
    private void Signal() => ready.Set();
}
