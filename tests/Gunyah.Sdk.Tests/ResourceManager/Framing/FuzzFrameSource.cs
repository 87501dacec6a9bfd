using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>
/// Seeded stream of fuzz frames: whole messages (mostly multi-fragment) whose fragments are sometimes
/// dropped, duplicated, swapped with the next one, bit-flipped (header or payload), truncated or
/// over-extended, interleaved with random garbage frames. Remembers every payload it sent.
/// </summary>
internal sealed class FuzzFrameSource(int seed, bool linux)
{
    private readonly Random rng = new(seed);
    private readonly byte[] scratch = new byte[RmWire.MaxMessageSize];

    public List<byte[]> SentPayloads { get; } = [];

    /// <summary>Serials of messages emitted untouched, in order, with a type the receiver assembles.</summary>
    public List<int> CleanSerials { get; } = [];

    public Dictionary<string, int> Mutations { get; } = [];

    /// <summary>Appends the next batch: one message's fragments, sometimes preceded by garbage.</summary>
    public void NextBatch(List<(byte[] Frame, FrameTag Tag)> output)
    {
        while (rng.Next(100) < 8)
            output.Add((Garbage(), new FrameTag(-1, 0, false)));

        int serial = SentPayloads.Count;
        var type = PickType();
        var payload = new byte[PickLength()];
        rng.NextBytes(payload);
        SentPayloads.Add(payload);
        uint id = 0x10000000u + (uint)serial;
        var seq = (ushort)rng.Next(0x10000);

        int count = RmFragmenter.FragmentCountFor(payload.Length);
        var fragments = new List<(byte[] Frame, FrameTag Tag)>(count + 2);
        for (int i = 0; i < count; i++)
        {
            int written = RmFragmenter.WriteFragment(scratch, type, seq, id, payload, i);
            fragments.Add((scratch[..written], new FrameTag(serial, i, true)));
        }

        bool clean = true;
        for (int i = 0; i < fragments.Count; i++)
        {
            int roll = rng.Next(200);
            if (roll >= 19)
                continue;
            clean = false;
            var (frame, tag) = fragments[i];
            switch (roll)
            {
                case < 4: Count("drop"); fragments.RemoveAt(i--); break;
                case < 7: Count("duplicate"); fragments.Insert(++i, (frame, tag)); break;
                case < 10 when i + 1 < fragments.Count:
                    Count("swap"); (fragments[i], fragments[i + 1]) = (fragments[i + 1], fragments[i]); i++; break;
                case < 14: Count("header-bit-flip"); fragments[i] = (Flip(frame, rng.Next(8)), tag with { Intact = false }); break;
                case < 16 when frame.Length > 8:
                    Count("payload-bit-flip"); fragments[i] = (Flip(frame, rng.Next(8, frame.Length)), tag with { Intact = false }); break;
                case < 18: Count("truncate"); fragments[i] = (frame[..rng.Next(frame.Length)], tag with { Intact = false }); break;
                default: Count("extend"); fragments[i] = ([.. frame, .. new byte[rng.Next(1, 240)]], tag with { Intact = false }); break;
            }
        }

        if (clean && !(linux && type == RmMessageType.Request))
            CleanSerials.Add(serial);
        output.AddRange(fragments);
    }

    private RmMessageType PickType()
    {
        if (linux)
            return rng.Next(100) < 15 ? RmMessageType.Request : (rng.Next(2) == 0 ? RmMessageType.Reply : RmMessageType.Notification);
        return (RmMessageType)rng.Next(1, 4);
    }

    private int PickLength()
    {
        int roll = rng.Next(100);
        int continuations = roll < 40 ? 0 : roll < 80 ? rng.Next(1, 6) : roll < 95 ? rng.Next(6, 21) : rng.Next(21, 63);
        return continuations == 0 ? rng.Next(0, 233) : continuations * 232 + rng.Next(1, 233);
    }

    private byte[] Garbage()
    {
        Count("garbage");
        var frame = new byte[rng.Next(0, 250)];
        rng.NextBytes(frame);
        if (frame.Length > 0 && rng.Next(2) == 0)
            frame[0] = RmWire.ApiByte; // get past the header check half the time
        return frame;
    }

    private byte[] Flip(byte[] frame, int byteIndex)
    {
        var copy = (byte[])frame.Clone();
        copy[byteIndex] ^= (byte)(1 << rng.Next(8));
        return copy;
    }

    private void Count(string mutation) => Mutations[mutation] = Mutations.GetValueOrDefault(mutation) + 1;
}
