namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>
/// One end of one direction of a hypervisor message queue (fact sheet §6.3): a FIFO of messages of
/// 1..<see cref="Framing.RmWire.MaxMessageSize"/> bytes each, bounded in depth. Message boundaries are
/// kept; bytes are copied in and out, nothing is shared.
/// </summary>
public interface IRmMessageQueue
{
    /// <summary>
    /// Queues a copy of <paramref name="message"/>, waiting while the queue is full ("not-full" flow control).
    /// The bytes are copied once a slot is free: keep them unchanged until the returned task completes.
    /// </summary>
    /// <exception cref="ArgumentException">The message is empty or longer than 240 bytes.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; nothing was queued.</exception>
    ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default);

    /// <summary>Takes the oldest message into <paramref name="buffer"/>, waiting while the queue is empty ("not-empty").</summary>
    /// <returns>The message length.</returns>
    /// <exception cref="ArgumentException">The next message does not fit the buffer; it stays queued.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; nothing was taken.</exception>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    /// <summary>Queues a copy of <paramref name="message"/> if there is room (the hypercall's MSGQUEUE_FULL is <c>false</c>).</summary>
    /// <exception cref="ArgumentException">The message is empty or longer than 240 bytes.</exception>
    bool TrySend(ReadOnlySpan<byte> message);

    /// <summary>Takes the oldest message if there is one (MSGQUEUE_EMPTY is <c>false</c>).</summary>
    /// <exception cref="ArgumentException">The next message does not fit the buffer; it stays queued.</exception>
    bool TryReceive(Span<byte> buffer, out int length);
}
