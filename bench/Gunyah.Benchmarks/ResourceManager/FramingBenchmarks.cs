using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Benchmarks.ResourceManager;

/// <summary>
/// RM wire framing on a MEM_LEND-sized message with a 512-entry SGL (8 + 4+4 + 4+512×16 + 4 = 8,216
/// bytes, 36 fragments) against a plain copy of the same bytes. Target: reassembly at least half the
/// speed of the copy (ratio ≤ 2), and no allocation.
/// </summary>
[MemoryDiagnoser]
public class FramingBenchmarks
{
    private const int SglEntries = 512;
    private const int PayloadSize = 8 + (4 + 4) + (4 + SglEntries * 16) + 4;

    private readonly byte[] payload = new byte[PayloadSize];
    private readonly byte[] copy = new byte[PayloadSize];
    private readonly byte[] frame = new byte[RmWire.MaxMessageSize];
    private readonly RmReassembler reassembler = new(RmReassemblyRole.ResourceManager);
    private byte[][] frames = [];

    [GlobalSetup]
    public void Setup()
    {
        new Random(42).NextBytes(payload);
        frames = new byte[RmFragmenter.FragmentCountFor(PayloadSize)][];
        for (int i = 0; i < frames.Length; i++)
        {
            int written = RmFragmenter.WriteFragment(frame, RmMessageType.Request, 1, 0x51000012, payload, i);
            frames[i] = frame[..written];
        }
    }

    [Benchmark(Baseline = true)]
    public int MemoryCopy()
    {
        payload.AsSpan().CopyTo(copy);
        return copy[^1];
    }

    [Benchmark]
    public int Reassemble()
    {
        RmReceiveResult result = default;
        foreach (var fragment in frames)
            result = reassembler.Accept(fragment);
        return result.Payload.Length;
    }

    /// <summary>The floor for any reassembler: the same 36 chunk copies with no header work at all.</summary>
    [Benchmark]
    public int ChunkCopyFloor()
    {
        int offset = 0;
        foreach (var fragment in frames)
        {
            fragment.AsSpan(RmWire.HeaderSize).CopyTo(copy.AsSpan(offset));
            offset += fragment.Length - RmWire.HeaderSize;
        }
        return offset;
    }

    [Benchmark]
    public int Fragment()
    {
        int total = 0;
        for (int i = 0; i < frames.Length; i++)
            total += RmFragmenter.WriteFragment(frame, RmMessageType.Request, 1, 0x51000012, payload, i);
        return total;
    }

    [Benchmark]
    public int FragmentAndReassemble()
    {
        RmReceiveResult result = default;
        for (int i = 0; i < frames.Length; i++)
        {
            int written = RmFragmenter.WriteFragment(frame, RmMessageType.Request, 1, 0x51000012, payload, i);
            result = reassembler.Accept(frame.AsSpan(0, written));
        }
        return result.Payload.Length;
    }
}
