using Gunyah.Sdk.DeviceTree;
using Xunit.Abstractions;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// Fixed-seed fuzz of both readers over mutated blobs. For every input: the only exception allowed is
/// <see cref="DeviceTreeFormatException"/>, with an offset inside the input; what the model reader accepts the
/// blob accessor accepts too (duplicate names aside), its every node and value can be read, and the tree
/// serializes and reads back unchanged. The loop runs under a watchdog that names the case it is stuck in.
/// </summary>
public class FdtFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 0xFD7;
    private const int Cases = 60_000;
    private static readonly TimeSpan HangBudget = TimeSpan.FromSeconds(120); // a hang detector, not a speed goal

    [Fact]
    public async Task Mutated_blobs_raise_only_the_typed_exception_and_accepted_ones_read_consistently()
    {
        var mutator = new FdtMutator(Seed, SeedBlobs());
        var current = -1;
        var accepted = 0;
        var reasons = new Dictionary<DeviceTreeFormatError, int>();

        var run = Task.Run(() =>
        {
            for (var i = 0; i < Cases; i++)
            {
                Volatile.Write(ref current, i);
                var blob = mutator.Next();
                try
                {
                    if (Check(blob) is { } reason)
                        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    else
                        accepted++;
                }
                catch (Exception error)
                {
                    throw new InvalidOperationException($"case {i}, input {Convert.ToHexString(blob)}", error);
                }
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(HangBudget)) == run;
        Assert.True(finished, $"case {Volatile.Read(ref current)} did not finish within {HangBudget.TotalSeconds} s");
        await run; // rethrows the first failing case
        output.WriteLine($"{Cases} cases: {accepted} accepted; " + string.Join(", ", reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")));
        // The mutations must reach past the header checks and leave some blobs valid, or the fuzz tests little.
        Assert.True(accepted > Cases / 50, $"only {accepted} inputs were accepted");
        Assert.True(reasons.Count >= 18, $"only {reasons.Count} distinct reasons were hit: {string.Join(", ", reasons.Keys)}");
    }

    /// <summary>Runs every check on one input; returns the rejection reason, or null when the blob was accepted.</summary>
    private static DeviceTreeFormatError? Check(byte[] blob)
    {
        DeviceTreeDocument? tree = null;
        DeviceTreeFormatError? parseError = null;
        try
        {
            tree = DeviceTreeDocument.Parse(blob);
        }
        catch (DeviceTreeFormatException error)
        {
            AssertInside(error, blob);
            parseError = error.Reason;
        }

        FdtBlob? opened = null;
        try
        {
            opened = FdtBlob.Open(blob);
        }
        catch (DeviceTreeFormatException error)
        {
            AssertInside(error, blob);
            // Both walk the blob in the same order, so they stop at the same fault, unless the model reader
            // stopped earlier at a duplicate name, which only it looks for.
            if (parseError != DeviceTreeFormatError.DuplicateName)
                Assert.Equal(parseError, error.Reason);
        }

        if (opened is not null)
        {
            Assert.True(tree is not null || parseError == DeviceTreeFormatError.DuplicateName, $"the accessor accepted a blob the model rejects with {parseError}");
            ReadEverything(opened, opened.Root, "");
        }

        if (tree is null)
            return parseError;
        var again = tree.ToArray();
        TreeAssert.Equal(tree, DeviceTreeDocument.Parse(again));
        return null;
    }

    /// <summary>
    /// Visits every node by enumeration and by path, and reads every value in one of the typed forms (rotating,
    /// to keep cases cheap); only BadPropertyValue may come out.
    /// </summary>
    private static void ReadEverything(FdtBlob blob, FdtNode node, string path)
    {
        Assert.True(blob.TryFindNode(path.Length == 0 ? "/" : path, out _));
        var index = 0;
        foreach (var property in node.Properties)
        {
            _ = property.Name;
            _ = property.AsBytes();
            var p = property;
            Try(((index++ + path.Length) % 5) switch
            {
                0 => (Func<object>)(() => p.AsU32()),
                1 => () => p.AsU64(),
                2 => () => p.AsCells(),
                3 => () => p.AsString(),
                _ => () => p.AsStringList(),
            });
        }

        foreach (var child in node.Children)
            ReadEverything(blob, child, path + "/" + child.Name);
    }

    private static void Try(Func<object> read)
    {
        try
        {
            read();
        }
        catch (DeviceTreeFormatException error)
        {
            Assert.Equal(DeviceTreeFormatError.BadPropertyValue, error.Reason);
        }
    }

    private static void AssertInside(DeviceTreeFormatException error, byte[] blob) =>
        Assert.True(error.Offset >= 0 && error.Offset <= blob.Length, $"{error.Reason} at offset {error.Offset} of a {blob.Length}-byte input");

    private static List<byte[]> SeedBlobs()
    {
        var seeds = BuilderOptionSets.All.Keys.Select(name => BuilderOptionSets.Build(name).ToArray()).ToList();
        seeds.Add(FdtWriterTests.SampleTree().ToArray());
        seeds.Add(new RawFdt().Nop().Begin("").Nop().PropU32("a", 1).Begin("c").Nop().End().End().Nop().Finish().Build());
        var v16 = new RawFdt { Version = 16 }.Reserve(0x1000, 0x1000).Begin("").PropString("model", "v16").Begin("n@1").End().End().Finish();
        seeds.Add(v16.Build());
        return seeds;
    }
}
