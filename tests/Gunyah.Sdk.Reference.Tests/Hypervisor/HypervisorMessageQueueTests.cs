using System.Buffers;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Server;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>The IRmMessageQueue adapter, alone and carrying the RM protocol client and server between VM 3 and VM 0xFF.</summary>
public class HypervisorMessageQueueTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly ReferenceHypervisor hyp = new();
    private readonly HypervisorVm host, rm;

    public HypervisorMessageQueueTests()
    {
        host = hyp.NewVm(ReferenceHypervisor.HlosVmid);
        rm = hyp.NewVm(ReferenceHypervisor.RmVmid);
    }

    private HypervisorRmChannel Link(int depth = 8) => HypervisorRmLink.Create(hyp, host, 960, 961, rm, 970, 971, depth);

    [Fact]
    public void The_link_gives_each_VM_its_own_caps_and_binds_four_vIRQs()
    {
        var link = Link();
        Assert.Equal(2, hyp.Counters.Objects);
        Assert.Equal(4, hyp.Counters.Capabilities);
        Assert.Equal(4, hyp.Counters.VirqBindings);
        Assert.Equal(4, new[] { link.ClientTxCapId, link.ClientRxCapId, link.ServerTxCapId, link.ServerRxCapId }.Distinct().Count());
        Assert.Equal(8, link.ToServer.Depth);
        Assert.Equal(240, link.ToClient.MaxMessageSize);
    }

    [Fact]
    public void TrySend_and_TryReceive_are_single_hypercalls()
    {
        var link = Link(depth: 2);
        Assert.True(link.Client.Transmit.TrySend([1, 2]));
        Assert.True(link.Client.Transmit.TrySend([3]));
        Assert.False(link.Client.Transmit.TrySend([4]));
        var buffer = new byte[240];
        Assert.True(link.Server.Receive.TryReceive(buffer, out var length));
        Assert.Equal(2, length);
        Assert.True(link.Server.Receive.TryReceive(buffer, out length));
        Assert.False(link.Server.Receive.TryReceive(buffer, out _));
        Assert.Throws<ArgumentException>(() => link.Client.Transmit.TrySend([]));
        Assert.Throws<ArgumentException>(() => link.Client.Transmit.TrySend(new byte[241]));
    }

    [Fact]
    public void A_too_small_buffer_throws_and_the_message_stays()
    {
        var link = Link();
        link.Client.Transmit.TrySend([1, 2, 3]);
        Assert.Throws<ArgumentException>(() => link.Server.Receive.TryReceive(new byte[2], out _));
        Assert.True(link.Server.Receive.TryReceive(new byte[3], out var length));
        Assert.Equal(3, length);
    }

    [Fact]
    public async Task SendAsync_waits_on_the_not_full_vIRQ()
    {
        var link = Link(depth: 1);
        await link.Client.Transmit.SendAsync(new byte[] { 1 });
        var second = link.Client.Transmit.SendAsync(new byte[] { 2 }).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        var buffer = new byte[240];
        Assert.Equal(1, await link.Server.Receive.ReceiveAsync(buffer));
        await second.WaitAsync(Timeout);
        Assert.True(link.Server.Receive.TryReceive(buffer, out _));
        Assert.Equal(2, buffer[0]);
    }

    [Fact]
    public async Task ReceiveAsync_waits_on_the_not_empty_vIRQ()
    {
        var link = Link();
        var buffer = new byte[240];
        var receive = link.Client.Receive.ReceiveAsync(buffer).AsTask();
        await Task.Delay(50);
        Assert.False(receive.IsCompleted);
        link.Server.Transmit.TrySend([7, 7]);
        Assert.Equal(2, await receive.WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_cancelled_wait_takes_nothing()
    {
        var link = Link();
        using var cts = new CancellationTokenSource();
        var receive = link.Client.Receive.ReceiveAsync(new byte[240], cts.Token).AsTask();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receive.WaitAsync(Timeout));
        link.Server.Transmit.TrySend([5]);
        Assert.True(link.Client.Receive.TryReceive(new byte[240], out _));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await link.Client.Receive.ReceiveAsync(new byte[240], new CancellationToken(true)));
    }

    [Fact]
    public async Task A_revoked_cap_surfaces_as_an_IOException()
    {
        var link = Link();
        Assert.Equal(HypError.Ok, hyp.Revoke(host, link.ClientTxCapId));
        await Assert.ThrowsAsync<IOException>(async () => await link.Client.Transmit.SendAsync(new byte[] { 1 }));
    }

    [Fact]
    public async Task The_steady_path_allocates_nothing()
    {
        var link = Link();
        var message = new byte[240];
        var buffer = new byte[240];
        for (var i = 0; i < 100; i++)
        {
            await link.Client.Transmit.SendAsync(message);
            await link.Server.Receive.ReceiveAsync(buffer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var send = link.Client.Transmit.SendAsync(message);
            Assert.True(send.IsCompletedSuccessfully);
            var receive = link.Server.Receive.ReceiveAsync(buffer);
            Assert.True(receive.IsCompletedSuccessfully);
            link.Client.Transmit.TrySend(message);
            link.Server.Receive.TryReceive(buffer, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(232)]
    [InlineData(233)]
    [InlineData(5000)]
    [InlineData(14384)]
    public async Task RM_calls_complete_over_hypervisor_queues_fragmented_or_not(int size)
    {
        var link = Link();
        await using var server = new RmServer(new EchoService());
        server.AddClient(ReferenceHypervisor.HlosVmid, link.Server);
        await using var client = new RmClient(link.Client);

        var request = Pattern(size);
        using var reply = await client.CallAsync(0x56000004, request, default).AsTask().WaitAsync(Timeout);

        Assert.Equal(EchoService.Expected(request), reply.Payload.ToArray());
    }

    [Fact]
    public async Task Concurrent_calls_and_large_notifications_share_a_depth_2_channel()
    {
        var link = Link(depth: 2);
        await using var server = new RmServer(new EchoService());
        server.AddClient(ReferenceHypervisor.HlosVmid, link.Server);
        await using var client = new RmClient(link.Client);
        var notes = new List<byte[]>();
        var allNotes = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.NotificationReceived += (id, payload) =>
        {
            lock (notes)
            {
                notes.Add(payload.ToArray());
                if (notes.Count == 3)
                    allNotes.TrySetResult();
            }
        };
        client.Start();

        var calls = Enumerable.Range(1, 8).Select(async i =>
        {
            var request = Pattern(i * 700);
            using var reply = await client.CallAsync(0x56000010u + (uint)i, request, default);
            Assert.Equal(EchoService.Expected(request), reply.Payload.ToArray());
        }).ToArray();
        var sink = server.GetNotificationSink(ReferenceHypervisor.HlosVmid);
        for (var i = 0; i < 3; i++)
            await sink.NotifyAsync(0x56100008, Pattern(1000 + i), default);

        await Task.WhenAll(calls).WaitAsync(Timeout);
        await allNotes.Task.WaitAsync(Timeout);
        Assert.Equal([Pattern(1000), Pattern(1001), Pattern(1002)], notes);
    }

    private static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
            bytes[i] = (byte)(i * 7 + length);
        return bytes;
    }

    /// <summary>Replies OK with the request reversed.</summary>
    private sealed class EchoService : IRpcService
    {
        public static byte[] Expected(byte[] request) => request.Reverse().ToArray();

        public ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken)
        {
            var span = reply.GetSpan(request.Length);
            request.Span.CopyTo(span);
            span[..request.Length].Reverse();
            reply.Advance(request.Length);
            return ValueTask.FromResult(0u);
        }
    }
}
