using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

internal static class ReceiveAssert
{
    public static void Dropped(RmReceiveResult result, RmDropReason reason)
    {
        Assert.Equal(RmReceiveKind.Dropped, result.Kind);
        Assert.Equal(reason, result.Reason);
        Assert.True(result.Payload.IsEmpty);
    }

    public static void Aborted(RmReceiveResult result, RmDropReason reason, RmHeader abortedHeader)
    {
        Assert.Equal(RmReceiveKind.Aborted, result.Kind);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(abortedHeader, result.Header);
        Assert.True(result.Payload.IsEmpty);
    }

    /// <summary>Feeds a whole fresh message and checks it completes intact: nothing beyond the documented drop was lost.</summary>
    public static void Delivers(RmReassembler reassembler, RmMessageType type, int length = 500)
    {
        var payload = Frames.Pattern(length, 0x33);
        var frames = Frames.Fragment(type, 0x7777, 0x5600AAAA, payload);
        RmReceiveResult result = default;
        foreach (var frame in frames)
            result = reassembler.Accept(frame);
        Assert.True(result.IsComplete, result.ToString());
        Assert.Equal(payload, result.Payload.ToArray());
    }
}
