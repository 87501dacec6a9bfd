using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Tests.ResourceManager.Client;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// docs/rm-protocol.md "Short payloads, empty lists and conditional replies": rule 1 (a payload may end at its
/// start or exactly where a counted list's header starts; what is missing decodes as zero/empty) and rule 2 (an
/// empty, all-zero-header, u16-counted 4-byte-header list that ends the payload is left off when encoding).
/// The lists that keep their header when empty (u32-counted, the 2-byte VM_AUTH_IMAGE list) are pinned too.
/// </summary>
public class ShortPayloadRuleTests
{
    [Fact]
    public void MEM_LEND_with_an_empty_attribute_list_leaves_the_list_off_the_wire()
    {
        // Golden from the fact sheet plus rule 2: 8 fixed + ACL (4 + 4) + SGL (4 + 16) = 36 bytes, no attr header.
        var length = GhRmMemShareReq.GetEncodedLength(1, 1, 0);
        var bytes = new byte[Math.Max(length, 64)];

        var written = GhRmMemShareReq.Encode(bytes, GoldenVectorTests.MemLendFixed, GoldenVectorTests.MemLendAcl, GoldenVectorTests.MemLendSgl, []);

        Assert.Equal(36, length);
        Assert.Equal(GoldenVectorTests.MemLendOneEntryPrefix, bytes[..written]);
    }

    [Fact]
    public void A_MEM_LEND_payload_ending_where_the_attribute_list_starts_decodes_with_no_attributes()
    {
        Assert.True(GhRmMemShareReqReader.TryRead(GoldenVectorTests.MemLendOneEntryPrefix, out var reader));

        Assert.Equal(1, reader.Acl.Count);
        Assert.Equal(1, reader.Sgl.Count);
        Assert.Equal(0, reader.Attrs.Count);
    }

    [Fact]
    public void A_MEM_LEND_payload_ending_inside_the_attribute_list_header_is_malformed()
    {
        byte[] cut = [.. GoldenVectorTests.MemLendOneEntryPrefix, 0x00, 0x00];

        Assert.False(GhRmMemShareReqReader.TryRead(cut, out _));
    }

    [Fact]
    public async Task An_empty_VM_ALLOC_VMID_reply_gives_the_typed_client_vmid_0()
    {
        // RM sends the u32 only when the request asked for vmid 0; otherwise the reply is the bare error word.
        var reply = await CallAgainstBareOkReply(client => client.VmAllocVmidAsync(new GhRmVmAllocVmidReq { Vmid = 0x45 }));

        Assert.Equal(0u, reply.Vmid);
    }

    [Fact]
    public void VM_IRQ_NOTIFY_without_vmids_is_the_8_bytes_RM_requires()
    {
        var request = new GhRmVmIrqNotifyReq { Handle = 0x10, Flags = 2 };
        var bytes = new byte[16];

        var written = GhRmVmIrqNotifyReq.Encode(bytes, request, []);

        Assert.Equal(new byte[] { 0x10, 0, 0, 0, 0x02, 0, 0, 0 }, bytes[..written]);
    }

    [Fact]
    public void MEM_NOTIFY_without_vmids_leaves_the_vmid_list_off()
    {
        var request = new GhRmMemNotifyReq { MemHandle = 0x21, Flags = 2, MemInfoTag = 0x33 };

        Assert.Equal(12, GhRmMemNotifyReq.GetEncodedLength(0));
        var bytes = new byte[16];
        var written = GhRmMemNotifyReq.Encode(bytes, request, []);
        Assert.Equal(new byte[] { 0x21, 0, 0, 0, 0x02, 0, 0, 0, 0x33, 0, 0, 0 }, bytes[..written]);
    }

    [Fact]
    public async Task An_empty_MEM_ACCEPT_reply_gives_the_typed_client_no_entries_and_no_flags()
    {
        // RM answers a MEM_ACCEPT whose SGL was given with the bare error word.
        var reply = await CallAgainstBareOkReply(client => client.MemAcceptAsync(
            new GhRmMemAcceptReq { MemHandle = 7 }, GoldenVectorTests.MemLendAcl, GoldenVectorTests.MemLendSgl, ReadOnlyMemory<GhRmMemAttrEntry>.Empty));

        Assert.Empty(reply.Entries);
        Assert.Equal(0, reply.Fixed.Flags);
    }

    [Fact]
    public void An_empty_MEM_ACCEPT_reply_list_encodes_to_nothing_as_RM_sends_it()
    {
        Assert.Equal(0, GhRmMemAcceptResp.GetEncodedLength(0));
    }

    [Fact]
    public void An_empty_u32_counted_list_keeps_its_count_on_the_wire()
    {
        // VM_SET_DEMAND_PAGING: u16 vmid, u16 reserved, u32 range_count = 0 — rule 2 is for u16-counted lists only.
        var bytes = new byte[16];

        var written = GhRmVmSetDemandPagingReq.Encode(bytes, new GhRmVmSetDemandPagingReq { Vmid = 0x80 }, []);

        Assert.Equal(new byte[] { 0x80, 0, 0, 0, 0, 0, 0, 0 }, bytes[..written]);
    }

    [Fact]
    public void An_empty_VM_AUTH_IMAGE_parameter_list_keeps_its_2_byte_count()
    {
        var bytes = new byte[8];

        var written = GhRmVmAuthImageReq.Encode(bytes, new GhRmVmAuthImageReq { Vmid = 0x80 }, []);

        Assert.Equal(new byte[] { 0x80, 0, 0, 0 }, bytes[..written]);
    }

    /// <summary>Makes one typed call against a raw RM that answers with the OK error word and no data.</summary>
    private static async Task<T> CallAgainstBareOkReply<T>(Func<GhRmClient, ValueTask<T>> call)
    {
        var (vm, rm) = InMemoryRmLink.Create();
        var peer = new RawRmPeer(rm, RmReassemblyRole.ResourceManager);
        await using var transport = new RmClient(vm);
        using var client = new GhRmClient(transport);
        var pending = call(client).AsTask();

        var request = await peer.ReadAsync().WaitAsync(ProtocolStack.Deadline);
        await peer.SendReplyAsync(request.Header.Sequence, request.Header.MessageId, 0).WaitAsync(ProtocolStack.Deadline);

        return await pending.WaitAsync(ProtocolStack.Deadline);
    }
}
