using Gunyah.Sdk.Tests.Infrastructure;
using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>The hot paths — encode, fragment, reassemble (good and bad input) — allocate nothing once warm.</summary>
public class FramingAllocationTests
{
    private const int Rounds = 200;

    private static long AllocatedBy(Action body)
    {
        body(); // warm up: JIT tiers, statics
        body();
        return AllocationMeter.LeastOf(3, () =>
        {
            for (int i = 0; i < Rounds; i++)
                body();
        });
    }

    [Fact]
    public void Fragmenting_a_max_size_message_allocates_nothing()
    {
        var payload = Frames.Pattern(RmWire.MaxPayload);
        var frame = new byte[RmWire.MaxMessageSize];
        int sink = 0;

        long allocated = AllocatedBy(() =>
        {
            int count = RmFragmenter.FragmentCountFor(payload.Length);
            for (int i = 0; i < count; i++)
                sink += RmFragmenter.WriteFragment(frame, RmMessageType.Reply, 3, 0x56000020, payload, i);
        });

        Assert.Equal(0, allocated);
        Assert.True(sink > 0);
    }

    [Fact]
    public void Writing_and_reading_headers_allocates_nothing()
    {
        var bytes = new byte[RmWire.HeaderSize];
        long allocated = AllocatedBy(() =>
        {
            new RmHeader(RmMessageType.Notification, 5, 7, 0x56100008).Write(bytes);
            RmHeader.TryRead(bytes, out _);
        });
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(RmReassemblyRole.ResourceManager)]
    [InlineData(RmReassemblyRole.Linux)]
    public void Reassembling_good_and_bad_frames_allocates_nothing(RmReassemblyRole role)
    {
        var type = role == RmReassemblyRole.Linux ? RmMessageType.Reply : RmMessageType.Request;
        var stream = new List<byte[]>();
        stream.AddRange(Frames.Fragment(type, 1, 0x56000020, Frames.Pattern(8216)));
        stream.Add(Frames.Hex("21 01"));                                           // too short
        stream.Add(Frames.Hex("22 01 01 00 01 00 00 56"));                         // bad api version
        stream.Add(Frames.Frame(RmMessageType.Continuation, 3, 1, 1, 10));         // continuation without start
        var big = Frames.Fragment(type, 2, 0x51000012, Frames.Pattern(14616));
        stream.AddRange(big[..5]);
        stream.Add(Frames.Frame(RmMessageType.Continuation, 62, 2, 0x51000099, 4)); // mismatched id
        stream.Add(Frames.Frame(RmMessageType.Request, 0, 9, 0x56000001, 4));       // Linux: unexpected type
        stream.AddRange(Frames.Fragment(RmMessageType.Notification, 4, 0x56100008, Frames.Pattern(600))); // supersedes
        var frames = stream.ToArray();
        var reassembler = new RmReassembler(role);
        int completes = 0;

        long allocated = AllocatedBy(() =>
        {
            foreach (var frame in frames)
            {
                if (reassembler.Accept(frame).IsComplete)
                    completes++;
            }
        });

        Assert.Equal(0, allocated);
        Assert.True(completes >= 2 * (Rounds + 2));
    }
}
