using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// The writer and reader checked against dtc, both ways: every builder tree goes dtb → dts → dtb through dtc
/// and must come back the same (down to the bytes, since the writer uses dtc's layout), and hand-written .dts
/// sources compiled by dtc must read back equal to the trees built in code. dtc's warnings are compared with
/// the ones each case is expected to produce.
/// </summary>
public class DtcCrossCheckTests
{
    private const string PlainMemoryWarning = "Warning (unit_address_vs_reg): /memory: node has a reg or ranges property, but no unit name";

    [DtcTheory]
    [MemberData(nameof(BuilderOptionSets.Names), MemberType = typeof(BuilderOptionSets))]
    public void Every_builder_tree_survives_a_dtc_decompile_and_recompile_unchanged(string optionSet)
    {
        var options = BuilderOptionSets.All[optionSet];
        var tree = BuilderOptionSets.Build(optionSet);
        var blob = tree.ToArray();

        var source = Dtc.Decompile(blob);
        var recompiled = Dtc.Compile(source.Output, tree.BootCpuIdPhys);

        TreeAssert.Equal(tree, DeviceTreeDocument.Parse(blob));
        TreeAssert.Equal(DeviceTreeDocument.Parse(blob), DeviceTreeDocument.Parse(recompiled.Output));
        Assert.Equal(blob, recompiled.Output);
        Assert.Equal(ExpectedWarnings(options, recompiling: false), source.Diagnostics);
        Assert.Equal(ExpectedWarnings(options, recompiling: true), recompiled.Diagnostics);
    }

    [DtcTheory]
    [InlineData("gunyah-default.dts", "default")]
    [InlineData("gunyah-full.dts", "4 vCPUs, console, vdevices, idle states, initrd")]
    public void Hand_written_dts_of_a_builder_tree_compiled_by_dtc_reads_back_equal_to_the_builders_tree(string file, string optionSet)
    {
        var compiled = Dtc.Compile(TestData.Read(file));

        Assert.Empty(compiled.Diagnostics);
        var expected = BuilderOptionSets.Build(optionSet);
        TreeAssert.Equal(expected, DeviceTreeDocument.Parse(compiled.Output));
        Assert.Equal(expected.ToArray(), compiled.Output);
    }

    [DtcFact]
    public void A_dts_with_every_value_kind_compiled_by_dtc_reads_back_equal_to_the_tree_built_in_code()
    {
        var tree = new DeviceTreeDocument();
        tree.MemoryReservations.Add(new MemoryReservation(0x1000, 0x2000));
        tree.MemoryReservations.Add(new MemoryReservation(0xFFFF_0000_0000_0000, 0x10));
        var a = new DeviceTreeNode("node-a@10");
        var b = new DeviceTreeNode("node-b");
        tree.Root.SetCellSizes(1, 1)
            .SetEmpty("empty")
            .SetU32("u32", 0xDEADBEEF)
            .SetInt32("negative", -2)
            .SetU64("u64", 0x1234_5678_9ABC_DEF0)
            .SetCells("cells", 1, 2, 3, 4)
            .SetString("string", "hello")
            .SetStringList("strings", "a", "bb", "")
            .SetBytes("bytes", [0x00, 0x01, 0xFE, 0xFF])
            .SetCellsWithReferences("mixed-refs", b, 7u, a)
            .SetString("path", "/node-b");
        tree.Root.AddChild(a).SetReg(new DeviceTreeRegion(0x10, 0x4)).SetReference("self", a);
        tree.Root.AddChild(b).SetEmpty("explicit").SetPhandle(5);
        tree.Root.AddChild("deep").AddChild("er").AddChild("est").SetU32("value", 42);

        var compiled = Dtc.Compile(TestData.Read("value-kinds.dts"));

        Assert.Empty(compiled.Diagnostics);
        var parsed = DeviceTreeDocument.Parse(compiled.Output);
        tree.AssignPhandles();
        TreeAssert.Equal(tree, parsed);
        Assert.Equal(1u, a.Phandle); // the lowest number not taken by node-b's explicit 5
        Assert.Equal([5u, 7u, 1u], parsed.Root.GetProperty("mixed-refs")!.AsCells());
        Assert.Equal(tree.ToArray(), compiled.Output);
    }

    [DtcFact]
    public void The_blob_accessor_reads_a_dtc_compiled_blob_in_place()
    {
        var blob = FdtBlob.Open(Dtc.Compile(TestData.Read("gunyah-full.dts")).Output);

        Assert.Equal([new MemoryReservation(0x8000_0000, 0x1000), new MemoryReservation(0x845F_0000, 0x1_0000)], blob.GetMemoryReservations());
        Assert.Equal("/pl011@9000000", blob.FindNode("/chosen")!.Value.GetProperty("stdout-path")!.Value.AsString());
        Assert.True(blob.TryFindNode("serial0", out var uart));
        Assert.Equal(["arm,pl011", "arm,primecell"], uart.GetProperty("compatible")!.Value.AsStringList());
        var clock = uart.GetProperty("clocks")!.Value.AsCells()[0];
        Assert.Equal(blob.FindNode("/apb-pclk")!.Value.Offset, blob.FindNodeByPhandle(clock)!.Value.Offset);
        Assert.Equal([0u, 1, 2, 3], blob.FindNode("/gunyah-vm-config/vcpus")!.Value.GetProperty("affinity-map")!.Value.AsCells());
        Assert.Equal(0x8460_0000ul, blob.FindNode("/chosen")!.Value.GetProperty("linux,initrd-start")!.Value.AsNumber());
    }

    /// <summary>
    /// The warnings dtc prints for a builder tree. A /memory node has reg without a unit address. After a
    /// decompile, phandles are plain numbers, so on the recompile dtc can no longer tell that the PL011's
    /// clocks cells are references (the blob itself is unchanged, as the byte comparison shows).
    /// </summary>
    private static List<string> ExpectedWarnings(GunyahVmDeviceTreeOptions options, bool recompiling)
    {
        var warnings = new List<string>();
        if (options.MemoryNode == GunyahMemoryNodeStyle.Plain)
            warnings.Add(PlainMemoryWarning);
        if (recompiling && options.Console is { } console)
        {
            for (var cell = 0; cell < 2; cell++)
                warnings.Add($"Warning (clocks_property): /pl011@{console.BaseAddress:x}:clocks: cell {cell} is not a phandle reference");
        }

        return warnings;
    }
}
