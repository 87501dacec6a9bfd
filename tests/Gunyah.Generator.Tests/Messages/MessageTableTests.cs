namespace Gunyah.Generator.Tests.Messages;

/// <summary>The messages class: id constants, descriptors, lookup and the trace formatter.</summary>
public class MessageTableTests
{
    private static readonly byte[] MemShare = ProtocolProbes.Call<byte[]>("EncodeMemShare");

    [Fact]
    public void Ids_are_constants_named_and_CNamed_after_their_id_macros()
    {
        var messages = ProtocolProbes.Assembly.GetType("Test.Proto.TmMessages", throwOnError: true)!;
        var field = messages.GetField("TM_RPC_VM_ALLOC")!;

        Assert.True(field.IsLiteral);
        Assert.Equal(0x56000001u, field.GetRawConstantValue());
        Assert.Equal("TM_RPC_VM_ALLOC", Infrastructure.StructProbe.CName(field));
        Assert.Equal(0x56100080u, messages.GetField("TM_NOTIF_VM_CONSOLE")!.GetRawConstantValue());
    }

    [Fact]
    public void Descriptors_list_every_message_and_are_found_by_id()
    {
        Assert.Equal("TM_CALL_VM_ALLOC = 0x56000001 (Call)|struct tm_vm_alloc_req|struct tm_vm_alloc_resp", ProtocolProbes.Call<string>("Find", 0x56000001u));
        Assert.Equal("TM_CALL_GET_RESOURCES = 0x56000020 (Call)||struct tm_get_resources_resp", ProtocolProbes.Call<string>("Find", 0x56000020u));
        Assert.Equal("TM_NOTIFICATION_VM_CONSOLE = 0x56100080 (Notification)|struct tm_vm_console_notif|", ProtocolProbes.Call<string>("Find", 0x56100080u));
        Assert.Equal("none", ProtocolProbes.Call<string>("Find", 0x12345678u));

        var all = (IReadOnlyList<Gunyah.Interop.Rpc.MessageDescriptor>)ProtocolProbes.Assembly.GetType("Test.Proto.TmMessages")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(8, all.Count);
        Assert.Equal("TM_RPC_MEM_SHARE", all[1].IdName);
    }

    [Fact]
    public void Fixed_payloads_print_with_C_member_names()
    {
        Assert.Equal("{ vmid = 0x7, reserved = 0 }", Format(0x56000001, false, [7, 0, 0, 0]));
        Assert.Equal(
            "{ vmid = 0x1234, reserved = 0, state = Running, token = 0x102030405060708 }",
            Format(0x56000001, true, ProtocolProbes.Call<byte[]>("EncodeAllocResp")));
    }

    [Fact]
    public void Lists_print_their_entries_and_tails_print_as_hex()
    {
        Assert.Equal(
            "{ mem_type = 0x1, reserved0 = 0, flags = 0x2, reserved1 = 0, label = 0x11223344, acl = { n_entries = 0x1, reserved = 0 }, " +
            "sgl = { n_entries = 0x1, reserved = 0 }, attrs = { n_entries = 0x2, reserved = 0 } } " +
            "acl.entries = [{ vmid = 0x3, rights = 0x6, reserved = 0 }] sgl.entries = [{ ipa = 0x80000000, size = 0x1000 }] " +
            "attrs.entries = [{ attr = 0x1, vmid = 0x3 }, { attr = 0x2, vmid = 0x4 }]",
            Format(0x51000003, false, MemShare));
        Assert.Equal(
            "{ flags = 0xaabbccdd, peers = { n_vmids = 0x2 }, after = 0x1020304 } peers.vmids = [0x5, 0x6]",
            Format(0x56000031, false, ProtocolProbes.Call<byte[]>("EncodeSetPeers", new ushort[] { 5, 6 })));
        Assert.Equal("{ vmid = 0x9, num_bytes = 0x3 } data = 0x616263", Format(0x56100080, false, [9, 0, 3, 0, 0x61, 0x62, 0x63]));
        Assert.Equal("{ vmid = 0x9, num_bytes = 0x3 } data = 0x616263", Format(0x56100080, true, [9, 0, 3, 0, 0x61, 0x62, 0x63]));
    }

    [Fact]
    public void Void_payloads_unknown_ids_and_invalid_bytes_never_throw()
    {
        Assert.Equal("{ }", Format(0x56000020, false, []));
        Assert.Equal("invalid payload: 1 bytes are not a valid void: 0x01", Format(0x56000020, false, [1]));
        Assert.Equal("unknown message 0x12345678: 0x0102", Format(0x12345678, false, [1, 2]));
        Assert.Equal("invalid payload: 3 bytes are not a valid struct tm_vm_alloc_resp: 0x010203", Format(0x56000001, true, [1, 2, 3]));
        Assert.StartsWith("invalid payload: 47 bytes are not a valid struct tm_mem_share_req", Format(0x51000003, false, MemShare[..47]), StringComparison.Ordinal);
    }

    private static string Format(uint id, bool isReply, byte[] payload) => ProtocolProbes.Call<string>("Format", id, isReply, payload);
}
