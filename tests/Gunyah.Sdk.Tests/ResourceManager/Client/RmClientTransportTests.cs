using System.Collections.Concurrent;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Client;

/// <summary>How the client uses its queues: whole messages under one lock, and failure of the receive queue.</summary>
public class RmClientTransportTests
{
    [Fact]
    public async Task Fragments_of_concurrent_requests_never_interleave()
    {
        var (vm, rmEnd) = InMemoryRmLink.Create(depth: 2);
        await using var client = new RmClient(vm);
        var rm = new RawRmPeer(rmEnd, RmReassemblyRole.ResourceManager);

        // Eight five-fragment requests race for a two-slot queue; the RM must still read eight whole messages.
        var calls = Enumerable.Range(0, 8)
            .Select(i => client.CallAsync(0x100u + (uint)i, RawRmPeer.Pattern(1000, i), CancellationToken.None).AsTask())
            .ToArray();
        var requests = new List<RawMessage>();
        for (var i = 0; i < calls.Length; i++)
        {
            requests.Add(await rm.ReadAsync());
        }

        foreach (var request in requests)
        {
            var index = (int)(request.Header.MessageId - 0x100);
            Assert.Equal(RawRmPeer.Pattern(1000, index), request.Payload);
            await rm.SendReplyAsync(request.Header.Sequence, request.Header.MessageId, 0, [(byte)index]);
        }

        for (var i = 0; i < calls.Length; i++)
        {
            using var reply = await calls[i].WaitAsync(RawRmPeer.Patience);
            Assert.Equal([(byte)i], reply.Payload.ToArray());
        }

        Assert.Equal(8, requests.Select(r => r.Header.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task A_failed_receive_queue_fails_waiting_and_later_calls_with_EIO()
    {
        var (vm, rmEnd) = InMemoryRmLink.Create();
        var breakable = new BreakableQueue(vm.Receive);
        await using var client = new RmClient(vm with { Receive = breakable });
        var rm = new RawRmPeer(rmEnd, RmReassemblyRole.ResourceManager);
        var call = client.CallAsync(0x56000004, new byte[] { 1 }, CancellationToken.None).AsTask();
        await rm.ReadAsync();

        breakable.Break();

        var e = await Assert.ThrowsAsync<RmTransportException>(() => call.WaitAsync(RawRmPeer.Patience));
        Assert.Equal(Errno.EIO, e.Errno);
        var later = await Assert.ThrowsAsync<RmTransportException>(
            () => client.CallAsync(0x56000004, new byte[] { 1 }, CancellationToken.None).AsTask().WaitAsync(RawRmPeer.Patience));
        Assert.Equal(Errno.EIO, later.Errno);
        Assert.Equal(0, client.PendingCount);
    }

    /// <summary>A receive queue that fails on demand, as a hypercall error would.</summary>
    private sealed class BreakableQueue(IRmMessageQueue inner) : IRmMessageQueue
    {
        private readonly TaskCompletionSource broken = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Break() => broken.TrySetResult();

        public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            await broken.Task.WaitAsync(cancellationToken);
            throw new IOException("msgqueue_receive failed");
        }

        public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) => inner.SendAsync(message, cancellationToken);

        public bool TrySend(ReadOnlySpan<byte> message) => inner.TrySend(message);

        public bool TryReceive(Span<byte> buffer, out int length) => inner.TryReceive(buffer, out length);
    }
}
