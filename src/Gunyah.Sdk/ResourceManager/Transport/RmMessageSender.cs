using System.Runtime.CompilerServices;
using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>Sends one whole RM message: fragments it with <see cref="RmFragmenter"/> onto a queue. Client and server both send through it.</summary>
internal static class RmMessageSender
{
    /// <summary>
    /// Writes each fragment of the message into <paramref name="fragment"/> (at least <see cref="RmWire.MaxMessageSize"/>
    /// bytes, reused per fragment) and sends it. The caller keeps other messages off the queue meanwhile, so
    /// fragments never interleave.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public static async ValueTask SendAsync(
        IRmMessageQueue queue,
        byte[] fragment,
        RmMessageType type,
        ushort sequence,
        uint messageId,
        ReadOnlyMemory<byte> payload,
        CancellationToken cancellationToken)
    {
        var fragments = RmFragmenter.FragmentCountFor(payload.Length);
        for (var i = 0; i < fragments; i++)
        {
            var length = RmFragmenter.WriteFragment(fragment, type, sequence, messageId, payload.Span, i);
            await queue.SendAsync(fragment.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
    }
}
