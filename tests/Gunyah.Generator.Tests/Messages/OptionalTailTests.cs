using Gunyah.Generator.Diagnostics;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The <c>MessageOptionalTail</c> option (docs/generator.md, "Message codecs") on the test protocol, on and off.
/// Decoding: a payload may end at its start or exactly where a counted list's header starts, and what is missing
/// reads as zero or empty; anywhere else is malformed. Encoding: the last list, when it ends the payload, is empty
/// and has an all-zero header (apart from the count, written from the span), is left off; <c>COUNT:HEADER</c>
/// limits that to lists of one shape. <c>GetEncodedLength</c> agrees with <c>Encode</c>.
/// </summary>
public class OptionalTailTests
{
    // mem_type 1, flags 2, label; acl: 1 entry { vmid 3, rights 6 }; sgl: 1 entry { ipa 0x80000000, size 0x1000 }.
    private static readonly byte[] ShareWithoutAttrs =
    [
        1, 0, 2, 0, 0x44, 0x33, 0x22, 0x11,
        1, 0, 0, 0, 3, 0, 6, 0,
        1, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0,
    ];

    private static readonly byte[] Share = [.. ShareWithoutAttrs, 2, 0, 0, 0, 1, 0, 3, 0, 2, 0, 4, 0];

    // flags, n_vmids = 2, vmids 5 and 6, padding to 4, after.
    private static readonly byte[] Peers = [0xDD, 0xCC, 0xBB, 0xAA, 2, 0, 5, 0, 6, 0, 0, 0, 4, 3, 2, 1];

    [Theory]
    [InlineData(36, "1,2,11223344;1,1,0;n=1,1,0;owned=1,1,0")] // ends where the attribute list starts
    [InlineData(16, "1,2,11223344;1,0,0;n=1,0,0;owned=1,0,0")] // ends where the SGL list starts
    [InlineData(8, "1,2,11223344;0,0,0;n=0,0,0;owned=0,0,0")] // ends where the ACL list starts
    [InlineData(0, "0,0,0;0,0,0;n=0,0,0;owned=0,0,0")] // empty
    public void A_payload_ending_at_a_list_boundary_decodes_the_rest_as_zero_and_empty(int length, string expected)
    {
        Assert.Equal(expected, OptionalTailProbes.Call<string>("true", "ReadShare", Share[..length]));
        Assert.Equal("invalid", OptionalTailProbes.Call<string>("off", "ReadShare", Share[..length]));
    }

    [Fact]
    public void Members_after_a_missing_list_read_as_zero_and_a_missing_tail_as_empty()
    {
        Assert.Equal("aabbccdd;0;0;0", OptionalTailProbes.Call<string>("true", "ReadPeers", Peers[..4]));
        Assert.Equal("0;0;0;0", OptionalTailProbes.Call<string>("true", "ReadPeers", Array.Empty<byte>()));
        Assert.Equal("aabbccdd;2;1020304;1020304", OptionalTailProbes.Call<string>("true", "ReadPeers", Peers));
        Assert.Equal("0;0;", OptionalTailProbes.Call<string>("true", "ReadConsole", Array.Empty<byte>()));
        Assert.Equal("invalid", OptionalTailProbes.Call<string>("off", "ReadConsole", Array.Empty<byte>()));
    }

    [Theory]
    [InlineData(5)] // inside the label
    [InlineData(10)] // inside the ACL header
    [InlineData(14)] // inside the ACL entry
    [InlineData(20)] // the SGL header says 1 entry, none present
    [InlineData(38)] // inside the attribute list header
    [InlineData(44)] // one attribute of two
    public void A_payload_ending_inside_a_member_or_a_list_is_malformed(int length)
    {
        Assert.Equal("invalid", OptionalTailProbes.Call<string>("true", "ReadShare", Share[..length]));
    }

    [Theory]
    [InlineData(2)] // inside flags
    [InlineData(6)] // the list header says 2 entries, none present
    [InlineData(12)] // the list is whole, but 'after' follows it: a payload ends early only at a list's start
    public void A_payload_ending_elsewhere_before_a_following_member_is_malformed(int length)
    {
        Assert.Equal("invalid", OptionalTailProbes.Call<string>("true", "ReadPeers", Peers[..length]));
    }

    [Fact]
    public async Task An_empty_fixed_payload_is_the_zero_record_for_the_client_and_the_formatter()
    {
        var reply = await OptionalTailProbes.Call<Task<string>>("true", "ClientVmAlloc", new FakeRpcChannel([]));
        Assert.StartsWith("{ vmid = 0, reserved = 0,", reply, StringComparison.Ordinal);
        Assert.StartsWith("{ vmid = 0,", OptionalTailProbes.Call<string>("true", "Format", 0x56000001u, true, Array.Empty<byte>()), StringComparison.Ordinal);
        Assert.Contains("attrs.entries = []", OptionalTailProbes.Call<string>("true", "Format", 0x51000003u, false, ShareWithoutAttrs), StringComparison.Ordinal);

        Assert.StartsWith("invalid payload", OptionalTailProbes.Call<string>("off", "Format", 0x56000001u, true, Array.Empty<byte>()), StringComparison.Ordinal);
        await Assert.ThrowsAsync<Gunyah.Interop.Rpc.RpcDecodeException>(() => OptionalTailProbes.Call<Task<string>>("off", "ClientVmAlloc", new FakeRpcChannel([])));
    }

    [Fact]
    public void An_empty_last_list_with_a_zero_header_is_left_off()
    {
        // The value's attribute count (7) is not written: the span's length is, and it is 0.
        Assert.Equal(ShareWithoutAttrs, OptionalTailProbes.Call<byte[]>("true", "EncodeShare", (ushort)0, 0));
        Assert.Equal(36, OptionalTailProbes.Call<int>("true", "ShareLength", 0));
        Assert.Equal(36, OptionalTailProbes.Call<int>("true", "ShareLengthOf", (ushort)0, 0));
        Assert.Equal("1,2,11223344;1,1,0;n=1,1,0;owned=1,1,0", OptionalTailProbes.Call<string>("true", "ReadShare", ShareWithoutAttrs));
    }

    [Fact]
    public void An_empty_last_list_whose_header_has_a_non_zero_field_is_written_and_the_lengths_agree()
    {
        var bytes = OptionalTailProbes.Call<byte[]>("true", "EncodeShare", (ushort)5, 0);

        Assert.Equal([.. ShareWithoutAttrs, 0, 0, 5, 0], bytes);
        Assert.Equal(bytes.Length, OptionalTailProbes.Call<int>("true", "ShareLengthOf", (ushort)5, 0));
        Assert.Equal(36, OptionalTailProbes.Call<int>("true", "ShareLength", 0)); // assumes a zero header
        Assert.Equal("1,2,11223344;1,1,0;n=1,1,0;owned=1,1,0", OptionalTailProbes.Call<string>("true", "ReadShare", bytes));
    }

    [Fact]
    public void A_non_empty_last_list_is_always_written()
    {
        byte[] expected = [.. ShareWithoutAttrs, 1, 0, 5, 0, 0, 0, 0, 0];

        Assert.Equal(expected, OptionalTailProbes.Call<byte[]>("true", "EncodeShare", (ushort)5, 1));
        Assert.Equal(44, OptionalTailProbes.Call<int>("true", "ShareLength", 1));
        Assert.Equal(44, OptionalTailProbes.Call<int>("true", "ShareLengthOf", (ushort)5, 1));
    }

    [Fact]
    public void A_payload_that_is_itself_an_empty_list_encodes_to_nothing_when_any_shape_may_be_left_off()
    {
        Assert.Empty(OptionalTailProbes.Call<byte[]>("true", "EncodeResources", 5u, 0));
        Assert.Equal(2, OptionalTailProbes.Call<int>("true", "LengthOverloads", "TmGetResourcesResp"));
    }

    [Fact]
    public void A_shape_limits_which_lists_are_left_off()
    {
        // 2:4: the attribute list (u16 count, 4-byte header) is left off; the u32-counted resource list is not.
        Assert.Equal(ShareWithoutAttrs, OptionalTailProbes.Call<byte[]>("2:4", "EncodeShare", (ushort)0, 0));
        Assert.Equal(new byte[4], OptionalTailProbes.Call<byte[]>("2:4", "EncodeResources", 5u, 0));
        Assert.Equal(1, OptionalTailProbes.Call<int>("2:4", "LengthOverloads", "TmGetResourcesResp"));

        // Decoding does not depend on the shape: any list may be missing.
        Assert.Equal("0,0,0;0,0,0;n=0,0,0;owned=0,0,0", OptionalTailProbes.Call<string>("2:4", "ReadShare", Array.Empty<byte>()));
    }

    [Fact]
    public void Without_the_option_every_list_is_written_and_nothing_may_be_missing()
    {
        Assert.Equal([.. ShareWithoutAttrs, 0, 0, 0, 0], OptionalTailProbes.Call<byte[]>("off", "EncodeShare", (ushort)0, 0));
        Assert.Equal(40, OptionalTailProbes.Call<int>("off", "ShareLength", 0));
        Assert.Equal(1, OptionalTailProbes.Call<int>("off", "LengthOverloads", "TmMemShareReq"));
        Assert.Equal(new byte[4], OptionalTailProbes.Call<byte[]>("off", "EncodeResources", 5u, 0));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2:1")] // a header narrower than its count
    [InlineData("0:4")]
    [InlineData("2:4:8")]
    public void GHGEN022_an_invalid_optional_tail_is_reported_and_turned_off(string value)
    {
        var run = ProtocolHarness.Create(optionalTail: value).Run();

        var warning = Assert.Single(run.WithId(DiagnosticIds.InvalidMessageOption));
        Assert.Contains("MessageOptionalTail '" + value + "'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        run.AssertCompilesCleanly();
        Assert.DoesNotContain("_present", run.Source(".TmMemShareReqReader.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void False_is_the_same_as_no_option()
    {
        var off = ProtocolHarness.Create().Run().Sources.Select(s => s.SourceText.ToString());
        var explicitFalse = ProtocolHarness.Create(optionalTail: "false").Run();

        Assert.Empty(explicitFalse.Diagnostics);
        Assert.Equal(off, explicitFalse.Sources.Select(s => s.SourceText.ToString()));
    }
}
