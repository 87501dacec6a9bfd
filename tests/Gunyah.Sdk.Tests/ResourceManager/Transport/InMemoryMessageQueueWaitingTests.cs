using System.Collections.Concurrent;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Transport;

/// <summary>The waiting paths of <see cref="InMemoryMessageQueue"/>: allocation, many waiters, cancellation races.</summary>
public class InMemoryMessageQueueWaitingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static byte[] Message(int marker, int length = 12)
    {
        var bytes = new byte[length];
        BitConverter.TryWriteBytes(bytes, marker);
        return bytes;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parked_receives_and_sends_allocate_nothing_once_warm(bool cancellable)
    {
        // Single-threaded, so the per-thread counter is exact: each operation really parks (checked), is served by
        // the other side's call on this thread, and is consumed with GetResult — no continuation, no thread pool.
        // With a live token this also proves registrations are disposed: the token source reuses a freed
        // registration node, but an undisposed one would make every wait allocate a new node.
        using var cts = new CancellationTokenSource();
        var token = cancellable ? cts.Token : CancellationToken.None;
        var queue = new InMemoryMessageQueue(depth: 1);
        var message = Message(1, 240);
        var buffer = new byte[240];

        int Round()
        {
            int parked = 0;
            var receive = queue.ReceiveAsync(buffer, token);       // empty: parks
            parked += receive.IsCompleted ? 0 : 1;
            queue.SendAsync(message, token).GetAwaiter().GetResult(); // serves the receiver, queue stays empty
            parked += receive.IsCompleted ? 1 : 0;
            receive.GetAwaiter().GetResult();

            queue.TrySend(message);
            var send = queue.SendAsync(message, token);            // full: parks
            parked += send.IsCompleted ? 0 : 1;
            queue.TryReceive(buffer, out _);                       // frees the slot, the parked send fills it
            parked += send.IsCompleted ? 1 : 0;
            send.GetAwaiter().GetResult();
            queue.TryReceive(buffer, out _);
            return parked;
        }

        for (int i = 0; i < 100; i++)
            Round();

        // Measured in up to three passes: a one-time runtime event on this thread (tier-up or on-stack replacement
        // of the loop under a loaded machine) can allocate once, but an allocation per operation shows in every pass.
        const int Rounds = 10_000;
        long allocated = long.MaxValue;
        for (int pass = 0; pass < 3 && allocated != 0; pass++)
        {
            int parkedAndServed = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Rounds; i++)
                parkedAndServed += Round();
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(4 * Rounds, parkedAndServed);
        }

        Assert.Equal(0, allocated);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Eight_senders_parked_on_a_full_queue_are_all_served_exactly_once()
    {
        var queue = new InMemoryMessageQueue(depth: 2);
        Assert.True(queue.TrySend(Message(100)));
        Assert.True(queue.TrySend(Message(101)));

        var sends = Enumerable.Range(0, 8).Select(i => queue.SendAsync(Message(i)).AsTask()).ToArray();
        await Task.Delay(50);
        Assert.All(sends, send => Assert.False(send.IsCompleted));

        var received = new List<int>();
        var buffer = new byte[240];
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(12, await queue.ReceiveAsync(buffer).AsTask().WaitAsync(Patience));
            received.Add(BitConverter.ToInt32(buffer));
        }
        await Task.WhenAll(sends).WaitAsync(Patience);

        // Each sender's message was queued exactly once, and in the order the senders parked.
        Assert.Equal([100, 101, 0, 1, 2, 3, 4, 5, 6, 7], received);
        Assert.False(queue.TryReceive(buffer, out _));
    }

    [Fact]
    public async Task Eight_concurrent_producers_deliver_every_message_exactly_once()
    {
        const int Producers = 8, PerProducer = 5_000;
        var queue = new InMemoryMessageQueue(depth: 2);

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

        var next = new int[Producers];
        var consumer = Task.Run(async () =>
        {
            var buffer = new byte[240];
            for (int n = 0; n < Producers * PerProducer; n++)
            {
                Assert.Equal(8, await queue.ReceiveAsync(buffer));
                int producer = BitConverter.ToInt32(buffer, 0);
                Assert.Equal(next[producer]++, BitConverter.ToInt32(buffer, 4));
            }
        });

        var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(() => Produce(p)));
        await Task.WhenAll(producers.Append(consumer)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(next, n => Assert.Equal(PerProducer, n));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Cancelling_some_parked_senders_while_others_are_served_loses_and_duplicates_nothing()
    {
        for (int round = 0; round < 200; round++)
        {
            var queue = new InMemoryMessageQueue(depth: 1);
            Assert.True(queue.TrySend(Message(-1)));
            const int Senders = 16;
            var sources = Enumerable.Range(0, Senders).Select(_ => new CancellationTokenSource()).ToArray();
            var sends = Enumerable.Range(0, Senders).Select(i => queue.SendAsync(Message(i), sources[i].Token).AsTask()).ToArray();

            // Cancel every other sender on another thread while this one drains the queue.
            var cancelling = Task.Run(() =>
            {
                for (int i = 0; i < Senders; i += 2)
                    sources[i].Cancel();
            });
            var received = new List<int>();
            var buffer = new byte[240];
            while (!cancelling.IsCompleted || sends.Any(s => !s.IsCompleted) || queue.Count > 0)
            {
                if (queue.TryReceive(buffer, out _))
                    received.Add(BitConverter.ToInt32(buffer));
                else
                    await Task.Yield();
            }
            await cancelling;

            var queued = Enumerable.Range(0, Senders).Where(i => sends[i].IsCompletedSuccessfully).ToArray();
            var cancelled = Enumerable.Range(0, Senders).Where(i => sends[i].IsCanceled).ToArray();
            Assert.Equal(Senders, queued.Length + cancelled.Length);
            Assert.All(Enumerable.Range(1, Senders / 2), k => Assert.Contains(2 * k - 1, queued)); // never cancelled
            // Exactly once each, in the order the senders parked.
            Assert.Equal([-1, .. queued], received);
            foreach (var source in sources)
                source.Dispose();
        }
    }

    [Fact]
    public async Task Cancelling_some_parked_receivers_while_others_are_served_loses_and_duplicates_nothing()
    {
        for (int round = 0; round < 200; round++)
        {
            var queue = new InMemoryMessageQueue(depth: 4);
            const int Receivers = 16;
            var sources = Enumerable.Range(0, Receivers).Select(_ => new CancellationTokenSource()).ToArray();
            var buffers = Enumerable.Range(0, Receivers).Select(_ => new byte[240]).ToArray();
            var receives = Enumerable.Range(0, Receivers).Select(i => queue.ReceiveAsync(buffers[i], sources[i].Token).AsTask()).ToArray();

            // Cancel half the receivers on one thread while another sends as many messages as there are receivers.
            var cancelling = Task.Run(() =>
            {
                for (int i = 0; i < Receivers; i += 2)
                    sources[i].Cancel();
            });
            var sending = Task.Run(async () =>
            {
                for (int m = 0; m < Receivers; m++)
                    await queue.SendAsync(Message(m));
            });
            await cancelling.WaitAsync(Patience);
            // The odd receivers are never cancelled, so they take messages; a send then waits only on a full queue
            // with no receiver left, which the drain below resolves.
            var taken = new List<int>();
            var buffer = new byte[240];
            while (!sending.IsCompleted || queue.Count > 0)
            {
                if (queue.TryReceive(buffer, out _))
                    taken.Add(BitConverter.ToInt32(buffer));
                else
                    await Task.Yield();
            }
            await sending;
            await Task.WhenAll(receives.Select(r => r.ContinueWith(_ => { }))).WaitAsync(Patience);

            var served = Enumerable.Range(0, Receivers).Where(i => receives[i].IsCompletedSuccessfully).ToArray();
            Assert.All(served, i => Assert.Equal(12, receives[i].Result));
            Assert.Equal(Receivers, served.Length + receives.Count(r => r.IsCanceled));
            Assert.All(Enumerable.Range(0, Receivers / 2), k => Assert.Contains(2 * k + 1, served));
            var all = served.Select(i => BitConverter.ToInt32(buffers[i])).Concat(taken).Order();
            Assert.Equal(Enumerable.Range(0, Receivers), all); // every message exactly once
            foreach (var source in sources)
                source.Dispose();
        }
    }
}
