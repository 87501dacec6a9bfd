using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>The Linux driver's receive rules (fact sheet §1.3 byte-0 check, §1.5 "Linux receive errors").</summary>
public class LinuxRoleTests
{
    private const uint Id = 0x56000020;
    private readonly RmReassembler linux = new(RmReassemblyRole.Linux);
    private readonly byte[][] reply = Frames.Fragment(RmMessageType.Reply, 5, Id, Frames.Pattern(500));
    private readonly RmHeader first = new(RmMessageType.Reply, 2, 5, Id);

    private void FinishReply()
    {
        Assert.Equal(RmReceiveKind.Incomplete, linux.Accept(reply[1]).Kind);
        var done = linux.Accept(reply[2]);
        Assert.True(done.IsComplete);
        Assert.Equal(Frames.Pattern(500), done.Payload.ToArray());
    }

    [Theory]
    [InlineData("", RmDropReason.TooShort)]
    [InlineData("21 08 05 00", RmDropReason.TooShort)]
    [InlineData("20 08 05 00 20 00 00 56", RmDropReason.BadApiVersion)]
    [InlineData("12 08 05 00 20 00 00 56", RmDropReason.BadApiVersion)]
    [InlineData("41 08 05 00 20 00 00 56", RmDropReason.BadHeaderWords)]
    public void Frame_whose_byte0_is_not_0x21_or_too_short_is_dropped_and_the_partial_kept(string hex, RmDropReason reason)
    {
        linux.Accept(reply[0]);
        ReceiveAssert.Dropped(linux.Accept(Frames.Hex(hex)), reason);
        FinishReply();
    }

    [Fact]
    public void Request_is_never_received_so_it_is_dropped_and_the_partial_kept()
    {
        linux.Accept(reply[0]);
        var request = Frames.Frame(RmMessageType.Request, 0, 1, 0x56000001, payloadLength: 4);

        var result = linux.Accept(request);

        ReceiveAssert.Dropped(result, RmDropReason.UnexpectedType);
        Assert.Null(result.SupersededPartial);
        FinishReply();
    }

    [Theory]
    [InlineData(RmMessageType.Reply)]
    [InlineData(RmMessageType.Notification)]
    public void New_reply_or_notification_aborts_the_partial_and_starts(RmMessageType type)
    {
        linux.Accept(reply[0]);
        linux.Accept(reply[1]);
        var next = Frames.Fragment(type, 6, 0x56100008, Frames.Pattern(8));

        var result = linux.Accept(next[0]);

        Assert.True(result.IsComplete);
        Assert.Equal(first, result.SupersededPartial);
        Assert.Equal(Frames.Pattern(8), result.Payload.ToArray());
        ReceiveAssert.Dropped(linux.Accept(reply[2]), RmDropReason.ContinuationWithoutStart);
    }

    [Theory]
    [InlineData(Id + 1, 2)] // msg_id differs
    [InlineData(Id, 1)] // fragment count differs
    [InlineData(Id, 63)] // an impossible count is just another mismatch
    public void Continuation_with_another_id_or_count_aborts_the_partial(uint id, int fragments)
    {
        linux.Accept(reply[0]);
        var stranger = Frames.Hex("21 00 05 00 00 00 00 00");
        stranger[1] = (byte)(fragments << 2);
        BitConverter.TryWriteBytes(stranger.AsSpan(4), id);

        ReceiveAssert.Aborted(linux.Accept(stranger), RmDropReason.MismatchedContinuation, first);
        Assert.Null(linux.Partial);
        ReceiveAssert.Dropped(linux.Accept(reply[1]), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Delivers(linux, RmMessageType.Reply);
    }

    [Fact]
    public void Continuation_seq_is_not_compared()
    {
        linux.Accept(reply[0]);
        var reseq = (byte[])reply[1].Clone();
        reseq[2] = 0x99;

        Assert.Equal(RmReceiveKind.Incomplete, linux.Accept(reseq).Kind);
        var done = linux.Accept(reply[2]);
        Assert.True(done.IsComplete);
        Assert.Equal(first, done.Header);
    }

    [Fact]
    public void Continuation_without_a_start_is_dropped()
    {
        ReceiveAssert.Dropped(linux.Accept(reply[1]), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Dropped(linux.Accept(Frames.Hex("21 FC 05 00 20 00 00 56")), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Delivers(linux, RmMessageType.Notification);
    }

    [Fact]
    public void Start_declaring_63_continuations_aborts_the_partial_then_is_dropped()
    {
        linux.Accept(reply[0]);
        var result = linux.Accept(Frames.Hex("21 FE 06 00 20 00 00 56 00 00 00 00"));

        ReceiveAssert.Dropped(result, RmDropReason.TooManyFragments);
        Assert.Equal(first, result.SupersededPartial);
        Assert.Null(linux.Partial);
        ReceiveAssert.Delivers(linux, RmMessageType.Reply);
    }

    [Fact]
    public void Message_outgrowing_max_payload_is_aborted()
    {
        var bounded = new RmReassembler(RmReassemblyRole.Linux, maxPayload: 464);
        bounded.Accept(reply[0]);
        bounded.Accept(reply[1]);

        ReceiveAssert.Aborted(bounded.Accept(reply[2]), RmDropReason.Oversize, first);
        ReceiveAssert.Delivers(bounded, RmMessageType.Reply, length: 464);
    }
}
