using System.Buffers.Binary;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;
using Gunyah.Sdk.Tests.ResourceManager.Server;

namespace Gunyah.Sdk.Tests.ResourceManager.EndToEnd;

/// <summary>Many callers and a notifier sharing one link: every caller gets exactly its own reply, nothing hangs.</summary>
public class RmConcurrencyTests
{
    private const uint Vmid = 3;
    private const int Callers = 64;
    private const int CallsPerCaller = 50;
    private const int Notifications = 1000;
    private const uint VmStatus = 0x56100008;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sixty_four_callers_each_get_their_own_replies_while_notifications_stream_in_order()
    {
        var (vm, rm) = InMemoryRmLink.Create();
        await using var server = new RmServer(DelegateRpcService.Echo());
        server.AddClient(Vmid, rm);
        await using var client = new RmClient(vm);

        var received = new List<int>(Notifications);
        var allNotified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.NotificationReceived += (id, payload) =>
        {
            // Raised from the single receive loop, so no lock is needed for ordering; the list is read after.
            received.Add(BinaryPrimitives.ReadInt32LittleEndian(payload));
            if (received.Count == Notifications)
            {
                allNotified.TrySetResult();
            }
        };
        client.Start();

        var notifier = Task.Run(async () =>
        {
            var sink = server.GetNotificationSink(Vmid);
            var payload = new byte[64];
            for (var i = 0; i < Notifications; i++)
            {
                // Stay well under the RM's 256-pending bound: this test is about delivery, not dropping.
                while (server.PendingNotifications(Vmid) > 128)
                {
                    await Task.Delay(1);
                }

                BinaryPrimitives.WriteInt32LittleEndian(payload, i);
                await sink.NotifyAsync(VmStatus, payload, default);
            }
        });

        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var messageId = 0x56000000u + (uint)caller + 1;
            for (var call = 0; call < CallsPerCaller; call++)
            {
                var size = (caller * CallsPerCaller + call) * 37 % 2001;
                var request = RawRmPeer.Pattern(size, caller * CallsPerCaller + call);
                using var reply = await client.CallAsync(messageId, request, CancellationToken.None);
                Assert.Equal(DelegateRpcService.Expected(messageId, request), reply.Payload.ToArray());
            }
        })).ToArray();

        await Task.WhenAll(callers).WaitAsync(Deadline);
        await notifier.WaitAsync(Deadline);
        await allNotified.Task.WaitAsync(Deadline);

        Assert.Equal(Enumerable.Range(0, Notifications), received);
        Assert.Equal(0, client.PendingCount);
        Assert.Equal(0, client.DroppedMessages);
        Assert.Equal(0, client.AbortedMessages);
        Assert.Equal(0, server.DroppedMessages);
        Assert.Equal(0, server.DroppedNotifications);
    }
}
