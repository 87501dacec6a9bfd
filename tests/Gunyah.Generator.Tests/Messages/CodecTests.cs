namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The generated codecs against hand-computed little-endian bytes: fixed records (an enum, a nested struct,
/// bitfields, a signed array), three lists in one payload, a list of integers with padding and a member after
/// it, a payload that is itself a u32-counted list, a raw tail; and every validation failure.
/// </summary>
public class CodecTests
{
    private static readonly byte[] AllocResp = [0x34, 0x12, 0, 0, 2, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1];

    private static readonly byte[] MemShare =
    [
        1, 0, 2, 0, 0x44, 0x33, 0x22, 0x11, // mem_type, reserved0, flags, reserved1, label
        1, 0, 0, 0, 3, 0, 6, 0, // acl: n_entries = 1 (not the 99 of the fixed value), reserved; { vmid 3, rights 6 }
        1, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, // sgl: 1; { ipa 0x80000000, size 0x1000 }
        2, 0, 0, 0, 1, 0, 3, 0, 2, 0, 4, 0, // attrs: 2; { 1, 3 }, { 2, 4 }
    ];

    // flags, n_vmids = 2, vmids 5 and 6, two bytes of padding to 4, after.
    private static readonly byte[] SetPeers = [0xDD, 0xCC, 0xBB, 0xAA, 2, 0, 5, 0, 6, 0, 0, 0, 4, 3, 2, 1];

    [Fact]
    public void Fixed_record_encodes_member_by_member_little_endian()
    {
        Assert.Equal(AllocResp, ProtocolProbes.Call<byte[]>("EncodeAllocResp"));
        Assert.Equal("16:{ vmid = 0x1234, reserved = 0, state = Running, token = 0x102030405060708 }", ProtocolProbes.Call<string>("DecodeAllocResp", AllocResp));
    }

    [Fact]
    public void Fixed_decode_needs_the_whole_record_and_reports_what_it_consumed()
    {
        Assert.Equal("false", ProtocolProbes.Call<string>("DecodeAllocResp", AllocResp[..15]));
        Assert.StartsWith("16:", ProtocolProbes.Call<string>("DecodeAllocResp", AllocResp.Append((byte)9).ToArray()), StringComparison.Ordinal);
        Assert.Equal("destination", ProtocolProbes.Call<string>("EncodeIntoShortBuffer"));
    }

    [Fact]
    public void Nested_struct_bitfields_and_signed_arrays_round_trip()
    {
        // version 1.2; priority 0xA in bits 16-19 and mode 5 in bits 20-22 (byte 2 = 0x5A); offsets -2 and 0x1234.
        byte[] expected = [1, 2, 0x5A, 0, 0, 0, 0xFE, 0xFF, 0x34, 0x12];
        Assert.Equal(expected, ProtocolProbes.Call<byte[]>("EncodeConfig"));
        Assert.Equal("1,2,10,5,-2,4660", ProtocolProbes.Call<string>("DecodeConfig", expected));
    }

    [Fact]
    public void Three_lists_encode_their_counts_from_the_spans_and_read_back()
    {
        Assert.Equal(MemShare, ProtocolProbes.Call<byte[]>("EncodeMemShare"));
        Assert.Equal("1,2,11223344;acl=3:6;sgl=80000000:1000;attrs=1:3,2:4;n=1,1,2", ProtocolProbes.Call<string>("ReadMemShare", MemShare));
    }

    [Fact]
    public void A_list_is_padded_to_the_list_alignment_and_later_members_move_with_it()
    {
        Assert.Equal(SetPeers, ProtocolProbes.Call<byte[]>("EncodeSetPeers", new ushort[] { 5, 6 }));
        Assert.Equal("aabbccdd;5,6;1020304;2", ProtocolProbes.Call<string>("ReadSetPeers", SetPeers));

        // Three entries end on a multiple of 4: no padding.
        byte[] three = [0xDD, 0xCC, 0xBB, 0xAA, 3, 0, 5, 0, 6, 0, 7, 0, 4, 3, 2, 1];
        Assert.Equal(three, ProtocolProbes.Call<byte[]>("EncodeSetPeers", new ushort[] { 5, 6, 7 }));
        Assert.Equal("aabbccdd;5,6,7;1020304;3", ProtocolProbes.Call<string>("ReadSetPeers", three));
    }

    [Fact]
    public void A_payload_that_is_itself_a_counted_list_round_trips()
    {
        var bytes = ProtocolProbes.Call<byte[]>("EncodeResources");
        byte[] first = [1, 0, 3, 2, 0x0D, 0x0C, 0x0B, 0x0A, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11];
        Assert.Equal(36, bytes.Length);
        Assert.Equal([2, 0, 0, 0], bytes[..4]);
        Assert.Equal(first, bytes[4..20]);
        Assert.Equal("2;2;203;a0b0c0d;1122334455667788;2", ProtocolProbes.Call<string>("ReadResources", bytes));
    }

    [Fact]
    public void A_raw_tail_is_the_rest_of_the_payload()
    {
        var bytes = ProtocolProbes.Call<byte[]>("EncodeConsole", new byte[] { 0x61, 0x62, 0x63 });
        Assert.Equal([9, 0, 3, 0, 0x61, 0x62, 0x63], bytes);
        Assert.Equal("9;3;616263", ProtocolProbes.Call<string>("ReadConsole", bytes));
        Assert.Equal("9;3;", ProtocolProbes.Call<string>("ReadConsole", bytes[..4]));
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadConsole", bytes[..3]));
    }

    [Fact]
    public void A_count_larger_than_the_bytes_present_is_rejected()
    {
        var bytes = (byte[])SetPeers.Clone();
        bytes[4] = 0x10;
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadSetPeers", bytes));

        var share = (byte[])MemShare.Clone();
        share[36] = 3; // three attributes, two present
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadMemShare", share));
    }

    [Fact]
    public void A_truncated_entry_is_rejected()
    {
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadSetPeers", SetPeers[..9]));
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadMemShare", MemShare[..46]));
        var resources = ProtocolProbes.Call<byte[]>("EncodeResources");
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadResources", resources[..35]));
    }

    [Fact]
    public void Padding_must_be_present_and_zero()
    {
        var nonZero = (byte[])SetPeers.Clone();
        nonZero[10] = 1;
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadSetPeers", nonZero));

        // Without the padding, 'after' would start at byte 10: the payload is two bytes short.
        byte[] unpadded = [0xDD, 0xCC, 0xBB, 0xAA, 2, 0, 5, 0, 6, 0, 4, 3, 2, 1];
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadSetPeers", unpadded));
    }

    [Fact]
    public void Bytes_after_the_last_member_are_rejected()
    {
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadSetPeers", SetPeers.Append((byte)0).ToArray()));
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadMemShare", MemShare.Concat(new byte[4]).ToArray()));
    }

    [Fact]
    public void The_padding_after_a_list_that_ends_the_payload_is_optional_but_zero()
    {
        // MEM_SHARE ends with the attribute list (8 bytes of entries, already aligned): a zero word more is not padding.
        var resources = ProtocolProbes.Call<byte[]>("EncodeResources");
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadResources", resources.Concat(new byte[4]).ToArray()));
        Assert.Equal("invalid", ProtocolProbes.Call<string>("ReadMemShare", MemShare.Concat(new byte[1]).ToArray()));
    }

    [Fact]
    public void With_a_wider_alignment_the_final_padding_is_written_and_may_be_omitted()
    {
        const string probe = """
            #pragma warning disable CS1591
            namespace Test.Proto;
            public static class AlignmentProbes
            {
                public static byte[] Encode()
                {
                    var bytes = new byte[TmGetResourcesResp.GetEncodedLength(1)];
                    TmGetResourcesResp.Encode(bytes, default, new TmResourceEntry[] { new() { Type = 1 } });
                    return bytes;
                }

                public static bool Read(byte[] bytes) => TmGetResourcesRespReader.TryRead(bytes, out _);
            }
            """;
        var run = ProtocolHarness.Create(listAlignment: "8", sources: probe).Run();
        run.AssertNoErrors();
        var probes = run.LoadAssembly().GetType("Test.Proto.AlignmentProbes", throwOnError: true)!;
        bool Read(byte[] bytes) => (bool)probes.GetMethod("Read")!.Invoke(null, [bytes])!;

        // 4 + 16 = 20 bytes, padded to 24.
        var encoded = (byte[])probes.GetMethod("Encode")!.Invoke(null, null)!;
        Assert.Equal(24, encoded.Length);
        Assert.Equal(new byte[4], encoded[20..]);
        Assert.True(Read(encoded));
        Assert.True(Read(encoded[..20]));
        Assert.False(Read(encoded[..22]));
        encoded[23] = 1;
        Assert.False(Read(encoded));
    }

    [Fact]
    public void A_count_that_does_not_fit_its_count_member_is_a_programming_error()
    {
        Assert.Equal("peersCount", ProtocolProbes.Call<string>("EncodeTooManyPeers"));
    }

    [Fact]
    public void Encoding_decoding_and_reading_lists_allocate_nothing()
    {
        Assert.Equal(0, ProtocolProbes.Call<long>("AllocatedBytes"));
    }
}
