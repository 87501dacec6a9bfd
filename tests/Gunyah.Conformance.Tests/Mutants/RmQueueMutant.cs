using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Conformance.Tests.Mutants;

/// <summary>
/// A deliberately wrong RM channel: every message on one queue passes through <paramref name="rewrite"/> (in place, on
/// a copy), so what the RM receives or what the client reads is not what the other side sent.
/// </summary>
internal sealed class RmQueueMutant(IRmMessageQueue inner, RmQueueMutant.Rewrite rewrite) : IRmMessageQueue
{
    /// <summary>Changes a message's bytes in place.</summary>
    public delegate void Rewrite(Span<byte> message);

    /// <summary>The pair with the client→RM queue rewritten.</summary>
    public static RmQueuePair OnTransmit(RmQueuePair queues, Rewrite rewrite) => queues with { Transmit = new RmQueueMutant(queues.Transmit, rewrite) };

    /// <summary>The pair with the RM→client queue rewritten.</summary>
    public static RmQueuePair OnReceive(RmQueuePair queues, Rewrite rewrite) => queues with { Receive = new RmQueueMutant(queues.Receive, rewrite) };

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default) =>
        inner.SendAsync(Rewritten(message.Span), cancellationToken);

    public bool TrySend(ReadOnlySpan<byte> message) => inner.TrySend(Rewritten(message));

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var length = await inner.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
        rewrite(buffer.Span[..length]);
        return length;
    }

    public bool TryReceive(Span<byte> buffer, out int length)
    {
        if (!inner.TryReceive(buffer, out length))
        {
            return false;
        }

        rewrite(buffer[..length]);
        return true;
    }

    private byte[] Rewritten(ReadOnlySpan<byte> message)
    {
        var copy = message.ToArray();
        rewrite(copy);
        return copy;
    }

    /// <summary>Sets byte 0 to 0x21 whatever the sender put there: the RM then accepts what it must drop.</summary>
    public static void RepairApiByte(Span<byte> message)
    {
        if (message.Length > 0)
        {
            message[0] = RmWire.ApiByte;
        }
    }

    /// <summary>Adds one to a reply's seq (byte 1's low bits = 2): replies no longer echo their request.</summary>
    public static void SkewReplySequence(Span<byte> message)
    {
        if (message.Length >= RmWire.HeaderSize && (message[1] & 0x3) == (int)RmMessageType.Reply)
        {
            message[2]++;
        }
    }
}
