namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A unidirectional FIFO of bounded messages (fact sheet §6.3): fixed slots preallocated at creation, data
/// copied in and out. The receiver's vIRQ is asserted when the count reaches the not-empty threshold (1) or
/// on PUSH; the sender's when a receive brings the count down to the not-full threshold (depth − 1).
/// </summary>
public sealed class MessageQueue : HypObject
{
    /// <summary>The largest depth the hypervisor accepts.</summary>
    public const int MaxDepth = 255;

    /// <summary>The largest message size the hypervisor accepts.</summary>
    public const int MaxMessageSizeLimit = 1023;

    private readonly byte[] slots;
    private readonly int[] lengths;
    private int head;
    private int count;

    internal MessageQueue(ReferenceHypervisor hypervisor, int depth, int maxMessageSize)
        : base(hypervisor, HypObjectType.MessageQueue)
    {
        Depth = depth;
        MaxMessageSize = maxMessageSize;
        slots = new byte[depth * maxMessageSize];
        lengths = new int[depth];
        SendSource = new VirqSource(this);
        ReceiveSource = new VirqSource(this);
    }

    /// <summary>Messages the queue holds.</summary>
    public int Depth { get; }

    /// <summary>The largest message, in bytes.</summary>
    public int MaxMessageSize { get; }

    /// <summary>Messages queued now (a snapshot).</summary>
    public int Count
    {
        get
        {
            lock (Hypervisor.Sync)
                return count;
        }
    }

    /// <summary>The receiver's vIRQ fires when the count reaches this (1).</summary>
    public int NotEmptyThreshold => 1;

    /// <summary>The sender's vIRQ fires when a receive brings the count down to this (depth − 1).</summary>
    public int NotFullThreshold => Depth - 1;

    internal VirqSource SendSource { get; }

    internal VirqSource ReceiveSource { get; }

    internal static HypError Validate(int depth, int maxMessageSize) =>
        depth is < 1 or > MaxDepth || maxMessageSize is < 1 or > MaxMessageSizeLimit ? HypError.ArgumentInvalid : HypError.Ok;

    internal HypError SendLocked(ReadOnlySpan<byte> message, bool push, out bool notFull, ref VirqBatch batch)
    {
        notFull = false;
        if (count == Depth)
            return HypError.MessageQueueFull;
        if (message.Length < 1 || message.Length > MaxMessageSize)
            return HypError.ArgumentSize;

        var tail = (head + count) % Depth;
        message.CopyTo(slots.AsSpan(tail * MaxMessageSize, MaxMessageSize));
        lengths[tail] = message.Length;
        count++;
        if (push || count == NotEmptyThreshold)
            ReceiveSource.Assert(ref batch);
        notFull = count < Depth;
        return HypError.Ok;
    }

    internal HypError ReceiveLocked(Span<byte> buffer, out int size, out bool notEmpty, ref VirqBatch batch)
    {
        size = 0;
        notEmpty = false;
        if (count == 0)
            return HypError.MessageQueueEmpty;
        var length = lengths[head];
        if (length > buffer.Length)
        {
            notEmpty = true;
            return HypError.AddressOverflow;
        }

        slots.AsSpan(head * MaxMessageSize, length).CopyTo(buffer);
        head = (head + 1) % Depth;
        count--;
        size = length;
        if (count == NotFullThreshold)
            SendSource.Assert(ref batch);
        notEmpty = count > 0;
        return HypError.Ok;
    }

    internal void FlushLocked(ref VirqBatch batch)
    {
        if (count != 0)
        {
            SendSource.Assert(ref batch);
            ReceiveSource.Clear(ref batch);
        }

        Array.Clear(slots);
        head = 0;
        count = 0;
    }

    internal override void OnDestroyLocked(ref VirqBatch batch)
    {
        SendSource.Unbind(ref batch);
        ReceiveSource.Unbind(ref batch);
    }
}
