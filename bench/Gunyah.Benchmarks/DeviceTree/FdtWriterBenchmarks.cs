using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Benchmarks.DeviceTree;

/// <summary>
/// The devicetree component on the Gunyah VM tree for 4 vCPUs with a PL011 console (about 1.9 KB as a blob):
/// building and serializing it; serializing an already built tree into a reused buffer (target: 0 B allocated)
/// and into a new array; and reading the blob back, into the model and through the in-place accessor.
/// </summary>
[MemoryDiagnoser]
public class FdtWriterBenchmarks
{
    private readonly GunyahVmDeviceTreeOptions options = new() { VcpuCount = 4, Console = new GunyahPl011Console() };
    private DeviceTreeDocument tree = new();
    private byte[] buffer = [];
    private byte[] blob = [];

    [GlobalSetup]
    public void Setup()
    {
        tree = new GunyahVmDeviceTreeBuilder(options).Build();
        blob = tree.ToArray();
        buffer = new byte[blob.Length];
    }

    [Benchmark]
    public int BuildAndSerialize() => new GunyahVmDeviceTreeBuilder(options).Build().ToArray().Length;

    [Benchmark]
    public int SerializePrebuiltIntoBuffer() => tree.WriteTo(buffer);

    [Benchmark]
    public int SerializePrebuiltToArray() => tree.ToArray().Length;

    [Benchmark]
    public int ReadIntoModel() => DeviceTreeDocument.Parse(blob).Root.Children.Count;

    [Benchmark]
    public uint OpenAndLookUp()
    {
        var opened = FdtBlob.Open(blob);
        var timeslice = opened.FindNode("/gunyah-vm-config/vcpus")!.Value.GetProperty("sched-timeslice")!.Value.AsU32();
        var uart = opened.FindNode("serial0")!.Value.GetProperty("reg")!.Value.AsCells()[1];
        return timeslice + uart;
    }
}
