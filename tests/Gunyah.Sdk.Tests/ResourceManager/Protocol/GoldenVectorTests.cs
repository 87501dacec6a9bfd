using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Wire bytes written out by hand from the fact sheet (/work/shared/abi/gunyah-rm.md §1.3, §2–§3, §7), not from
/// the generator: a codec whose encoder and decoder agree on a wrong offset passes every round trip but not these.
/// Each vector is checked in both directions.
/// </summary>
public class GoldenVectorTests
{
    [Fact]
    public void VM_STOP_forced_with_reason_3_for_vmid_0x80_is_vmid_flags_pad_reason()
    {
        // §2.2: u16 vmid, u8 flags (bit0 FORCE), u8 pad, u32 stop_reason — what Linux always sends.
        byte[] golden = [0x80, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00];
        var request = new GhRmVmStopReq { Vmid = 0x80, Flags = (byte)GhRmVmStopFlags.Force, StopReason = 3 };

        Assert.Equal(golden, PayloadCodecs.For("struct gh_rm_vm_stop_req").Encode(request));
        Assert.True(GhRmVmStopReq.TryDecode(golden, out var decoded, out var consumed));
        Assert.Equal(8, consumed);
        Assert.Equal((0x80, 1, 3u), (decoded.Vmid, decoded.Flags, decoded.StopReason));
    }

    [Fact]
    public void VM_CONFIG_IMAGE_is_40_bytes_with_the_four_u64_in_image_dtb_order()
    {
        // §2.3: u16 vmid, u16 auth_mech, u32 mem_handle, u64 image_offset, u64 image_size, u64 dtb_offset, u64 dtb_size.
        byte[] golden =
        [
            0x80, 0x00, 0x02, 0x00, 0x44, 0x33, 0x22, 0x11,
            0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01,
            0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11,
            0x28, 0x27, 0x26, 0x25, 0x24, 0x23, 0x22, 0x21,
            0x38, 0x37, 0x36, 0x35, 0x34, 0x33, 0x32, 0x31,
        ];
        var request = new GhRmVmConfigImageReq
        {
            Vmid = 0x80,
            AuthMech = (ushort)GhRmVmAuthMech.QcomAndroidPvm,
            MemHandle = 0x11223344,
            ImageOffset = 0x0102030405060708,
            ImageSize = 0x1112131415161718,
            DtbOffset = 0x2122232425262728,
            DtbSize = 0x3132333435363738,
        };

        Assert.Equal(golden, PayloadCodecs.For("struct gh_rm_vm_config_image_req").Encode(request));
        Assert.True(GhRmVmConfigImageReq.TryDecode(golden, out var decoded, out _));
        FieldAssert.Equal(request, decoded);
    }

    /// <summary>MEM_LEND of one 64 KiB range at IPA 0x8000_0000 to VM 0x80 with RW, sanitized, label 0xCAFE0001.</summary>
    internal static readonly byte[] MemLendOneEntryPrefix =
    [
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0xFE, 0xCA, // mem_type NORMAL, res, flags SANITIZE, res, label
        0x01, 0x00, 0x00, 0x00, 0x80, 0x00, 0x06, 0x00, // ACL: n 1, res; { vmid 0x80, rights RW, res }
        0x01, 0x00, 0x00, 0x00,                         // SGL: n 1, res
        0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, //   ipa 0x80000000
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, //   size 0x10000
    ];

    internal static GhRmMemShareReq MemLendFixed => new()
    {
        MemType = (byte)GhRmMemType.Normal,
        Flags = (byte)GhRmMemShareFlags.Sanitize,
        Label = 0xCAFE0001,
    };

    internal static GhRmMemAclEntry[] MemLendAcl => [new() { Vmid = 0x80, Rights = (byte)GhRmMemAclRights.Rw }];

    internal static GhRmMemEntry[] MemLendSgl => [new() { Ipa = 0x80000000, Size = 0x10000 }];

    [Fact]
    public void MEM_LEND_in_Linux_form_with_an_empty_attribute_list_header_decodes_to_one_ACL_and_one_SGL_entry()
    {
        // Linux sends the empty attribute list as a 4-byte zero header (§2.5); every reader must accept it.
        byte[] linuxForm = [.. MemLendOneEntryPrefix, 0x00, 0x00, 0x00, 0x00];

        Assert.True(GhRmMemShareReqReader.TryRead(linuxForm, out var reader));

        Assert.Equal((0, 1, 0xCAFE0001u), (reader.MemType, reader.Flags, reader.Label));
        var acl = Assert.Single(reader.Acl.ToArray());
        Assert.Equal((0x80, 6), (acl.Vmid, acl.Rights));
        var sgl = Assert.Single(reader.Sgl.ToArray());
        Assert.Equal((0x80000000ul, 0x10000ul), (sgl.Ipa, sgl.Size));
        Assert.Equal(0, reader.Attrs.Count);
    }

    [Fact]
    public void NOTIFY_VM_STATUS_is_vmid_reserved_then_vm_os_and_app_status()
    {
        // §3: u16 vmid, u16 reserved, u8 vm_status, u8 os_status, u16 app_status (8 B).
        byte[] golden = [0x80, 0x00, 0x00, 0x00, 0x03, 0x04, 0x34, 0x12];
        var payload = new GhRmVmStatusPayload
        {
            Vmid = 0x80,
            VmStatus = (byte)GhRmVmStatus.Running,
            OsStatus = (byte)GhRmOsStatus.Run,
            AppStatus = 0x1234,
        };

        Assert.Equal(golden, PayloadCodecs.For("struct gh_rm_vm_status_payload").Encode(payload));
        Assert.True(GhRmVmStatusPayload.TryDecode(golden, out var decoded, out _));
        FieldAssert.Equal(payload, decoded);
    }

    [Fact]
    public void VM_GET_HYP_RESOURCES_reply_is_a_u32_count_then_44_byte_entries_with_cap_id_at_entry_offset_12()
    {
        // §7; the reply data after the RM error word.
        byte[] golden =
        [
            0x01, 0x00, 0x00, 0x00,                         // n_entries
            0x02, 0x00, 0x80, 0x00,                         // type MSGQ_TX, res, partner_vmid 0x80
            0x0D, 0x0C, 0x0B, 0x0A, 0x05, 0x00, 0x00, 0x00, // resource_handle, resource_label 5
            0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01, // cap_id (entry offset 12)
            0x00, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, // virq_handle, virq 47
            0x00, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, // base
            0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // size
        ];
        var entry = new GhRmHypResource
        {
            Type = (byte)GhRmResourceType.MsgqTx,
            PartnerVmid = 0x80,
            ResourceHandle = 0x0A0B0C0D,
            ResourceLabel = 5,
            CapId = 0x0123456789ABCDEF,
            Virq = 47,
            Base = 0xFF000000,
            Size = 0x1000,
        };
        var reply = new GhRmVmGetHypResourcesRespPayload(new GhRmVmGetHypResourcesResp { NEntries = 1 }, [entry]);

        Assert.Equal(48, golden.Length);
        Assert.Equal(golden, PayloadCodecs.For("struct gh_rm_vm_get_hyp_resources_resp").Encode(reply));
        Assert.True(GhRmVmGetHypResourcesRespReader.TryRead(golden, out var reader));
        Assert.Equal(1u, reader.NEntries);
        Assert.Equal(0x0123456789ABCDEFul, reader.Entries[0].CapId);
        FieldAssert.Equal(entry, reader.Entries[0]);
    }

    [Fact]
    public void VM_CONSOLE_WRITE_of_hi_is_exactly_4_plus_2_bytes_with_no_padding()
    {
        // §2.7: RM requires the payload to be exactly 4 + num_bytes.
        byte[] golden = [0x80, 0x00, 0x02, 0x00, (byte)'h', (byte)'i'];
        var request = new GhRmVmConsoleWriteReqPayload(new GhRmVmConsoleWriteReq { Vmid = 0x80, NumBytes = 2 }, "hi"u8.ToArray());

        Assert.Equal(golden, PayloadCodecs.For("struct gh_rm_vm_console_write_req").Encode(request));
        Assert.True(GhRmVmConsoleWriteReqReader.TryRead(golden, out var reader));
        Assert.Equal((0x80, 2), (reader.Vmid, reader.NumBytes));
        Assert.Equal("hi"u8.ToArray(), reader.Data.ToArray());
    }

    [Fact]
    public void A_framed_VM_START_request_for_vmid_0x80_with_seq_5_is_the_8_byte_header_then_the_payload()
    {
        // §1.3: 0x21 (version 1, 2 header words), type REQUEST with 0 continuations, seq, msg_id 0x56000004.
        byte[] golden = [0x21, 0x01, 0x05, 0x00, 0x04, 0x00, 0x00, 0x56, 0x80, 0x00, 0x00, 0x00];
        var payload = PayloadCodecs.For("struct gh_rm_vm_common_vmid_req").Encode(new GhRmVmCommonVmidReq { Vmid = 0x80 });
        var frame = new byte[RmWire.MaxMessageSize];

        var written = RmFragmenter.WriteFragment(frame, RmMessageType.Request, 5, GhRmMessages.GH_RM_RPC_VM_START, payload, 0);

        Assert.Equal(golden, frame[..written]);
    }

    [Fact]
    public void A_MEM_LEND_request_with_512_SGL_entries_frames_as_36_fragments_carrying_35_continuations()
    {
        // 8 + (4 + 4) + (4 + 512 × 16) + (4 + 4) = 8,220 bytes: 35 × 232 = 8,120, so 35 continuations, last chunk 100.
        var sgl = WireValues.Entries<GhRmMemEntry>(512, 7);
        GhRmMemAttrEntry[] attrs = [new() { Attr = (ushort)GhRmMemAttr.Normal, Vmid = 0x80 }];
        var payload = new byte[GhRmMemShareReq.GetEncodedLength(1, sgl.Length, attrs.Length)];
        GhRmMemShareReq.Encode(payload, MemLendFixed, MemLendAcl, sgl, attrs);
        var frame = new byte[RmWire.MaxMessageSize];

        Assert.Equal(8220, payload.Length);
        Assert.Equal(36, RmFragmenter.FragmentCountFor(payload.Length));
        RmFragmenter.WriteFragment(frame, RmMessageType.Request, 5, GhRmMessages.GH_RM_RPC_MEM_LEND, payload, 0);
        Assert.Equal(new byte[] { 0x21, (35 << 2) | 1, 0x05, 0x00, 0x12, 0x00, 0x00, 0x51 }, frame[..8]);
        var last = RmFragmenter.WriteFragment(frame, RmMessageType.Request, 5, GhRmMessages.GH_RM_RPC_MEM_LEND, payload, 35);
        Assert.Equal(new byte[] { 0x21, 35 << 2, 0x05, 0x00, 0x12, 0x00, 0x00, 0x51 }, frame[..8]);
        Assert.Equal(8 + 100, last);
        Assert.Equal(payload[^100..], frame[8..last]);
    }
}
