using Gunyah.Sdk.DeviceTree;
using static Gunyah.Sdk.Tests.DeviceTree.RawFdt;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class FdtReaderTests
{
    [Fact]
    public void A_written_tree_reads_back_equal_and_serializes_back_to_the_same_bytes()
    {
        var tree = FdtWriterTests.SampleTree();
        tree.MemoryReservations.Add(new MemoryReservation(0x4000_0000, 0x10_0000));
        tree.BootCpuIdPhys = 3;
        tree.Root.AddChild("deep").AddChild("er@1").AddChild("est").SetEmpty("flag").SetInt32("neg", -5);
        var blob = tree.ToArray();

        var parsed = DeviceTreeDocument.Parse(blob);

        TreeAssert.Equal(tree, parsed);
        Assert.Equal(blob, parsed.ToArray());
        Assert.Equal(-5, parsed.FindNode("/deep/er/est")!.GetProperty("neg")!.AsInt32());
        Assert.Equal("quiet", parsed.FindNode("/chosen")!.GetProperty("bootargs")!.AsString());
        Assert.Equal(parsed.FindNode("/intc")!.Phandle, parsed.Root.GetProperty("interrupt-parent")!.AsU32());
    }

    [Fact]
    public void The_comparison_reports_the_first_difference_by_path()
    {
        var left = FdtWriterTests.SampleTree();
        var right = DeviceTreeDocument.Parse(left.ToArray());
        Assert.True(left.ContentEquals(right));

        right.FindNode("/data")!.SetU64("big", 1);
        Assert.Contains("/data:big", left.FindFirstDifference(right));
        right = DeviceTreeDocument.Parse(left.ToArray());
        right.FindNode("/data")!.AddChild("extra");
        Assert.Contains("/data: 0 children vs 1", left.FindFirstDifference(right));
        right = DeviceTreeDocument.Parse(left.ToArray());
        right.BootCpuIdPhys = 1;
        Assert.Contains("boot_cpuid_phys", left.FindFirstDifference(right));
    }

    [Fact]
    public void NOP_tokens_anywhere_in_the_structure_are_skipped()
    {
        var plain = new RawFdt().Begin("").PropU32("a", 1).Begin("child").PropString("s", "x").End().End().Finish().Build();
        var withNops = new RawFdt().Nop().Begin("").Nop().PropU32("a", 1).Nop().Begin("child").Nop().PropString("s", "x").Nop().End().Nop().End().Nop().Finish().Build();

        TreeAssert.Equal(DeviceTreeDocument.Parse(plain), DeviceTreeDocument.Parse(withNops));
        var blob = FdtBlob.Open(withNops);
        Assert.True(blob.TryFindNode("/child", out var child));
        Assert.Equal("x", child.GetProperty("s")!.Value.AsString());
        Assert.Equal(1u, blob.Root.GetProperty("a")!.Value.AsU32());
    }

    [Fact]
    public void A_version_16_blob_without_size_dt_struct_reads_like_the_same_version_17_blob()
    {
        var raw = new RawFdt().Begin("").PropString("model", "old").Begin("n").End().End().Finish();
        var v17 = raw.Build();
        raw.Version = 16;
        var v16 = raw.Build();
        SetBe32(v16, 36, 0xFFFF_FFFF); // size_dt_struct does not exist before version 17: must be ignored

        TreeAssert.Equal(DeviceTreeDocument.Parse(v17), DeviceTreeDocument.Parse(v16));
        Assert.Equal(16u, FdtBlob.Open(v16).Header.Version);
    }

    [Fact]
    public void Bytes_past_totalsize_are_ignored()
    {
        var blob = FdtWriterTests.SampleTree().ToArray();
        var padded = blob.Concat(new byte[64].Select(_ => (byte)0xEE)).ToArray();
        TreeAssert.Equal(DeviceTreeDocument.Parse(blob), DeviceTreeDocument.Parse(padded));
        Assert.Equal(blob.Length, FdtBlob.Open(padded).Memory.Length);
    }

    [Fact]
    public void The_blob_accessor_finds_nodes_reads_values_and_lists_children_and_properties_in_order()
    {
        var tree = FdtWriterTests.SampleTree();
        tree.MemoryReservations.Add(new MemoryReservation(0x1000, 0x2000));
        tree.BootCpuIdPhys = 2;
        tree.Root.AddChild("aliases").SetString("data", "/data");
        var blob = FdtBlob.Open(tree.ToArray());

        Assert.Equal(2u, blob.BootCpuIdPhys);
        Assert.Equal([new MemoryReservation(0x1000, 0x2000)], blob.GetMemoryReservations());
        Assert.Equal(new MemoryReservation(0x1000, 0x2000), blob.GetReservation(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => blob.GetReservation(1));
        Assert.Equal(["compatible", "#address-cells", "#size-cells", "interrupt-parent"], Names(blob.Root.Properties));
        Assert.Equal(["intc@1000", "chosen", "data", "aliases"], Children(blob.Root));

        var data = blob.FindNode("/data")!.Value;
        Assert.Equal("data", data.Name);
        Assert.Equal(0x1122334455667788ul, data.GetProperty("big")!.Value.AsU64());
        Assert.Equal(0x1122334455667788ul, data.GetProperty("big")!.Value.AsNumber());
        Assert.Equal(["a", "", "bc"], data.GetProperty("list")!.Value.AsStringList());
        Assert.Equal([1, 2, 3], data.GetProperty("blob")!.Value.AsBytes());
        Assert.Null(data.GetProperty("missing"));
        Assert.Equal(data.Offset, blob.FindNode("data")!.Value.Offset); // through the alias
        Assert.True(blob.TryFindNode("/intc", out var intc)); // base-name match
        Assert.Equal([0u, 0x1000, 0, 0x100], intc.GetProperty("reg")!.Value.AsCells());
        Assert.Equal(intc.Offset, blob.FindNodeByPhandle(blob.Root.GetProperty("interrupt-parent")!.Value.AsU32())!.Value.Offset);
        Assert.Null(blob.FindNodeByPhandle(77));
        Assert.False(blob.TryFindNode("/data/none", out _));
        Assert.Equal("/", blob.Root.ToString());
    }

    [Fact]
    public void Blob_values_in_the_wrong_form_report_the_propertys_offset()
    {
        var bytes = FdtWriterTests.SampleTree().ToArray();
        var blob = FdtBlob.Open(bytes);
        var compatible = blob.Root.GetProperty("compatible")!.Value;

        var error = Assert.Throws<DeviceTreeFormatException>(() => compatible.AsU32());

        Assert.Equal(DeviceTreeFormatError.BadPropertyValue, error.Reason);
        Assert.Equal(compatible.Offset, error.Offset);
        Assert.Equal(PropToken, Be32(bytes, error.Offset));
        Assert.False(compatible.TryGetU32(out _));
        Assert.True(compatible.TryGetString(out var text));
        Assert.Equal("test,board", text);
    }

    [Fact]
    public void Duplicate_names_are_accepted_by_the_blob_accessor_but_refused_by_the_model()
    {
        var twoProperties = new RawFdt().Begin("").PropU32("a", 1).PropU32("a", 2).End().Finish().Build();
        var twoChildren = new RawFdt().Begin("").Begin("n").End().Begin("n").End().End().Finish().Build();

        Assert.Equal(1u, FdtBlob.Open(twoProperties).Root.GetProperty("a")!.Value.AsU32());
        Assert.Equal(2, Children(FdtBlob.Open(twoChildren).Root).Count);
        var error = Assert.Throws<DeviceTreeFormatException>(() => DeviceTreeDocument.Parse(twoProperties));
        Assert.Equal((DeviceTreeFormatError.DuplicateName, 56 + 8 + 16), (error.Reason, error.Offset));
        Assert.Equal(DeviceTreeFormatError.DuplicateName, Assert.Throws<DeviceTreeFormatException>(() => DeviceTreeDocument.Parse(twoChildren)).Reason);
    }

    [Fact]
    public void A_blob_with_many_properties_in_one_node_reads_in_linear_time()
    {
        var raw = new RawFdt().Begin("");
        for (var i = 0; i < 20_000; i++)
            raw.PropU32($"p{i}", (uint)i);
        var tree = DeviceTreeDocument.Parse(raw.End().Finish().Build());
        Assert.Equal(19_999u, tree.Root.GetProperty("p19999")!.AsU32());
    }

    private static List<string> Names(FdtNode.PropertyEnumerator properties)
    {
        var names = new List<string>();
        foreach (var property in properties)
            names.Add(property.Name);
        return names;
    }

    private static List<string> Children(FdtNode node)
    {
        var names = new List<string>();
        foreach (var child in node.Children)
            names.Add(child.Name);
        return names;
    }
}
