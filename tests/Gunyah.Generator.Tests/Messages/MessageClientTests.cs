namespace Gunyah.Generator.Tests.Messages;

/// <summary>The typed client through a fake channel: request bytes, reply decoding, failures, notifications.</summary>
public class MessageClientTests
{
    [Fact]
    public async Task A_fixed_call_sends_the_encoded_request_and_decodes_the_reply()
    {
        var channel = new FakeRpcChannel(ProtocolProbes.Call<byte[]>("EncodeAllocResp"));

        var reply = await ProtocolProbes.CallAsync<string>("ClientVmAlloc", channel);

        Assert.Equal("{ vmid = 0x1234, reserved = 0, state = Running, token = 0x102030405060708 }", reply);
        var call = Assert.Single(channel.Calls);
        Assert.Equal(0x56000001u, call.Id);
        Assert.Equal([7, 0, 0, 0], call.Request);
        Assert.Equal(1, channel.Disposed);
    }

    [Fact]
    public async Task A_call_with_lists_sends_them_with_their_counts()
    {
        var channel = new FakeRpcChannel([0x77, 0, 0, 0]);

        Assert.Equal("77", await ProtocolProbes.CallAsync<string>("ClientMemShare", channel));
        Assert.Equal(0x51000003u, channel.Calls[0].Id);
        Assert.Equal(ProtocolProbes.Call<byte[]>("EncodeMemShare"), channel.Calls[0].Request);
    }

    [Fact]
    public async Task A_void_request_sends_nothing_and_a_list_reply_becomes_an_owned_payload()
    {
        var channel = new FakeRpcChannel(ProtocolProbes.Call<byte[]>("EncodeResources"));

        Assert.Equal("2;1,2", await ProtocolProbes.CallAsync<string>("ClientGetResources", channel));
        Assert.Empty(channel.Calls[0].Request);
    }

    [Fact]
    public async Task A_void_reply_must_be_empty()
    {
        var channel = new FakeRpcChannel([]);

        Assert.Equal("done", await ProtocolProbes.CallAsync<string>("ClientVmReset", channel));
        Assert.Equal([8, 0, 0, 0], channel.Calls[0].Request);

        channel.Reply = [1];
        await Assert.ThrowsAsync<Gunyah.Interop.Rpc.RpcDecodeException>(() => ProtocolProbes.CallAsync<string>("ClientVmReset", channel));
    }

    [Fact]
    public async Task A_reply_that_does_not_decode_is_a_typed_exception_naming_the_message()
    {
        var channel = new FakeRpcChannel([1, 2, 3]);

        Assert.Equal("TM_CALL_VM_ALLOC|56000001|struct tm_vm_alloc_resp|3", await ProtocolProbes.CallAsync<string>("ClientExpectingFailure", channel));
        Assert.Equal(1, channel.Disposed);
    }

    [Fact]
    public void Notifications_become_typed_events_until_the_client_is_disposed()
    {
        var source = new FakeNotificationSource();
        var log = new List<string>();
        var client = ProtocolProbes.Call<IDisposable>("Subscribe", source, log);

        source.Raise(0x56100080, [9, 0, 3, 0, 0x61, 0x62, 0x63]);
        source.Raise(0x56100080, [9, 0, 3]);
        source.Raise(0x12345678, [1]);
        client.Dispose();

        Assert.Equal(["console 9 616263", "failed TM_NOTIFICATION_VM_CONSOLE 3"], log);
        Assert.False(source.HasSubscribers);
    }

    [Fact]
    public void Notification_events_are_CNamed_after_their_message_macro()
    {
        var client = ProtocolProbes.Assembly.GetType("Test.Proto.TmClient", throwOnError: true)!;

        Assert.Equal("TM_NOTIFICATION_VM_CONSOLE", Infrastructure.StructProbe.CName(client.GetEvent("VmConsoleReceived")!));
    }
}
