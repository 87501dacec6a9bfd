using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Transport;

/// <summary>Runs alone: it counts every byte the process allocates, so other tests must not run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessAllocationCollection
{
    public const string Name = "Process allocation";
}

[Collection(ProcessAllocationCollection.Name)]
public class InMemoryMessageQueueAllocationTests
{
    [Fact]
    public async Task Awaited_ping_pong_across_threads_allocates_nothing_once_warm()
    {
        // An echo task awaits ReceiveAsync on an empty queue; the driver sends, then awaits the echo on a second
        // empty queue. Both awaits really suspend (counted), and their continuations run on the thread pool, so
        // the per-thread counter would miss them: count the whole process instead. The async methods' state
        // machines are allocated at their first suspension, during warm-up. What is left is noise from the runtime
        // and the test host (thread-pool bookkeeping, the runner's own threads), so allow a byte per round on
        // average — a suspended wait used to cost a Task and a state machine, some 200 bytes. A loaded machine can
        // make the pool inject threads mid-measure (a Thread and its bookkeeping are allocations); so the best of
        // three attempts is what counts: a real regression allocates in every one.
        const int Warmup = 2_000, Rounds = 20_000;
        var ping = new InMemoryMessageQueue();
        var pong = new InMemoryMessageQueue();
        var message = new byte[16];

        async Task<int> Echo()
        {
            var buffer = new byte[240];
            int suspended = 0;
            for (int i = 0; i < Warmup + Rounds; i++)
            {
                var receive = ping.ReceiveAsync(buffer);
                if (!receive.IsCompleted)
                    suspended++;
                int length = await receive.ConfigureAwait(false);
                await pong.SendAsync(buffer.AsMemory(0, length)).ConfigureAwait(false);
            }
            return suspended;
        }

        async Task<(long Allocated, int Suspended)> Drive()
        {
            var buffer = new byte[240];
            long before = 0;
            int suspended = 0;
            for (int i = 0; i < Warmup + Rounds; i++)
            {
                if (i == Warmup)
                    before = GC.GetTotalAllocatedBytes(precise: true);
                await ping.SendAsync(message).ConfigureAwait(false);
                var receive = pong.ReceiveAsync(buffer);
                if (!receive.IsCompleted)
                    suspended++;
                await receive.ConfigureAwait(false);
            }
            return (GC.GetTotalAllocatedBytes(precise: true) - before, suspended);
        }

        var attempts = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var echo = Task.Run(Echo);
            var (allocated, driverSuspended) = await Task.Run(Drive).WaitAsync(TimeSpan.FromSeconds(60));
            int echoSuspended = await echo;

            // Nearly every echo receive finds the queue empty (the driver only sends after the previous echo).
            Assert.True(echoSuspended > Rounds / 2, $"only {echoSuspended} echo receives suspended");
            if (allocated <= Rounds)
                return;
            attempts.Add($"{allocated} bytes ({driverSuspended} driver waits suspended)");
        }

        Assert.Fail($"every attempt allocated more than a byte a round over {Rounds} rounds: {string.Join("; ", attempts)}");
    }
}
