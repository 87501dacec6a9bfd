using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Server;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;
using Gunyah.Sdk.Tests.ResourceManager.Server;

namespace Gunyah.Sdk.Tests.ResourceManager.EndToEnd;

/// <summary>RmClient and RmServer over the in-memory link: the whole RPC path both ways.</summary>
public class RmRoundTripTests
{
    private const uint Vmid = 3;
    private const uint VmStart = 0x56000004;

    private static async Task<RpcReply> Call(RmClient client, uint id, byte[] request) =>
        await client.CallAsync(id, request, CancellationToken.None).AsTask().WaitAsync(RawRmPeer.Patience);

    private static (RmServer Server, RmClient Client) Connect(IRpcService service, RmClientOptions? options = null)
    {
        var (vm, rm) = InMemoryRmLink.Create();
        var server = new RmServer(service);
        server.AddClient(Vmid, rm);
        return (server, new RmClient(vm, options));
    }

    [Fact]
    public async Task A_5000_byte_request_and_5000_byte_reply_cross_in_fragments_intact()
    {
        var (server, client) = Connect(DelegateRpcService.Echo());
        await using var _ = server;
        await using var __ = client;
        var request = RawRmPeer.Pattern(5000, 11);

        using var reply = await Call(client, VmStart, request);

        Assert.Equal(DelegateRpcService.Expected(VmStart, request), reply.Payload.ToArray());
    }

    [Fact]
    public async Task An_id_the_service_does_not_know_fails_with_UNIMPLEMENTED_and_EOPNOTSUPP()
    {
        var (server, client) = Connect(new DelegateRpcService((_, _, _, _, _) => ValueTask.FromResult((uint)GhRmError.Unimplemented)));
        await using var _ = server;
        await using var __ = client;

        var e = await Assert.ThrowsAsync<RmException>(() => Call(client, 0x5600BEEF, []));

        Assert.Equal(GhRmError.Unimplemented, e.Code);
        Assert.Equal(Errno.EOPNOTSUPP, e.Errno);
        Assert.Equal(0x5600BEEFu, e.MessageId);
    }

    [Fact]
    public async Task A_notification_the_handler_sends_reaches_the_callers_event_before_the_reply()
    {
        var (server, client) = Connect(new DelegateRpcService(async (caller, _, _, _, ct) =>
        {
            await caller.Notifications.NotifyAsync(0x56100008, new byte[] { (byte)caller.ClientId }, ct);
            return 0u;
        }));
        await using var _ = server;
        await using var __ = client;
        byte? seen = null;
        client.NotificationReceived += (_, payload) => seen = payload[0];

        (await Call(client, VmStart, [])).Dispose();

        Assert.Equal((byte)Vmid, seen);
    }

    [Fact]
    public async Task A_reply_after_the_client_gave_up_is_dropped_and_the_next_call_succeeds()
    {
        var late = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (server, client) = Connect(
            new DelegateRpcService(async (_, id, request, reply, ct) =>
            {
                if (id == 1)
                {
                    await late.Task.WaitAsync(ct);
                }

                DelegateRpcService.WriteEcho(id, request.Span, reply);
                return 0u;
            }),
            new RmClientOptions { CallTimeout = TimeSpan.FromMilliseconds(500) });
        await using var _ = server;
        await using var __ = client;

        await Assert.ThrowsAsync<RmTimeoutException>(() => Call(client, 1, [1]));
        Assert.Equal(0, client.PendingCount);
        late.SetResult();

        var deadline = DateTime.UtcNow + RawRmPeer.Patience;
        while (client.DroppedMessages == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the late reply never arrived");
            await Task.Delay(10);
        }

        using var next = await Call(client, 2, [2]);
        Assert.Equal(DelegateRpcService.Expected(2, [2]), next.Payload.ToArray());
        Assert.Equal(1, client.DroppedMessages);
    }
}
