using System.Diagnostics;
using Gunyah.Sdk.ResourceManager.Framing;
using Xunit.Abstractions;

namespace Gunyah.Sdk.Tests.ResourceManager.Framing;

/// <summary>
/// Fixed-seed fuzzing of the receive path against <see cref="ReferenceReceiver"/>. The wire has no
/// fragment index, so a duplicated or reordered fragment of an otherwise intact message still
/// completes (with the wrong bytes) on both real receivers; the oracle accounts for those, and only
/// messages whose fragments all arrived intact and in order are held to "payload equals what was sent".
/// </summary>
public class RmReassemblerFuzzTests(ITestOutputHelper output)
{
    private const int FramesPerRun = 120_000;
    private const int WarmUpFrames = 2_000;

    [Theory]
    [InlineData(RmReassemblyRole.ResourceManager, RmWire.MaxPayload, 0x52_4D)]
    [InlineData(RmReassemblyRole.Linux, RmWire.MaxPayload, 0x4C_58)]
    [InlineData(RmReassemblyRole.ResourceManager, 1000, 0x52_4D_31)]
    [InlineData(RmReassemblyRole.Linux, 1000, 0x4C_58_31)]
    public void Fuzzed_frames_never_throw_match_the_reference_rules_and_allocate_nothing(RmReassemblyRole role, int maxPayload, int seed)
    {
        bool linux = role == RmReassemblyRole.Linux;
        var reassembler = new RmReassembler(role, maxPayload);
        var oracle = new ReferenceReceiver(linux, maxPayload);
        var source = new FuzzFrameSource(seed, linux);
        var batch = new List<(byte[] Frame, FrameTag Tag)>();
        var kinds = new Dictionary<string, int>();
        var intactDeliveries = new HashSet<int>();
        int fed = 0, intactCompletes = 0, scrambledCompletes = 0, superseded = 0;
        long allocatedAfterWarmUp = 0;
        int allocatingFrames = 0;
        var clock = Stopwatch.StartNew();

        while (fed < FramesPerRun)
        {
            batch.Clear();
            source.NextBatch(batch);
            foreach (var (frame, tag) in batch)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var actual = reassembler.Accept(frame);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (++fed > WarmUpFrames && allocated > 0)
                {
                    allocatedAfterWarmUp += allocated;
                    allocatingFrames++;
                }

                var expected = oracle.Feed(frame, tag);
                AssertSame(expected, actual, fed);
                string key = actual.Kind + (actual.Reason == RmDropReason.None ? "" : "/" + actual.Reason);
                kinds[key] = kinds.GetValueOrDefault(key) + 1;
                if (actual.SupersededPartial.HasValue)
                    superseded++;
                if (!actual.IsComplete)
                    continue;

                int serial = IntactSerial(expected.Contributors, source);
                if (serial < 0)
                {
                    scrambledCompletes++;
                    continue;
                }
                intactCompletes++;
                intactDeliveries.Add(serial);
                Assert.True(source.SentPayloads[serial].AsSpan().SequenceEqual(actual.Payload), $"frame {fed}: payload differs from message {serial}");
            }
        }
        clock.Stop();

        int expectedClean = source.CleanSerials.Count(s => source.SentPayloads[s].Length <= maxPayload);
        Assert.All(source.CleanSerials.Where(s => source.SentPayloads[s].Length <= maxPayload), s => Assert.Contains(s, intactDeliveries));
        // Accept allocates nothing per frame. A loaded machine can still land a one-off runtime allocation (a tiered
        // recompilation's stub) on this thread after warm-up; a per-call allocation would show on thousands of frames.
        Assert.True(allocatingFrames <= 2, $"{allocatingFrames} frames after warm-up allocated ({allocatedAfterWarmUp} bytes)");

        output.WriteLine($"{role}, maxPayload {maxPayload}, seed {seed:X}: {fed} frames, {source.SentPayloads.Count} messages, {clock.ElapsedMilliseconds} ms");
        output.WriteLine($"mutations: {string.Join(", ", source.Mutations.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        output.WriteLine($"results: {string.Join(", ", kinds.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        output.WriteLine($"complete intact {intactCompletes} (clean messages expected {expectedClean}), complete from scrambled fragments {scrambledCompletes}, superseded partials {superseded}");
        output.WriteLine($"bytes allocated by Accept after {WarmUpFrames} warm-up frames: {allocatedAfterWarmUp} (in {allocatingFrames} frames)");
    }

    /// <summary>The message serial if the contributors are exactly its fragments 0..N, intact and in order; −1 otherwise.</summary>
    private static int IntactSerial(IReadOnlyList<FrameTag> contributors, FuzzFrameSource source)
    {
        int serial = contributors[0].Serial;
        if (serial < 0 || contributors.Count != RmFragmenter.FragmentCountFor(source.SentPayloads[serial].Length))
            return -1;
        for (int i = 0; i < contributors.Count; i++)
        {
            if (contributors[i] != new FrameTag(serial, i, true))
                return -1;
        }
        return serial;
    }

    private static void AssertSame(ReferenceOutcome expected, RmReceiveResult actual, int frame)
    {
        if (expected.Kind == actual.Kind && expected.Reason == actual.Reason && expected.Header == actual.Header
            && expected.Superseded == actual.SupersededPartial && actual.Payload.SequenceEqual(expected.Payload))
            return;
        Assert.Fail($"frame {frame}: expected {expected.Kind} {expected.Reason} {expected.Header} superseded {expected.Superseded} " +
            $"({expected.Payload.Length} bytes), got {actual}");
    }
}
