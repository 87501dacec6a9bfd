using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

public class RmFragmenterTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(232, 0)]
    [InlineData(233, 1)]
    [InlineData(464, 1)]
    [InlineData(465, 2)]
    [InlineData(14384, 61)]
    [InlineData(14385, 62)]
    [InlineData(14616, 62)]
    public void Continuation_count_is_ceil_of_length_over_232_minus_one(int length, int expected)
    {
        Assert.Equal(expected, RmFragmenter.ContinuationFragmentsFor(length));
        Assert.Equal(expected + 1, RmFragmenter.FragmentCountFor(length));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(14617)]
    public void Payload_length_outside_0_to_max_payload_is_a_programming_error(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RmFragmenter.ContinuationFragmentsFor(length));
    }

    [Fact]
    public void Writing_a_payload_above_the_rm_maximum_throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => RmFragmenter.WriteFragment(new byte[240], RmMessageType.Reply, 1, 1, new byte[14617], 0));
        Assert.Equal("payload", ex.ParamName);
    }

    [Fact]
    public void Fragment_lengths_are_full_until_the_short_last_one()
    {
        Assert.Equal(8, RmFragmenter.FragmentLength(0, 0));
        Assert.Equal(240, RmFragmenter.FragmentLength(233, 0));
        Assert.Equal(9, RmFragmenter.FragmentLength(233, 1));
        Assert.Equal(240, RmFragmenter.FragmentLength(14616, 62));
    }

    [Theory]
    [InlineData(233, -1)]
    [InlineData(233, 2)]
    [InlineData(0, 1)]
    public void Fragment_index_outside_the_message_throws(int length, int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RmFragmenter.FragmentLength(length, index));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => RmFragmenter.WriteFragment(new byte[240], RmMessageType.Request, 1, 1, new byte[length], index));
    }

    [Fact]
    public void A_message_cannot_start_with_a_continuation()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => RmFragmenter.WriteFragment(new byte[240], RmMessageType.Continuation, 1, 1, new byte[4], 0));
    }

    [Fact]
    public void Destination_smaller_than_the_fragment_throws_without_writing()
    {
        var destination = new byte[239];
        Assert.Throws<ArgumentException>(
            () => RmFragmenter.WriteFragment(destination, RmMessageType.Request, 1, 1, new byte[300], 0));
        Assert.All(destination, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Every_fragment_repeats_seq_id_and_count_and_carries_its_slice()
    {
        var payload = Frames.Pattern(1000);
        var frames = Frames.Fragment(RmMessageType.Notification, 42, 0x56100080, payload);

        Assert.Equal(5, frames.Length);
        for (int i = 0; i < frames.Length; i++)
        {
            Assert.Equal(RmHeaderStatus.Ok, RmHeader.TryRead(frames[i], out var header));
            var type = i == 0 ? RmMessageType.Notification : RmMessageType.Continuation;
            Assert.Equal(new RmHeader(type, 4, 42, 0x56100080), header);
            Assert.Equal(payload.AsSpan(i * 232, Math.Min(232, 1000 - i * 232)).ToArray(), frames[i][8..]);
        }
    }
}
