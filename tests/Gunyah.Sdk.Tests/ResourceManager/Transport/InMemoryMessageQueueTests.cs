using Gunyah.Sdk.Tests.Infrastructure;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Transport;

public class InMemoryMessageQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private static byte[] Message(int marker, int length = 12)
    {
        var bytes = new byte[length];
        BitConverter.TryWriteBytes(bytes, marker);
        return bytes;
    }

    [Fact]
    public void Messages_come_out_in_the_order_they_went_in_with_their_lengths()
    {
        var queue = new InMemoryMessageQueue();
        for (int i = 0; i < 8; i++)
            Assert.True(queue.TrySend(Message(i, 8 + i * 29)));

        var buffer = new byte[240];
        for (int i = 0; i < 8; i++)
        {
            Assert.True(queue.TryReceive(buffer, out int length));
            Assert.Equal(Message(i, 8 + i * 29), buffer[..length]);
        }
        Assert.False(queue.TryReceive(buffer, out int none));
        Assert.Equal(0, none);
    }

    [Fact]
    public void TrySend_fails_once_depth_messages_are_queued()
    {
        var queue = new InMemoryMessageQueue(depth: 3);
        Assert.Equal(3, queue.Depth);
        Assert.True(queue.TrySend(Message(1)));
        Assert.True(queue.TrySend(Message(2)));
        Assert.True(queue.TrySend(Message(3)));
        Assert.False(queue.TrySend(Message(4)));
        Assert.Equal(3, queue.Count);

        Assert.True(queue.TryReceive(new byte[240], out _));
        Assert.True(queue.TrySend(Message(4)));
    }

    [Fact]
    public void Default_depth_is_the_eight_rm_configures_for_hlos()
    {
        Assert.Equal(8, new InMemoryMessageQueue().Depth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public void Depth_outside_1_to_255_is_rejected(int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryMessageQueue(depth));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(241)]
    public void Messages_must_be_1_to_240_bytes(int length)
    {
        var queue = new InMemoryMessageQueue();
        Assert.Throws<ArgumentException>(() => queue.TrySend(new byte[length]));
        Assert.Throws<ArgumentException>(() => { _ = queue.SendAsync(new byte[length]); });
        Assert.Equal(0, queue.Count);
        Assert.True(queue.TrySend(new byte[240]));
    }

    [Fact]
    public void Buffer_too_small_for_the_next_message_leaves_it_queued()
    {
        var queue = new InMemoryMessageQueue();
        queue.TrySend(Message(7, 100));

        Assert.Throws<ArgumentException>(() => queue.TryReceive(new byte[99], out _));
        Assert.Equal(1, queue.Count);
        Assert.True(queue.TryReceive(new byte[100], out int length));
        Assert.Equal(100, length);
    }

    [Fact]
    public async Task SendAsync_waits_for_a_free_slot()
    {
        var queue = new InMemoryMessageQueue(depth: 1);
        await queue.SendAsync(Message(1));

        var send = queue.SendAsync(Message(2)).AsTask();
        await Task.Delay(Pause);
        Assert.False(send.IsCompleted);

        Assert.True(queue.TryReceive(new byte[240], out _));
        await send.WaitAsync(Patience);
        var buffer = new byte[240];
        Assert.True(queue.TryReceive(buffer, out int length));
        Assert.Equal(Message(2), buffer[..length]);
    }

    [Fact]
    public async Task ReceiveAsync_waits_for_a_message()
    {
        var queue = new InMemoryMessageQueue();
        var buffer = new byte[240];

        var receive = queue.ReceiveAsync(buffer).AsTask();
        await Task.Delay(Pause);
        Assert.False(receive.IsCompleted);

        Assert.True(queue.TrySend(Message(5, 33)));
        Assert.Equal(33, await receive.WaitAsync(Patience));
        Assert.Equal(Message(5, 33), buffer[..33]);
    }

    [Fact]
    public async Task Cancelled_send_queues_nothing_and_frees_nothing()
    {
        var queue = new InMemoryMessageQueue(depth: 1);
        queue.TrySend(Message(1));
        using var cts = new CancellationTokenSource();

        var send = queue.SendAsync(Message(2), cts.Token).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(Patience));

        var buffer = new byte[240];
        Assert.True(queue.TryReceive(buffer, out int length));
        Assert.Equal(Message(1), buffer[..length]);
        Assert.False(queue.TryReceive(buffer, out _));
        // The slot the cancelled send waited for is still free for exactly one message.
        Assert.True(queue.TrySend(Message(3)));
        Assert.False(queue.TrySend(Message(4)));
    }

    [Fact]
    public async Task Cancelled_receive_takes_nothing()
    {
        var queue = new InMemoryMessageQueue();
        using var cts = new CancellationTokenSource();

        var receive = queue.ReceiveAsync(new byte[240], cts.Token).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receive.WaitAsync(Patience));

        queue.TrySend(Message(9));
        var buffer = new byte[240];
        Assert.Equal(12, await queue.ReceiveAsync(buffer).AsTask().WaitAsync(Patience));
        Assert.Equal(Message(9), buffer[..12]);
    }

    [Fact]
    public async Task Already_cancelled_token_fails_even_when_the_operation_could_complete()
    {
        var queue = new InMemoryMessageQueue();
        queue.TrySend(Message(1));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.ReceiveAsync(new byte[240], cts.Token).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.SendAsync(Message(2), cts.Token).AsTask());
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void TrySend_and_TryReceive_allocate_nothing()
    {
        var queue = new InMemoryMessageQueue();
        var message = Message(1, 240);
        var buffer = new byte[240];
        for (int i = 0; i < 100; i++)
        {
            queue.TrySend(message);
            queue.TryReceive(buffer, out _);
        }

        Assert.Equal(0, AllocationMeter.LeastOf(3, () =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                queue.TrySend(message);
                queue.TrySend(message);
                queue.TryReceive(buffer, out _);
                queue.TryReceive(buffer, out _);
            }
        }));
    }

    [Fact]
    public async Task Two_producers_and_one_consumer_deliver_every_message_exactly_once_in_per_producer_order()
    {
        const int PerProducer = 20_000;
        var queue = new InMemoryMessageQueue(depth: 4);

        async Task Produce(int producer)
        {
            var message = new byte[8];
            for (int i = 0; i < PerProducer; i++)
            {
                BitConverter.TryWriteBytes(message, producer);
                BitConverter.TryWriteBytes(message.AsSpan(4), i);
                await queue.SendAsync(message);
            }
        }

        var next = new int[2];
        var consumer = Task.Run(async () =>
        {
            var buffer = new byte[240];
            for (int n = 0; n < 2 * PerProducer; n++)
            {
                Assert.Equal(8, await queue.ReceiveAsync(buffer));
                int producer = BitConverter.ToInt32(buffer, 0);
                Assert.Equal(next[producer]++, BitConverter.ToInt32(buffer, 4));
            }
        });

        await Task.WhenAll(Task.Run(() => Produce(0)), Task.Run(() => Produce(1)), consumer).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(new[] { PerProducer, PerProducer }, next);
        Assert.Equal(0, queue.Count);
    }
}
