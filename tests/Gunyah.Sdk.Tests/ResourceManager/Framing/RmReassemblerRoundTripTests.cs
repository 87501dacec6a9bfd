using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>Fragmenter → reassembler at the size boundaries, for both receivers.</summary>
public class RmReassemblerRoundTripTests
{
    public static TheoryData<int, int, RmReassemblyRole> Boundaries()
    {
        var data = new TheoryData<int, int, RmReassemblyRole>();
        foreach (var role in new[] { RmReassemblyRole.ResourceManager, RmReassemblyRole.Linux })
        {
            data.Add(0, 0, role);
            data.Add(1, 0, role);
            data.Add(232, 0, role);
            data.Add(233, 1, role);
            data.Add(8216, 35, role);
            data.Add(14384, 61, role); // Linux's request limit
            data.Add(14385, 62, role); // beyond Linux's request limit, within RM's
            data.Add(14616, 62, role); // RM's limit
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Payload_round_trips_with_the_expected_fragment_count(int length, int continuations, RmReassemblyRole role)
    {
        var type = role == RmReassemblyRole.Linux ? RmMessageType.Reply : RmMessageType.Request;
        var payload = Frames.Pattern(length, length);
        var frames = Frames.Fragment(type, 0x4321, 0x56000020, payload);
        var reassembler = new RmReassembler(role);
        var expectedHeader = new RmHeader(type, continuations, 0x4321, 0x56000020);

        Assert.Equal(continuations + 1, frames.Length);
        for (int i = 0; i < frames.Length - 1; i++)
        {
            var partial = reassembler.Accept(frames[i]);
            Assert.Equal(RmReceiveKind.Incomplete, partial.Kind);
            Assert.Equal(expectedHeader, partial.Header);
            Assert.True(partial.Payload.IsEmpty);
        }

        var result = reassembler.Accept(frames[^1]);
        Assert.Equal(RmReceiveKind.Complete, result.Kind);
        Assert.Equal(RmDropReason.None, result.Reason);
        Assert.Equal(expectedHeader, result.Header);
        Assert.Null(result.SupersededPartial);
        Assert.Equal(payload, result.Payload.ToArray());
        Assert.Null(reassembler.Partial);
    }

    [Fact]
    public void Back_to_back_messages_each_complete_with_their_own_payload()
    {
        var reassembler = new RmReassembler(RmReassemblyRole.ResourceManager);
        for (int n = 0; n < 20; n++)
        {
            var payload = Frames.Pattern(n * 97, n);
            var frames = Frames.Fragment(RmMessageType.Request, (ushort)n, 0x56000000u + (uint)n, payload);
            RmReceiveResult last = default;
            foreach (var frame in frames)
                last = reassembler.Accept(frame);
            Assert.True(last.IsComplete);
            Assert.Equal(payload, last.Payload.ToArray());
        }
    }

    [Fact]
    public void Short_middle_fragments_are_summed_as_received()
    {
        // Senders fill every fragment but the last; receivers still just sum what arrives.
        var reassembler = new RmReassembler(RmReassemblyRole.Linux);
        reassembler.Accept(Frames.Frame(RmMessageType.Notification, 2, 1, 9, payloadLength: 3));
        reassembler.Accept(Frames.Frame(RmMessageType.Continuation, 2, 1, 9, payloadLength: 0));
        var result = reassembler.Accept(Frames.Frame(RmMessageType.Continuation, 2, 1, 9, payloadLength: 5));

        Assert.True(result.IsComplete);
        Assert.Equal(8, result.Payload.Length);
    }

    [Fact]
    public void Constructor_rejects_a_buffer_above_the_rm_maximum()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmReassembler(RmReassemblyRole.Linux, RmWire.MaxPayload + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmReassembler(RmReassemblyRole.Linux, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmReassembler((RmReassemblyRole)2));
        Assert.Equal(RmWire.MaxPayload, new RmReassembler(RmReassemblyRole.Linux).MaxPayload);
    }
}
