using System.Buffers.Binary;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

/// <summary>Notifications through the server's sinks: framing, the global seq, ordering, the 256 bound, lifetime.</summary>
public class RmServerNotificationTests
{
    private const uint VmStatus = 0x56100008;

    private static RawRmPeer Connect(RmServer server, uint vmid, int depth = 8)
    {
        var (vm, rm) = InMemoryRmLink.Create(depth);
        server.AddClient(vmid, rm);
        return new RawRmPeer(vm, RmReassemblyRole.Linux);
    }

    [Fact]
    public async Task Notifications_carry_one_server_wide_incrementing_seq()
    {
        await using var server = new RmServer(DelegateRpcService.Echo());
        var a = Connect(server, 0x80);
        var b = Connect(server, 0x81);

        await server.GetNotificationSink(0x80).NotifyAsync(VmStatus, new byte[] { 1 }, default);
        await server.GetNotificationSink(0x81).NotifyAsync(VmStatus, new byte[] { 2 }, default);
        await server.GetNotificationSink(0x80).NotifyAsync(VmStatus, RawRmPeer.Pattern(1000, 3), default);

        var first = await a.ReadAsync();
        var second = await b.ReadAsync();
        var third = await a.ReadAsync();
        Assert.Equal(new RmHeader(RmMessageType.Notification, 0, 0, VmStatus), first.Header);
        Assert.Equal([1], first.Payload);
        Assert.Equal(1, second.Header.Sequence);
        Assert.Equal(2, third.Header.Sequence);
        Assert.Equal(RawRmPeer.Pattern(1000, 3), third.Payload);
    }

    [Fact]
    public async Task A_notification_sent_while_handling_a_call_precedes_that_calls_reply()
    {
        await using var server = new RmServer(new DelegateRpcService(async (caller, id, _, _, ct) =>
        {
            await caller.Notifications.NotifyAsync(VmStatus, new byte[] { 7 }, ct);
            return 0u;
        }));
        var vm = Connect(server, 0x80);

        await vm.SendAsync(RmMessageType.Request, 5, 0x56000004, ReadOnlyMemory<byte>.Empty);

        Assert.Equal(RmMessageType.Notification, (await vm.ReadAsync()).Header.Type);
        var reply = await vm.ReadAsync();
        Assert.Equal(RmMessageType.Reply, reply.Header.Type);
        Assert.Equal(5, reply.Header.Sequence);
    }

    [Fact]
    public async Task A_client_that_stops_reading_loses_only_its_oldest_notifications_beyond_256()
    {
        await using var server = new RmServer(DelegateRpcService.Echo());
        var vm = Connect(server, 0x80, depth: 1);
        var sink = server.GetNotificationSink(0x80);

        // Two first: one fills the one-slot queue, the writer blocks sending the other; both have left the outbox.
        await NotifyNumbered(sink, 0);
        await NotifyNumbered(sink, 1);
        await WaitUntil(() => server.PendingNotifications(0x80) == 0);

        for (var i = 2; i < 302; i++)
        {
            await NotifyNumbered(sink, i);
        }

        Assert.Equal(RmServer.MaxPendingNotifications, server.PendingNotifications(0x80));
        Assert.Equal(300 - 256, server.DroppedNotifications);
        var received = new List<int>();
        for (var i = 0; i < 2 + 256; i++)
        {
            received.Add(BinaryPrimitives.ReadUInt16LittleEndian((await vm.ReadAsync()).Payload));
        }

        Assert.Equal(new[] { 0, 1 }.Concat(Enumerable.Range(302 - 256, 256)), received);
        Assert.True(await vm.IsQuietAsync());
    }

    private static ValueTask NotifyNumbered(Gunyah.Interop.Rpc.IRpcNotificationSink sink, int number)
    {
        var payload = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(payload, (ushort)number);
        return sink.NotifyAsync(VmStatus, payload, default);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + RawRmPeer.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task The_sink_refuses_notifications_after_the_server_is_disposed()
    {
        var server = new RmServer(DelegateRpcService.Echo());
        Connect(server, 0x80);
        var sink = server.GetNotificationSink(0x80);

        await server.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sink.NotifyAsync(VmStatus, new byte[1], default).AsTask());
    }

    [Fact]
    public async Task A_removed_client_is_no_longer_served()
    {
        await using var server = new RmServer(DelegateRpcService.Echo());
        var vm = Connect(server, 0x80);

        Assert.True(await server.RemoveClientAsync(0x80));

        Assert.Throws<KeyNotFoundException>(() => server.GetNotificationSink(0x80));
        await vm.SendAsync(RmMessageType.Request, 1, 0x56000004, new byte[1]);
        Assert.True(await vm.IsQuietAsync());
        Assert.False(await server.RemoveClientAsync(0x80));
    }

    [Fact]
    public async Task Adding_the_same_vmid_twice_is_refused()
    {
        await using var server = new RmServer(DelegateRpcService.Echo());
        Connect(server, 0x80);

        Assert.Throws<ArgumentException>(() => Connect(server, 0x80));
    }
}
