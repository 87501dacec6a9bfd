using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>
/// A bounded, thread-safe, in-process message queue with the hypervisor's semantics: fixed 240-byte
/// slots preallocated up front (no allocation per message on TrySend/TryReceive), FIFO, copy in/out.
/// </summary>
/// <remarks>
/// Flow control is a handoff under one lock: a <see cref="SendAsync"/> that finds the queue full (or a
/// <see cref="ReceiveAsync"/> that finds it empty) parks a pooled waiter, and whoever next frees a slot (or
/// queues a message) does the parked operation's copy on its behalf and then completes it. So a parked
/// sender exists only while the queue is full and a parked receiver only while it is empty; nothing can
/// jump ahead of them, and no wake-up can be lost. The waiters are reusable <c>IValueTaskSource</c>s, so a
/// wait allocates nothing once the pool has as many waiters as operations ever wait at once. A cancelled
/// waiter is unparked before anything was copied, so cancellation consumes nothing.
/// </remarks>
public sealed partial class InMemoryMessageQueue : IRmMessageQueue
{
    /// <summary>The depth RM configures for the HLOS↔RM queues.</summary>
    public const int DefaultDepth = 8;

    /// <summary>The hypervisor refuses depths of 256 or more.</summary>
    public const int MaxDepth = 255;

    private readonly byte[] slots;
    private readonly int[] lengths;
    private readonly Lock ringLock = new();
    private int head;
    private int count;

    // Guarded by ringLock.
    private readonly WaiterList parkedSenders = new();
    private readonly WaiterList parkedReceivers = new();
    private Waiter? freeWaiters;

    /// <param name="depth">Messages the queue holds: 1..255.</param>
    public InMemoryMessageQueue(int depth = DefaultDepth)
    {
        if (depth is < 1 or > MaxDepth)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"A message queue holds 1..{MaxDepth} messages.");
        Depth = depth;
        slots = new byte[depth * RmWire.MaxMessageSize];
        lengths = new int[depth];
    }

    /// <summary>Messages the queue can hold.</summary>
    public int Depth { get; }

    /// <summary>Messages queued right now (a snapshot).</summary>
    public int Count
    {
        get
        {
            lock (ringLock)
                return count;
        }
    }

    /// <inheritdoc />
    public bool TrySend(ReadOnlySpan<byte> message)
    {
        CheckMessage(message.Length);
        Waiter? ready;
        lock (ringLock)
        {
            if (count == Depth)
                return false;
            EnqueueLocked(message);
            ready = PumpLocked();
        }
        CompleteAll(ready);
        return true;
    }

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        CheckMessage(message.Length);
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled(cancellationToken);

        Waiter? ready = null, waiter = null;
        lock (ringLock)
        {
            if (count < Depth)
            {
                EnqueueLocked(message.Span);
                ready = PumpLocked();
            }
            else
            {
                waiter = RentLocked();
            }
        }
        if (waiter is null)
        {
            CompleteAll(ready);
            return default;
        }

        waiter.Message = message;
        short version = waiter.Version;
        return Park(waiter, parkedSenders, cancellationToken)
            ? new ValueTask(waiter, version)
            : ValueTask.FromCanceled(cancellationToken);
    }

    /// <inheritdoc />
    public bool TryReceive(Span<byte> buffer, out int length)
    {
        Waiter? ready;
        lock (ringLock)
        {
            if (count == 0)
            {
                length = 0;
                return false;
            }
            length = DequeueLocked(buffer);
            ready = PumpLocked();
        }
        CompleteAll(ready);
        return true;
    }

    /// <inheritdoc />
    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled<int>(cancellationToken);

        Waiter? ready = null, waiter = null;
        int length = 0;
        lock (ringLock)
        {
            if (count > 0)
            {
                length = DequeueLocked(buffer.Span);
                ready = PumpLocked();
            }
            else
            {
                waiter = RentLocked();
            }
        }
        if (waiter is null)
        {
            CompleteAll(ready);
            return new ValueTask<int>(length);
        }

        waiter.Buffer = buffer;
        short version = waiter.Version;
        return Park(waiter, parkedReceivers, cancellationToken)
            ? new ValueTask<int>(waiter, version)
            : ValueTask.FromCanceled<int>(cancellationToken);
    }

    /// <summary>Parks <paramref name="waiter"/> on <paramref name="list"/>; <c>false</c> (waiter recycled) if already cancelled.</summary>
    private bool Park(Waiter waiter, WaiterList list, CancellationToken cancellationToken)
    {
        // Register before parking: completion disposes the registration, so it must be in place before anyone
        // can complete the waiter. A cancellation firing before the waiter is parked finds it unparked and does
        // nothing; the token check under the lock below catches that case.
        if (cancellationToken.CanBeCanceled)
        {
            waiter.Token = cancellationToken;
            waiter.Registration = cancellationToken.UnsafeRegister(static state => ((Waiter)state!).Cancel(), waiter);
        }

        bool parked;
        Waiter? ready = null;
        lock (ringLock)
        {
            parked = !cancellationToken.IsCancellationRequested;
            if (parked)
            {
                list.AddLast(waiter);
                // The queue may have changed since the caller found it full/empty: the pump serves the waiter
                // at once if it can (it then completes synchronously).
                ready = PumpLocked();
            }
        }
        if (!parked)
        {
            waiter.Discard();
            return false;
        }
        CompleteAll(ready);
        return true;
    }

    /// <summary>Called by a waiter's cancellation callback: unparks it unless someone already served it.</summary>
    private void Cancel(Waiter waiter)
    {
        lock (ringLock)
        {
            if (waiter.List is null)
                return; // Already served (its copy is done; cancellation lost the race) or not parked yet (see Park).
            waiter.List.Remove(waiter);
            waiter.Error = new TaskCanceledException("A task was canceled.", null, waiter.Token);
        }
        // Unparking a waiter frees no slot and queues no message, so nobody else becomes ready.
        waiter.Complete();
    }

    /// <summary>
    /// Serves parked waiters while the queue can: a parked receiver takes the head message, a parked sender
    /// fills a free slot. Returns the served waiters, in order, to be completed once the lock is released.
    /// </summary>
    private Waiter? PumpLocked()
    {
        Waiter? first = null, last = null;
        while (true)
        {
            Waiter served;
            if (count > 0 && parkedReceivers.First is { } receiver)
            {
                parkedReceivers.Remove(receiver);
                int length = lengths[head];
                if (length <= receiver.Buffer.Length)
                    receiver.Result = DequeueLocked(receiver.Buffer.Span);
                else
                    receiver.Error = TooSmall(length, receiver.Buffer.Length); // It stays queued for the next receiver.
                served = receiver;
            }
            else if (count < Depth && parkedSenders.First is { } sender)
            {
                parkedSenders.Remove(sender);
                EnqueueLocked(sender.Message.Span);
                served = sender;
            }
            else
            {
                return first;
            }

            if (last is null)
                first = served;
            else
                last.NextReady = served;
            last = served;
        }
    }

    /// <summary>Completes a chain from <see cref="PumpLocked"/>. Outside the lock: see <see cref="Waiter.Complete"/>.</summary>
    private static void CompleteAll(Waiter? ready)
    {
        while (ready is not null)
        {
            var next = ready.NextReady;
            ready.NextReady = null;
            ready.Complete(); // May recycle it (continuations run asynchronously, but GetResult can come at once).
            ready = next;
        }
    }

    private Waiter RentLocked()
    {
        if (freeWaiters is not { } waiter)
            return new Waiter(this);
        freeWaiters = waiter.Next;
        waiter.Next = null;
        return waiter;
    }

    // The pool is as large as the most operations ever parked at once; it is not trimmed.
    private void Return(Waiter waiter)
    {
        lock (ringLock)
        {
            waiter.Next = freeWaiters;
            freeWaiters = waiter;
        }
    }

    private void EnqueueLocked(ReadOnlySpan<byte> message)
    {
        int tail = (head + count) % Depth;
        message.CopyTo(slots.AsSpan(tail * RmWire.MaxMessageSize, RmWire.MaxMessageSize));
        lengths[tail] = message.Length;
        count++;
    }

    // Like the hypercall's ADDR_OVERFLOW: a message that does not fit is reported and stays queued.
    private int DequeueLocked(Span<byte> buffer)
    {
        int length = lengths[head];
        if (length > buffer.Length)
            throw TooSmall(length, buffer.Length);
        slots.AsSpan(head * RmWire.MaxMessageSize, length).CopyTo(buffer);
        head = (head + 1) % Depth;
        count--;
        return length;
    }

    private static ArgumentException TooSmall(int length, int bufferLength) =>
        new($"The next message is {length} bytes; the buffer holds {bufferLength}.", "buffer");

    private static void CheckMessage(int length)
    {
        if (length is < 1 or > RmWire.MaxMessageSize)
            throw new ArgumentException($"A message-queue message is 1..{RmWire.MaxMessageSize} bytes, not {length}.", "message");
    }
}
