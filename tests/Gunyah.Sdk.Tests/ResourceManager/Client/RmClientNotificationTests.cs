using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Client;

public sealed class RmClientNotificationTests : IAsyncLifetime
{
    private const uint VmStatus = 0x56100008;
    private const uint VmStart = 0x56000004;

    private readonly RmClient client;
    private readonly RawRmPeer rm;
    private readonly List<(uint Id, byte[] Payload)> received = [];
    private readonly TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int wanted = int.MaxValue;

    public RmClientNotificationTests()
    {
        var (vm, rmEnd) = InMemoryRmLink.Create();
        client = new RmClient(vm);
        rm = new RawRmPeer(rmEnd, RmReassemblyRole.ResourceManager);
        client.NotificationReceived += (id, payload) =>
        {
            lock (received)
            {
                received.Add((id, payload.ToArray()));
                if (received.Count == wanted)
                {
                    enough.TrySetResult();
                }
            }
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await client.DisposeAsync();

    private Task Expect(int count)
    {
        lock (received)
        {
            wanted = count;
            if (received.Count >= count)
            {
                enough.TrySetResult();
            }
        }

        return enough.Task.WaitAsync(RawRmPeer.Patience);
    }

    [Fact]
    public async Task Notifications_are_raised_in_arrival_order_with_their_payloads()
    {
        client.Start();
        for (ushort i = 0; i < 20; i++)
        {
            await rm.SendAsync(RmMessageType.Notification, i, VmStatus + i, RawRmPeer.Pattern(i * 40, i));
        }

        await Expect(20);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => VmStatus + (uint)i), received.Select(n => n.Id));
        Assert.All(received.Select((n, i) => (n, i)), x => Assert.Equal(RawRmPeer.Pattern(x.i * 40, x.i), x.n.Payload));
    }

    [Fact]
    public async Task Notifications_interleaved_with_a_reply_all_arrive_and_the_reply_reaches_its_call()
    {
        var call = client.CallAsync(VmStart, new byte[] { 1 }, CancellationToken.None).AsTask();
        var request = await rm.ReadAsync();

        await rm.SendAsync(RmMessageType.Notification, 100, VmStatus, new byte[] { 1 });
        await rm.SendAsync(RmMessageType.Notification, 101, VmStatus, new byte[600]);
        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0, RawRmPeer.Pattern(700, 9));
        await rm.SendAsync(RmMessageType.Notification, 102, VmStatus + 1, new byte[] { 3 });

        using var reply = await call.WaitAsync(RawRmPeer.Patience);
        await Expect(3);
        Assert.Equal(RawRmPeer.Pattern(700, 9), reply.Payload.ToArray());
        Assert.Equal([1], received[0].Payload);
        Assert.Equal(600, received[1].Payload.Length);
        Assert.Equal(VmStatus + 1, received[2].Id);
    }

    [Fact]
    public async Task A_throwing_handler_does_not_stop_later_notifications_or_replies()
    {
        var thrown = 0;
        client.NotificationReceived += (_, _) =>
        {
            Interlocked.Increment(ref thrown);
            throw new InvalidOperationException("subscriber bug");
        };
        client.Start();

        await rm.SendAsync(RmMessageType.Notification, 1, VmStatus, new byte[4]);
        await rm.SendAsync(RmMessageType.Notification, 2, VmStatus, new byte[4]);
        var call = client.CallAsync(VmStart, new byte[] { 1 }, CancellationToken.None).AsTask();
        var request = await rm.ReadAsync();
        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0);

        (await call.WaitAsync(RawRmPeer.Patience)).Dispose();
        await Expect(2);
        Assert.Equal(2, Volatile.Read(ref thrown));
    }
}
