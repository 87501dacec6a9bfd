using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>Test helpers: whole fragment sequences, payload patterns and hand-made frames.</summary>
internal static class Frames
{
    public static byte[][] Fragment(RmMessageType type, ushort seq, uint id, ReadOnlySpan<byte> payload)
    {
        int count = RmFragmenter.FragmentCountFor(payload.Length);
        var frames = new byte[count][];
        Span<byte> scratch = stackalloc byte[RmWire.MaxMessageSize];
        for (int i = 0; i < count; i++)
        {
            int written = RmFragmenter.WriteFragment(scratch, type, seq, id, payload, i);
            frames[i] = scratch[..written].ToArray();
        }
        return frames;
    }

    public static byte[] Pattern(int length, int salt = 0)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
            bytes[i] = (byte)(i * 7 + (i >> 8) + salt);
        return bytes;
    }

    /// <summary>One frame with the given header and <paramref name="payloadLength"/> pattern bytes.</summary>
    public static byte[] Frame(RmMessageType type, int fragments, ushort seq, uint id, int payloadLength = 0)
    {
        var frame = new byte[RmWire.HeaderSize + payloadLength];
        new RmHeader(type, fragments, seq, id).Write(frame);
        Pattern(payloadLength, 0x5A).CopyTo(frame, RmWire.HeaderSize);
        return frame;
    }

    public static byte[] Hex(string text) => Convert.FromHexString(text.Replace(" ", ""));
}
