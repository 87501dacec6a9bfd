using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>Header layout against byte vectors worked out by hand from the fact sheet (§1.3, §2.2, §3).</summary>
public class RmHeaderTests
{
    [Fact]
    public void Wire_constants_match_the_fact_sheet()
    {
        Assert.Equal(240, RmWire.MaxMessageSize);
        Assert.Equal(8, RmWire.HeaderSize);
        Assert.Equal(232, RmWire.FragmentPayloadSize);
        Assert.Equal(62, RmWire.MaxContinuationFragments);
        Assert.Equal(14384, RmWire.MaxRequestPayload);
        Assert.Equal(14616, RmWire.MaxPayload);
        Assert.Equal(0x21, RmWire.ApiByte);
        Assert.Equal(4, RmWire.ErrorWordSize);
    }

    [Fact]
    public void Vm_alloc_vmid_request_encodes_to_the_hand_computed_bytes()
    {
        // VM_ALLOCATE 0x56000001, seq 1, payload u16 vmid 0 (dynamic) + u16 pad. Byte 1 = REQUEST(1) | 0 << 2.
        var frames = Frames.Fragment(RmMessageType.Request, 1, 0x56000001, new byte[4]);

        Assert.Single(frames);
        Assert.Equal(Frames.Hex("21 01 01 00 01 00 00 56 00 00 00 00"), frames[0]);
    }

    [Fact]
    public void Reply_with_error_word_and_data_encodes_to_the_hand_computed_bytes()
    {
        // VM_ALLOCATE reply: u32 RM_OK, then u32 allocated vmid 0x80. Byte 1 = REPLY(2).
        var frames = Frames.Fragment(RmMessageType.Reply, 1, 0x56000001, Frames.Hex("00000000 80000000"));

        Assert.Equal(Frames.Hex("21 02 01 00 01 00 00 56 00 00 00 00 80 00 00 00"), frames[0]);
    }

    [Fact]
    public void Error_reply_is_just_the_error_word()
    {
        // RM_ERROR_DENIED (3) for VM_ALLOCATE seq 0x1234.
        var frames = Frames.Fragment(RmMessageType.Reply, 0x1234, 0x56000001, Frames.Hex("03000000"));

        Assert.Equal(Frames.Hex("21 02 34 12 01 00 00 56 03 00 00 00"), frames[0]);
    }

    [Fact]
    public void Vm_status_notification_encodes_to_the_hand_computed_bytes()
    {
        // NOTIFY_VM_STATUS 0x56100008, seq 0x0102: vmid 0x80, reserved, vm_status RUNNING(3), os_status RUN(4), app 0x1234.
        var frames = Frames.Fragment(RmMessageType.Notification, 0x0102, 0x56100008, Frames.Hex("8000 0000 03 04 3412"));

        Assert.Equal(Frames.Hex("21 03 02 01 08 00 10 56 80 00 00 00 03 04 34 12"), frames[0]);
    }

    [Fact]
    public void Three_fragment_request_carries_its_continuation_count_in_every_header()
    {
        // 500 bytes → 2 continuations: byte 1 = 1 | 2 << 2 = 0x09 first, 0 | 2 << 2 = 0x08 after.
        var frames = Frames.Fragment(RmMessageType.Request, 0xBEEF, 0x51000012, Frames.Pattern(500));

        Assert.Equal(3, frames.Length);
        Assert.Equal(Frames.Hex("21 09 EF BE 12 00 00 51"), frames[0][..8]);
        Assert.Equal(Frames.Hex("21 08 EF BE 12 00 00 51"), frames[1][..8]);
        Assert.Equal(Frames.Hex("21 08 EF BE 12 00 00 51"), frames[2][..8]);
        Assert.Equal(new[] { 240, 240, 8 + 500 - 464 }, frames.Select(f => f.Length));
    }

    [Fact]
    public void Write_then_TryRead_round_trips_every_field()
    {
        var header = new RmHeader(RmMessageType.Notification, 62, 0xFFFF, 0xFFFFFFFF);
        var bytes = new byte[8];
        header.Write(bytes);

        Assert.Equal(Frames.Hex("21 FB FF FF FF FF FF FF"), bytes);
        Assert.Equal(RmHeaderStatus.Ok, RmHeader.TryRead(bytes, out var read));
        Assert.Equal(header, read);
    }

    [Theory]
    [InlineData("", RmHeaderStatus.TooShort)]
    [InlineData("21 01 01 00 01 00 00", RmHeaderStatus.TooShort)]
    [InlineData("22 01 01 00 01 00 00 56", RmHeaderStatus.BadApiVersion)]
    [InlineData("20 01 01 00 01 00 00 56", RmHeaderStatus.BadApiVersion)]
    [InlineData("31 01 01 00 01 00 00 56", RmHeaderStatus.BadHeaderWords)]
    [InlineData("11 01 01 00 01 00 00 56", RmHeaderStatus.BadHeaderWords)]
    [InlineData("21 FD 01 00 01 00 00 56", RmHeaderStatus.TooManyFragments)]
    [InlineData("21 FC 01 00 01 00 00 56", RmHeaderStatus.TooManyFragments)]
    [InlineData("21 F9 01 00 01 00 00 56", RmHeaderStatus.Ok)]
    public void TryRead_reports_the_first_failed_check(string hex, RmHeaderStatus expected)
    {
        Assert.Equal(expected, RmHeader.TryRead(Frames.Hex(hex), out _));
    }

    [Fact]
    public void TryRead_still_decodes_fields_of_an_invalid_header()
    {
        Assert.Equal(RmHeaderStatus.TooManyFragments, RmHeader.TryRead(Frames.Hex("21 FE 05 00 07 00 00 00"), out var header));
        Assert.Equal(new RmHeader(RmMessageType.Reply, 63, 5, 7), header);
    }

    [Fact]
    public void Write_rejects_values_that_do_not_fit_the_wire()
    {
        var bytes = new byte[8];
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmHeader(RmMessageType.Request, 63, 0, 1).Write(bytes));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmHeader(RmMessageType.Request, -1, 0, 1).Write(bytes));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmHeader((RmMessageType)4, 0, 0, 1).Write(bytes));
        Assert.Throws<ArgumentException>(() => new RmHeader(RmMessageType.Request, 0, 0, 1).Write(new byte[7]));
    }
}
