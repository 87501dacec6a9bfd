using System.Buffers;
using Gunyah.Interop.Rpc;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>The generated dispatcher over a probe handler, and the typed notification senders.</summary>
public class MessageServerTests
{
    private const uint InvalidMessage = 4;
    private const uint Unimplemented = 0xFFFFFFFF;

    private readonly List<string> log = [];
    private readonly IRpcService dispatcher;

    public MessageServerTests() => dispatcher = ProtocolProbes.Call<IRpcService>("Dispatcher", log);

    [Fact]
    public async Task A_call_is_decoded_handled_and_its_reply_encoded()
    {
        var (status, reply) = await Handle(0x56000001, [7, 0, 0, 0]);

        Assert.Equal(0u, status);
        Assert.Equal(ProtocolProbes.Call<byte[]>("EncodeAllocResp"), reply);
        Assert.Equal(["alloc 5 7"], log);
    }

    [Fact]
    public async Task Members_of_unnamed_struct_types_are_decoded_through_their_nested_codec()
    {
        var (status, _) = await Handle(0x56000032, [1, 0, 2, 0, 3, 0, 0, 0]);

        Assert.Equal(0u, status);
        Assert.Equal(["pair 1 2 3"], log);
    }

    [Fact]
    public async Task A_handler_status_is_answered_without_a_reply()
    {
        var (status, reply) = await Handle(0x56000001, [0, 0, 0, 0]);
        var (resetStatus, _) = await Handle(0x56000009, [0, 0, 0, 0]);

        Assert.Equal((0x10u, 0), (status, reply.Length));
        Assert.Equal(0x11u, resetStatus);
    }

    [Fact]
    public async Task A_request_that_does_not_decode_gets_the_invalid_message_status()
    {
        Assert.Equal(InvalidMessage, (await Handle(0x56000001, [7, 0, 0])).Status);
        Assert.Equal(InvalidMessage, (await Handle(0x56000001, [7, 0, 0, 0, 0])).Status);
        Assert.Equal(InvalidMessage, (await Handle(0x56000020, [1])).Status);
        Assert.Equal(InvalidMessage, (await Handle(0x51000003, ProtocolProbes.Call<byte[]>("EncodeMemShare")[..47])).Status);
        Assert.Empty(log);
    }

    [Fact]
    public async Task Unknown_ids_and_notification_ids_are_unimplemented()
    {
        Assert.Equal(Unimplemented, (await Handle(0x12345678, [])).Status);
        Assert.Equal(Unimplemented, (await Handle(0x56100080, [9, 0, 0, 0])).Status);
    }

    [Fact]
    public async Task List_requests_reach_the_handler_as_owned_payloads_and_list_replies_are_encoded()
    {
        var (status, reply) = await Handle(0x51000003, ProtocolProbes.Call<byte[]>("EncodeMemShare"));
        Assert.Equal(0u, status);
        Assert.Equal([0x77, 0, 0, 0], reply);

        var (peersStatus, peersReply) = await Handle(0x56000031, ProtocolProbes.Call<byte[]>("EncodeSetPeers", new ushort[] { 5, 6 }));
        Assert.Equal((0u, 0), (peersStatus, peersReply.Length));

        var (resourcesStatus, resources) = await Handle(0x56000020, []);
        Assert.Equal(0u, resourcesStatus);
        Assert.Equal(ProtocolProbes.Call<byte[]>("EncodeResources"), resources);
        Assert.Equal(["share 11223344 1 1 2", "peers 5,6", "resources"], log);
    }

    [Fact]
    public async Task Notification_senders_encode_the_payload_for_the_sink()
    {
        var sink = new FakeNotificationSink();

        Assert.Equal("sent", await ProtocolProbes.CallAsync<string>("SendConsole", sink));

        var sent = Assert.Single(sink.Sent);
        Assert.Equal(0x56100080u, sent.Id);
        Assert.Equal([9, 0, 3, 0, 0x61, 0x62, 0x63], sent.Payload);
    }

    private async Task<(uint Status, byte[] Reply)> Handle(uint id, byte[] request)
    {
        var writer = new ArrayBufferWriter<byte>();
        var status = await dispatcher.HandleAsync(new RpcCaller(5, new FakeNotificationSink()), id, request, writer, CancellationToken.None);
        return (status, writer.WrittenSpan.ToArray());
    }
}
