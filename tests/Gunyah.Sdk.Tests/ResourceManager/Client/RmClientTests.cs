using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Tests.ResourceManager.Client;

/// <summary>The client against a hand-driven RM: request framing, reply matching, errors, cancellation, disposal.</summary>
public sealed class RmClientTests : IAsyncLifetime
{
    private const uint VmAllocate = 0x56000001;
    private const uint VmStart = 0x56000004;

    private readonly RmClient client;
    private readonly RawRmPeer rm;

    public RmClientTests()
    {
        var (vm, rmEnd) = InMemoryRmLink.Create();
        client = new RmClient(vm);
        rm = new RawRmPeer(rmEnd, RmReassemblyRole.ResourceManager);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await client.DisposeAsync();

    private Task<RpcReply> Call(uint messageId, byte[] request, CancellationToken cancellationToken = default) =>
        client.CallAsync(messageId, request, cancellationToken).AsTask().WaitAsync(RawRmPeer.Patience);

    [Fact]
    public async Task A_call_sends_one_request_and_returns_the_data_after_the_error_word()
    {
        var call = Call(VmAllocate, [1, 2, 3, 4]);

        var request = await rm.ReadAsync();
        Assert.Equal(new RmHeader(RmMessageType.Request, 0, 0, VmAllocate), request.Header);
        Assert.Equal([1, 2, 3, 4], request.Payload);

        await rm.SendReplyAsync(request.Header.Sequence, VmAllocate, 0, [0x80, 0, 0, 0]);
        using var reply = await call;
        Assert.Equal([0x80, 0, 0, 0], reply.Payload.ToArray());
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task A_reply_with_only_the_error_word_gives_an_empty_payload()
    {
        var call = Call(VmStart, [5, 0, 0, 0]);
        var request = await rm.ReadAsync();

        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0);

        using var reply = await call;
        Assert.True(reply.Payload.IsEmpty);
    }

    [Fact]
    public async Task Replies_arriving_out_of_order_reach_the_call_with_their_sequence_number()
    {
        var first = Call(VmStart, [1]);
        var firstRequest = await rm.ReadAsync();
        var second = Call(VmStart, [2]);
        var secondRequest = await rm.ReadAsync();
        Assert.NotEqual(firstRequest.Header.Sequence, secondRequest.Header.Sequence);

        await rm.SendReplyAsync(secondRequest.Header.Sequence, VmStart, 0, [22]);
        await rm.SendReplyAsync(firstRequest.Header.Sequence, VmStart, 0, [11]);

        using var secondReply = await second;
        using var firstReply = await first;
        Assert.Equal([11], firstReply.Payload.ToArray());
        Assert.Equal([22], secondReply.Payload.ToArray());
    }

    [Fact]
    public async Task A_reply_with_another_message_id_is_ignored_and_the_call_keeps_waiting()
    {
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();

        await rm.SendReplyAsync(request.Header.Sequence, VmAllocate, 0, [0xEE]);
        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0, [0x01]);

        using var reply = await call;
        Assert.Equal([0x01], reply.Payload.ToArray());
        Assert.Equal(1, client.DroppedMessages);
    }

    [Theory]
    [InlineData(GhRmError.Unimplemented, Errno.EOPNOTSUPP)]
    [InlineData(GhRmError.Nomem, Errno.ENOMEM)]
    [InlineData(GhRmError.Denied, Errno.EPERM)]
    [InlineData(GhRmError.Busy, Errno.EBUSY)]
    [InlineData(GhRmError.VmidInvalid, Errno.EINVAL)]
    [InlineData(GhRmError.VmState, Errno.EBADMSG)]
    public async Task A_non_ok_error_word_fails_the_call_with_its_code_and_errno(GhRmError code, int errno)
    {
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();

        await rm.SendReplyAsync(request.Header.Sequence, VmStart, (uint)code, [1, 2, 3]);

        var e = await Assert.ThrowsAsync<RmException>(() => call);
        Assert.Equal(code, e.Code);
        Assert.Equal(errno, e.Errno);
        Assert.Equal(VmStart, e.MessageId);
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task A_failed_reply_keeps_the_bytes_after_the_error_word_as_the_error_detail()
    {
        // VM_SET_TIME_BASE and VM_SET_FIRMWARE_MEM append the hypervisor's error code after the RM's.
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();

        await rm.SendReplyAsync(request.Header.Sequence, VmStart, (uint)GhRmError.Denied, [0x1e, 0, 0, 0]);

        var e = await Assert.ThrowsAsync<RmException>(() => call);
        Assert.Equal([0x1e, 0, 0, 0], e.ErrorDetail.ToArray());
    }

    [Fact]
    public async Task A_reply_too_short_for_the_error_word_fails_with_EBADMSG()
    {
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();

        await rm.SendAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, new byte[] { 0, 0 });

        var e = await Assert.ThrowsAsync<RmTransportException>(() => call);
        Assert.Equal(Errno.EBADMSG, e.Errno);
    }

    [Fact]
    public async Task Message_id_zero_is_refused_with_EINVAL_and_nothing_is_sent()
    {
        var e = await Assert.ThrowsAsync<RmArgumentException>(() => Call(0, [1]));

        Assert.Equal(Errno.EINVAL, e.Errno);
        Assert.True(await rm.IsQuietAsync());
    }

    [Fact]
    public async Task A_request_over_14384_bytes_is_refused_with_E2BIG_and_nothing_is_sent()
    {
        var e = await Assert.ThrowsAsync<RmArgumentException>(() => Call(VmStart, new byte[RmWire.MaxRequestPayload + 1]));

        Assert.Equal(Errno.E2BIG, e.Errno);
        Assert.Equal(0, client.PendingCount);
        Assert.True(await rm.IsQuietAsync());
    }

    [Fact]
    public async Task A_request_of_exactly_14384_bytes_is_sent_in_62_fragments()
    {
        var payload = RawRmPeer.Pattern(RmWire.MaxRequestPayload, 3);
        var call = Call(VmStart, payload);

        var request = await rm.ReadAsync();
        Assert.Equal(61, request.Header.ContinuationFragments);
        Assert.Equal(payload, request.Payload);

        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0);
        (await call).Dispose();
    }

    [Fact]
    public async Task A_cancelled_call_leaves_nothing_pending_and_its_late_reply_is_dropped()
    {
        using var cancel = new CancellationTokenSource();
        var call = Call(VmStart, [1], cancel.Token);
        var request = await rm.ReadAsync();

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(0, client.PendingCount);
        await rm.SendReplyAsync(request.Header.Sequence, VmStart, 0, [9]);
        await AssertNextCallWorksAsync();
        Assert.Equal(1, client.DroppedMessages);
    }

    [Fact]
    public async Task A_timed_out_call_leaves_nothing_pending_and_its_late_reply_is_dropped()
    {
        var (vm, rmEnd) = InMemoryRmLink.Create();
        await using var timed = new RmClient(vm, new RmClientOptions { CallTimeout = TimeSpan.FromMilliseconds(100) });
        var peer = new RawRmPeer(rmEnd, RmReassemblyRole.ResourceManager);

        var call = timed.CallAsync(VmStart, new byte[] { 1 }, CancellationToken.None).AsTask();
        var request = await peer.ReadAsync();

        var e = await Assert.ThrowsAsync<RmTimeoutException>(() => call.WaitAsync(RawRmPeer.Patience));
        Assert.Equal(VmStart, e.MessageId);
        Assert.Equal(0, timed.PendingCount);

        // Every call of this client times out quickly, so the drop is observed on the counter, not with another call.
        await peer.SendReplyAsync(request.Header.Sequence, VmStart, 0);
        var deadline = DateTime.UtcNow + RawRmPeer.Patience;
        while (timed.DroppedMessages == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        Assert.Equal(1, timed.DroppedMessages);
    }

    [Fact]
    public async Task A_call_cancelled_while_its_request_waits_for_queue_space_leaves_nothing_pending()
    {
        var (vm, _) = InMemoryRmLink.Create(depth: 1);
        await using var blocked = new RmClient(vm);
        using var cancel = new CancellationTokenSource();

        // Three fragments into a one-slot queue nobody reads: the send blocks on the second.
        var call = blocked.CallAsync(VmStart, new byte[500], cancel.Token).AsTask();
        await Task.Delay(50);
        Assert.Equal(1, blocked.PendingCount);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(RawRmPeer.Patience));
        Assert.Equal(0, blocked.PendingCount);
    }

    [Fact]
    public async Task Disposing_fails_waiting_calls_with_ObjectDisposedException_and_refuses_new_ones()
    {
        var call = Call(VmStart, [1]);
        await rm.ReadAsync();

        await client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => call);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Call(VmStart, [2]));
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task Malformed_input_is_counted_and_does_not_stop_the_receive_loop()
    {
        client.Start();
        await rm.SendRawAsync(0x21, 0x02);                                           // shorter than a header
        await rm.SendRawAsync(0x31, 0x02, 0, 0, 1, 0, 0, 0x56);                      // bad api byte
        await rm.SendFragmentAsync(RmMessageType.Reply, 0, VmStart, new byte[300], 1); // continuation with no start
        await rm.SendAsync(RmMessageType.Request, 0, VmStart, new byte[4]);          // the RM never sends requests
        await rm.SendReplyAsync(1234, VmStart, 0);                                   // no call on that seq

        await AssertNextCallWorksAsync();
        Assert.Equal(5, client.DroppedMessages);
    }

    [Fact]
    public async Task A_reply_cut_off_by_a_new_message_fails_its_call_with_EIO()
    {
        var notified = new TaskCompletionSource<uint>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.NotificationReceived += (id, _) => notified.TrySetResult(id);
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();

        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, RawRmPeer.ReplyPayload(0, new byte[500]), 0);
        await rm.SendAsync(RmMessageType.Notification, 7, 0x56100001, new byte[4]);

        var e = await Assert.ThrowsAsync<RmTransportException>(() => call);
        Assert.Equal(Errno.EIO, e.Errno);
        Assert.Equal(1, client.AbortedMessages);
        Assert.Equal(0x56100001u, await notified.Task.WaitAsync(RawRmPeer.Patience));
    }

    [Fact]
    public async Task A_continuation_of_another_message_aborts_the_reply_with_EIO()
    {
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();
        var payload = RawRmPeer.ReplyPayload(0, new byte[500]);

        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, payload, 0);
        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmAllocate, payload, 1);

        var e = await Assert.ThrowsAsync<RmTransportException>(() => call);
        Assert.Equal(Errno.EIO, e.Errno);
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task A_reply_no_call_waits_for_is_dropped_without_disturbing_the_reply_being_assembled()
    {
        var call = Call(VmStart, [1]);
        var request = await rm.ReadAsync();
        var data = RawRmPeer.Pattern(500, 3);
        var payload = RawRmPeer.ReplyPayload(0, data);

        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, payload, 0);
        await rm.SendReplyAsync((ushort)(request.Header.Sequence + 100), VmStart, 0);     // no call on that seq
        await rm.SendReplyAsync(request.Header.Sequence, VmAllocate, 0);                  // the call there is VM_START
        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, payload, 1);
        await rm.SendFragmentAsync(RmMessageType.Reply, request.Header.Sequence, VmStart, payload, 2);

        using var reply = await call;
        Assert.Equal(data, reply.Payload.ToArray());
        Assert.Equal(0, client.AbortedMessages);
        Assert.Equal(2, client.DroppedMessages);
    }

    private async Task AssertNextCallWorksAsync()
    {
        var call = Call(VmAllocate, [42]);
        var request = await rm.ReadAsync();
        await rm.SendReplyAsync(request.Header.Sequence, VmAllocate, 0, [43]);
        using var reply = await call;
        Assert.Equal([43], reply.Payload.ToArray());
    }
}
