using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>The RM's receive rules (fact sheet §1.3 validation, §1.5 "RM receive errors").</summary>
public class ResourceManagerRoleTests
{
    private const uint Id = 0x51000012;
    private readonly RmReassembler rm = new(RmReassemblyRole.ResourceManager);
    private readonly byte[][] message = Frames.Fragment(RmMessageType.Request, 5, Id, Frames.Pattern(500));
    private readonly RmHeader first = new(RmMessageType.Request, 2, 5, Id);

    /// <summary>Starts <see cref="message"/>, lets <paramref name="intruder"/> in, then finishes it.</summary>
    private RmReceiveResult InterruptPartial(byte[] intruder)
    {
        Assert.Equal(RmReceiveKind.Incomplete, rm.Accept(message[0]).Kind);
        var result = rm.Accept(intruder);
        Assert.Equal(first, rm.Partial);
        Assert.Equal(RmReceiveKind.Incomplete, rm.Accept(message[1]).Kind);
        var done = rm.Accept(message[2]);
        Assert.True(done.IsComplete);
        Assert.Equal(Frames.Pattern(500), done.Payload.ToArray());
        return result;
    }

    [Theory]
    [InlineData("", RmDropReason.TooShort)]
    [InlineData("21 08 05 00 12 00 00", RmDropReason.TooShort)]
    [InlineData("22 08 05 00 12 00 00 51 AA", RmDropReason.BadApiVersion)]
    [InlineData("01 08 05 00 12 00 00 51 AA", RmDropReason.BadHeaderWords)]
    [InlineData("21 FC 05 00 12 00 00 51 AA", RmDropReason.TooManyFragments)]
    [InlineData("21 FD 05 00 12 00 00 51 AA", RmDropReason.TooManyFragments)]
    public void Invalid_frame_is_dropped_and_the_partial_message_survives(string hex, RmDropReason reason)
    {
        ReceiveAssert.Dropped(InterruptPartial(Frames.Hex(hex)), reason);
    }

    [Fact]
    public void Frame_longer_than_240_bytes_is_dropped()
    {
        var tooLong = Frames.Frame(RmMessageType.Continuation, 2, 5, Id, payloadLength: 233);
        ReceiveAssert.Dropped(InterruptPartial(tooLong), RmDropReason.TooLong);
    }

    [Theory]
    [InlineData(6, Id, 2)] // seq differs
    [InlineData(5, Id + 1, 2)] // msg_id differs
    [InlineData(5, Id, 3)] // fragment count differs
    public void Continuation_with_another_identity_is_dropped_and_the_partial_kept(ushort seq, uint id, int fragments)
    {
        var stranger = Frames.Frame(RmMessageType.Continuation, fragments, seq, id, payloadLength: 232);
        var result = InterruptPartial(stranger);

        ReceiveAssert.Dropped(result, RmDropReason.MismatchedContinuation);
        Assert.Equal(new RmHeader(RmMessageType.Continuation, fragments, seq, id), result.Header);
    }

    [Fact]
    public void Continuation_without_a_start_is_dropped_then_a_message_completes()
    {
        ReceiveAssert.Dropped(rm.Accept(message[1]), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Dropped(rm.Accept(message[2]), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Delivers(rm, RmMessageType.Request);
    }

    [Fact]
    public void New_start_discards_the_partial_and_reports_it()
    {
        rm.Accept(message[0]);
        rm.Accept(message[1]);
        var next = Frames.Fragment(RmMessageType.Request, 6, 0x56000004, new byte[4]);

        var result = rm.Accept(next[0]);

        Assert.True(result.IsComplete);
        Assert.Equal(first, result.SupersededPartial);
        Assert.Equal(new byte[4], result.Payload.ToArray());
        // The old message's last fragment now has nothing to join.
        ReceiveAssert.Dropped(rm.Accept(message[2]), RmDropReason.ContinuationWithoutStart);
    }

    [Fact]
    public void Multi_fragment_start_over_a_partial_becomes_the_new_partial()
    {
        rm.Accept(message[0]);
        var other = Frames.Fragment(RmMessageType.Notification, 9, 0x56100080, Frames.Pattern(300, 1));

        var started = rm.Accept(other[0]);
        Assert.Equal(RmReceiveKind.Incomplete, started.Kind);
        Assert.Equal(first, started.SupersededPartial);
        ReceiveAssert.Dropped(rm.Accept(message[1]), RmDropReason.MismatchedContinuation);

        var done = rm.Accept(other[1]);
        Assert.True(done.IsComplete);
        Assert.Null(done.SupersededPartial);
        Assert.Equal(Frames.Pattern(300, 1), done.Payload.ToArray());
    }

    [Theory]
    [InlineData(RmMessageType.Request)]
    [InlineData(RmMessageType.Reply)]
    [InlineData(RmMessageType.Notification)]
    public void Every_start_type_is_assembled(RmMessageType type)
    {
        ReceiveAssert.Delivers(rm, type);
    }

    [Fact]
    public void Message_outgrowing_max_payload_is_aborted_then_the_next_one_completes()
    {
        var small = new RmReassembler(RmReassemblyRole.ResourceManager, maxPayload: 300);
        Assert.Equal(RmReceiveKind.Incomplete, small.Accept(message[0]).Kind);

        ReceiveAssert.Aborted(small.Accept(message[1]), RmDropReason.Oversize, first);
        ReceiveAssert.Dropped(small.Accept(message[2]), RmDropReason.ContinuationWithoutStart);
        ReceiveAssert.Delivers(small, RmMessageType.Request, length: 300);
    }

    [Fact]
    public void Start_fragment_bigger_than_max_payload_is_dropped()
    {
        var tiny = new RmReassembler(RmReassemblyRole.ResourceManager, maxPayload: 100);
        var result = tiny.Accept(message[0]);

        ReceiveAssert.Dropped(result, RmDropReason.Oversize);
        Assert.Equal(first, result.Header);
        Assert.Null(tiny.Partial);
        ReceiveAssert.Delivers(tiny, RmMessageType.Request, length: 100);
    }

    [Fact]
    public void Reset_forgets_the_partial_message()
    {
        rm.Accept(message[0]);
        Assert.Equal(first, rm.Reset());
        Assert.Null(rm.Reset());
        ReceiveAssert.Dropped(rm.Accept(message[1]), RmDropReason.ContinuationWithoutStart);
    }
}
