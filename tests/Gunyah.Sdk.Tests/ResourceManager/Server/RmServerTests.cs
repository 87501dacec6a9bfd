using Gunyah.Sdk.ResourceManager.Protocol;
using System.Buffers;
using System.Buffers.Binary;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

/// <summary>The server against a hand-driven VM: dispatch, reply framing, status handling, per-client serialisation.</summary>
public class RmServerTests
{
    private const uint Vmid = 0x80;
    private const uint VmStart = 0x56000004;

    private static (RmServer Server, RawRmPeer Vm) Serve(IRpcService service, uint vmid = Vmid, int depth = 8)
    {
        var server = new RmServer(service);
        return (server, Connect(server, vmid, depth));
    }

    private static RawRmPeer Connect(RmServer server, uint vmid, int depth = 8)
    {
        var (vm, rm) = InMemoryRmLink.Create(depth);
        server.AddClient(vmid, rm);
        return new RawRmPeer(vm, RmReassemblyRole.Linux);
    }

    private static DelegateRpcService Returning(uint status, int dataLength = 0) => new((_, _, _, reply, _) =>
    {
        reply.Write(RawRmPeer.Pattern(dataLength, 1));
        return ValueTask.FromResult(status);
    });

    [Fact]
    public async Task A_reply_echoes_the_requests_seq_and_id_and_starts_with_the_status_word()
    {
        var (server, vm) = Serve(DelegateRpcService.Echo());
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 77, VmStart, new byte[] { 1, 2, 3 });

        var reply = await vm.ReadAsync();
        Assert.Equal(new RmHeader(RmMessageType.Reply, 0, 77, VmStart), reply.Header);
        Assert.Equal(0u, reply.ErrorWord);
        Assert.Equal(DelegateRpcService.Expected(VmStart, [1, 2, 3]), reply.ReplyData);
    }

    [Fact]
    public async Task A_non_ok_status_is_sent_with_what_the_service_wrote_as_its_detail()
    {
        // The RM appends the hypervisor's error code after a few calls' error words; a service that writes nothing
        // (every generated handler without ErrorDetail) sends the error word alone.
        var (server, vm) = Serve(Returning((uint)GhRmError.Busy, dataLength: 10));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 1, VmStart, new byte[4]);

        var reply = await vm.ReadAsync();
        Assert.Equal((uint)GhRmError.Busy, reply.ErrorWord);
        Assert.Equal(4 + 10, reply.Payload.Length);
    }

    [Fact]
    public async Task A_service_that_throws_after_writing_sends_MSG_INVALID_alone()
    {
        var (server, vm) = Serve(new DelegateRpcService((_, _, _, reply, _) =>
        {
            reply.GetSpan(8).Clear();
            reply.Advance(8);
            throw new InvalidOperationException("handler bug");
        }));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 1, VmStart, new byte[4]);

        var answer = await vm.ReadAsync();
        Assert.Equal((uint)GhRmError.Invalid, answer.ErrorWord);
        Assert.Equal(4, answer.Payload.Length);
    }

    [Fact]
    public async Task The_services_UNIMPLEMENTED_for_an_unknown_id_reaches_the_client_unchanged()
    {
        var (server, vm) = Serve(new DelegateRpcService((_, id, _, _, _) =>
            ValueTask.FromResult(id == VmStart ? 0u : (uint)GhRmError.Unimplemented)));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 1, 0x5600DEAD, ReadOnlyMemory<byte>.Empty);

        Assert.Equal(0xFFFFFFFFu, (await vm.ReadAsync()).ErrorWord);
    }

    [Fact]
    public async Task Only_request_messages_reach_the_service()
    {
        var calls = 0;
        var (server, vm) = Serve(new DelegateRpcService((_, _, _, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return ValueTask.FromResult(0u);
        }));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Reply, 1, VmStart, new byte[4]);
        await vm.SendAsync(RmMessageType.Notification, 2, VmStart, new byte[4]);
        await vm.SendFragmentAsync(RmMessageType.Request, 3, VmStart, new byte[300], 1); // continuation, no start
        await vm.SendAsync(RmMessageType.Request, 4, VmStart, new byte[4]);

        var reply = await vm.ReadAsync();
        Assert.Equal(4, reply.Header.Sequence);
        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.Equal(3, server.DroppedMessages);
    }

    [Fact]
    public async Task A_partial_request_superseded_by_a_new_one_is_discarded_and_the_new_one_served()
    {
        var (server, vm) = Serve(DelegateRpcService.Echo());
        await using var _ = server;

        await vm.SendFragmentAsync(RmMessageType.Request, 1, VmStart, new byte[500], 0);
        await vm.SendAsync(RmMessageType.Request, 2, VmStart, new byte[] { 9 });

        var reply = await vm.ReadAsync();
        Assert.Equal(2, reply.Header.Sequence);
        Assert.Equal(1, server.DroppedMessages);
    }

    [Fact]
    public async Task One_clients_requests_are_handled_one_at_a_time_in_arrival_order()
    {
        int active = 0, maxActive = 0;
        var (server, vm) = Serve(new DelegateRpcService(async (_, id, request, reply, ct) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref active);
            DelegateRpcService.WriteEcho(id, request.Span, reply);
            return 0u;
        }));
        await using var _ = server;

        for (ushort seq = 10; seq < 14; seq++)
        {
            await vm.SendAsync(RmMessageType.Request, seq, VmStart, new byte[] { (byte)seq });
        }

        for (ushort seq = 10; seq < 14; seq++)
        {
            Assert.Equal(seq, (await vm.ReadAsync()).Header.Sequence);
        }

        Assert.Equal(1, Volatile.Read(ref maxActive));
    }

    [Fact]
    public async Task Each_client_is_named_by_its_vmid_and_served_independently()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new RmServer(new DelegateRpcService(async (caller, _, _, reply, ct) =>
        {
            if (caller.ClientId == 0x81)
            {
                await release.Task.WaitAsync(ct);
            }

            BinaryPrimitives.WriteUInt32LittleEndian(reply.GetSpan(4), caller.ClientId);
            reply.Advance(4);
            return 0u;
        }));
        await using var _ = server;
        var slow = Connect(server, 0x81);
        var fast = Connect(server, 0x82);

        await slow.SendAsync(RmMessageType.Request, 1, VmStart, ReadOnlyMemory<byte>.Empty);
        await fast.SendAsync(RmMessageType.Request, 1, VmStart, ReadOnlyMemory<byte>.Empty);

        Assert.Equal(0x82u, BinaryPrimitives.ReadUInt32LittleEndian((await fast.ReadAsync()).ReplyData));
        release.SetResult();
        Assert.Equal(0x81u, BinaryPrimitives.ReadUInt32LittleEndian((await slow.ReadAsync()).ReplyData));
    }

    [Fact]
    public async Task A_service_that_throws_is_answered_with_MSG_INVALID()
    {
        var (server, vm) = Serve(new DelegateRpcService((_, _, _, _, _) => throw new InvalidOperationException("bug")));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 1, VmStart, new byte[4]);

        Assert.Equal((uint)GhRmError.Invalid, (await vm.ReadAsync()).ErrorWord);
    }

    [Fact]
    public async Task Reply_data_of_14612_bytes_is_sent_in_63_fragments_and_more_becomes_NOMEM()
    {
        const int largest = RmWire.MaxPayload - RmWire.ErrorWordSize;
        var (server, vm) = Serve(new DelegateRpcService((_, id, _, reply, _) =>
        {
            reply.Write(RawRmPeer.Pattern(id == 1 ? largest : largest + 1, 5));
            return ValueTask.FromResult(0u);
        }));
        await using var _ = server;

        await vm.SendAsync(RmMessageType.Request, 1, 1, ReadOnlyMemory<byte>.Empty);
        var fits = await vm.ReadAsync();
        Assert.Equal(RmWire.MaxContinuationFragments, fits.Header.ContinuationFragments);
        Assert.Equal(RawRmPeer.Pattern(largest, 5), fits.ReplyData);

        await vm.SendAsync(RmMessageType.Request, 2, 2, ReadOnlyMemory<byte>.Empty);
        var tooBig = await vm.ReadAsync();
        Assert.Equal((uint)GhRmError.Nomem, tooBig.ErrorWord);
        Assert.Equal(4, tooBig.Payload.Length);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
