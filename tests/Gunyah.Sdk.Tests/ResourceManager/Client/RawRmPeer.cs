using System.Buffers.Binary;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Client;

/// <summary>A received, reassembled message as a test sees it.</summary>
public sealed record RawMessage(RmHeader Header, byte[] Payload)
{
    public uint ErrorWord => BinaryPrimitives.ReadUInt32LittleEndian(Payload);

    public byte[] ReplyData => Payload[4..];
}

/// <summary>
/// The far end of a link driven by hand: reads whole messages with a reassembler of the given role and writes
/// messages (or raw bytes) fragment by fragment. Lets client tests play the RM and server tests play a VM.
/// </summary>
public sealed class RawRmPeer(RmQueuePair queues, RmReassemblyRole role)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly RmReassembler reassembler = new(role);
    private readonly byte[] fragment = new byte[RmWire.MaxMessageSize];

    public RmQueuePair Queues => queues;

    /// <summary>Reads fragments until a whole message has arrived (fails the test after <see cref="Patience"/>).</summary>
    public async Task<RawMessage> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var length = await queues.Receive.ReceiveAsync(fragment, timeout.Token);
            var result = reassembler.Accept(fragment.AsSpan(0, length));
            Assert.True(result.Kind is RmReceiveKind.Complete or RmReceiveKind.Incomplete, $"unexpected fragment: {result}");
            Assert.Null(result.SupersededPartial);
            if (result.IsComplete)
            {
                return new RawMessage(result.Header, result.Payload.ToArray());
            }
        }
    }

    /// <summary>True if no fragment is waiting (after a short grace period for in-flight sends).</summary>
    public async Task<bool> IsQuietAsync()
    {
        await Task.Delay(50);
        return queues.Receive is InMemoryMessageQueue { Count: 0 };
    }

    public async Task SendAsync(RmMessageType type, ushort sequence, uint messageId, ReadOnlyMemory<byte> payload)
    {
        var fragments = RmFragmenter.ContinuationFragmentsFor(payload.Length) + 1;
        for (var i = 0; i < fragments; i++)
        {
            var length = RmFragmenter.WriteFragment(fragment, type, sequence, messageId, payload.Span, i);
            await queues.Transmit.SendAsync(fragment.AsMemory(0, length));
        }
    }

    public Task SendReplyAsync(ushort sequence, uint messageId, uint errorWord, ReadOnlySpan<byte> data = default) =>
        SendAsync(RmMessageType.Reply, sequence, messageId, ReplyPayload(errorWord, data));

    public async Task SendRawAsync(params byte[] bytes) => await queues.Transmit.SendAsync(bytes);

    /// <summary>Sends only fragment <paramref name="index"/> of a message (to build broken streams).</summary>
    public async Task SendFragmentAsync(RmMessageType type, ushort sequence, uint messageId, ReadOnlyMemory<byte> payload, int index)
    {
        var length = RmFragmenter.WriteFragment(fragment, type, sequence, messageId, payload.Span, index);
        await queues.Transmit.SendAsync(fragment.AsMemory(0, length));
    }

    public static byte[] ReplyPayload(uint errorWord, ReadOnlySpan<byte> data)
    {
        var payload = new byte[4 + data.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, errorWord);
        data.CopyTo(payload.AsSpan(4));
        return payload;
    }

    /// <summary>Deterministic bytes for a payload of <paramref name="length"/> (so mix-ups are visible).</summary>
    public static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 31 + seed * 7 + (i >> 8));
        }

        return bytes;
    }
}
