using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>
/// A bounded, thread-safe, in-process message queue with the hypervisor's semantics: fixed 240-byte
/// slots preallocated up front (no allocation per message on TrySend/TryReceive), FIFO, copy in/out.
/// Two counting semaphores carry the flow control — free slots ("not full") and queued messages
/// ("not empty") — so a cancelled wait never takes a slot or a message.
/// </summary>
public sealed class InMemoryMessageQueue : IRmMessageQueue
{
    /// <summary>The depth RM configures for the HLOS↔RM queues.</summary>
    public const int DefaultDepth = 8;

    /// <summary>The hypervisor refuses depths of 256 or more.</summary>
    public const int MaxDepth = 255;

    private readonly byte[] slots;
    private readonly int[] lengths;
    private readonly SemaphoreSlim freeSlots;
    private readonly SemaphoreSlim queuedMessages;
    private readonly Lock ringLock = new();
    private int head;
    private int count;

    /// <param name="depth">Messages the queue holds: 1..255.</param>
    public InMemoryMessageQueue(int depth = DefaultDepth)
    {
        if (depth is < 1 or > MaxDepth)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"A message queue holds 1..{MaxDepth} messages.");
        Depth = depth;
        slots = new byte[depth * RmWire.MaxMessageSize];
        lengths = new int[depth];
        freeSlots = new SemaphoreSlim(depth, depth);
        queuedMessages = new SemaphoreSlim(0, depth);
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
        if (!freeSlots.Wait(0))
            return false;
        Enqueue(message);
        return true;
    }

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        CheckMessage(message.Length);
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled(cancellationToken);
        if (freeSlots.Wait(0))
        {
            Enqueue(message.Span);
            return default;
        }
        return SendSlowAsync(message, cancellationToken);
    }

    /// <inheritdoc />
    public bool TryReceive(Span<byte> buffer, out int length)
    {
        if (!queuedMessages.Wait(0))
        {
            length = 0;
            return false;
        }
        length = Dequeue(buffer);
        return true;
    }

    /// <inheritdoc />
    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled<int>(cancellationToken);
        if (queuedMessages.Wait(0))
            return new ValueTask<int>(Dequeue(buffer.Span));
        return ReceiveSlowAsync(buffer, cancellationToken);
    }

    private async ValueTask SendSlowAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        // Once the slot is ours the copy happens unconditionally: cancellation can only win before it.
        await freeSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        Enqueue(message.Span);
    }

    private async ValueTask<int> ReceiveSlowAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await queuedMessages.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Dequeue(buffer.Span);
    }

    // Caller holds a free-slot permit.
    private void Enqueue(ReadOnlySpan<byte> message)
    {
        lock (ringLock)
        {
            int tail = (head + count) % Depth;
            message.CopyTo(slots.AsSpan(tail * RmWire.MaxMessageSize, RmWire.MaxMessageSize));
            lengths[tail] = message.Length;
            count++;
        }
        queuedMessages.Release();
    }

    // Caller holds a queued-message permit; gives it back if the message does not fit.
    private int Dequeue(Span<byte> buffer)
    {
        int length;
        lock (ringLock)
        {
            length = lengths[head];
            if (length <= buffer.Length)
            {
                slots.AsSpan(head * RmWire.MaxMessageSize, length).CopyTo(buffer);
                head = (head + 1) % Depth;
                count--;
            }
        }

        if (length > buffer.Length)
        {
            // Like the hypercall's ADDR_OVERFLOW: report, keep the message for a bigger buffer.
            queuedMessages.Release();
            throw new ArgumentException($"The next message is {length} bytes; the buffer holds {buffer.Length}.", nameof(buffer));
        }
        freeSlots.Release();
        return length;
    }

    private static void CheckMessage(int length)
    {
        if (length is < 1 or > RmWire.MaxMessageSize)
            throw new ArgumentException($"A message-queue message is 1..{RmWire.MaxMessageSize} bytes, not {length}.", "message");
    }
}
