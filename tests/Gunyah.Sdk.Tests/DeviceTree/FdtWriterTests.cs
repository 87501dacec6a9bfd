using Gunyah.Sdk.Tests.Infrastructure;
using System.Buffers;
using System.Text;
using Gunyah.Sdk.DeviceTree;
using static Gunyah.Sdk.Tests.DeviceTree.RawFdt;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class FdtWriterTests
{
    [Fact]
    public void An_empty_tree_serializes_to_the_exact_header_reservation_terminator_and_root_tokens()
    {
        var tree = new DeviceTreeDocument { BootCpuIdPhys = 5 };

        var blob = tree.ToArray();

        // 40 header + 16 terminator + BEGIN_NODE, "\0" padded to 4, END_NODE, END.
        var expected = new RawFdt { BootCpu = 5 }.Begin("").End().Finish().Build();
        Assert.Equal(expected, blob);
        Assert.Equal(72, blob.Length);
        uint[] header = [Fdt.Magic, 72, 56, 72, 40, 17, 16, 5, 0, 16];
        Assert.Equal(header, Enumerable.Range(0, 10).Select(i => Be32(blob, i * 4)));
    }

    [Fact]
    public void Header_offsets_and_sizes_describe_the_blocks_exactly()
    {
        var tree = SampleTree();
        tree.MemoryReservations.Add(new MemoryReservation(0x1000, 0x2000));
        tree.MemoryReservations.Add(new MemoryReservation(0x8000_0000_0000, 0x10));

        var blob = tree.ToArray();

        var (totalSize, structOffset, stringsOffset, rsvOffset) = (Be32(blob, 4), Be32(blob, 8), Be32(blob, 12), Be32(blob, 16));
        var (stringsSize, structSize) = (Be32(blob, 32), Be32(blob, 36));
        Assert.Equal((uint)blob.Length, totalSize);
        Assert.Equal(40u, rsvOffset);
        Assert.Equal(40u + 3 * 16, structOffset); // two entries and the terminator
        Assert.Equal(structOffset + structSize, stringsOffset);
        Assert.Equal(totalSize, stringsOffset + stringsSize);
        Assert.Equal(EndToken, Be32(blob, (int)(stringsOffset - 4)));
        Assert.Equal((17u, 16u), (Be32(blob, 20), Be32(blob, 24)));
    }

    [Fact]
    public void The_reservation_block_holds_each_entry_big_endian_then_a_zero_terminator()
    {
        var tree = new DeviceTreeDocument();
        tree.MemoryReservations.Add(new MemoryReservation(0x0102030405060708, 0x1112131415161718));
        tree.MemoryReservations.Add(new MemoryReservation(0, 0x1000)); // a zero address alone is a real entry

        var blob = tree.ToArray();

        Assert.Equal(Convert.FromHexString("0102030405060708111213141516171800000000000000000000000000001000"), blob[40..72]);
        Assert.All(blob[72..88], b => Assert.Equal(0, b));
        Assert.Equal(88u, Be32(blob, 8));
    }

    [Fact]
    public void A_zero_zero_reservation_cannot_be_written_because_it_would_end_the_list()
    {
        var tree = new DeviceTreeDocument();
        tree.MemoryReservations.Add(default);
        Assert.Throws<InvalidOperationException>(tree.ToArray);
    }

    [Fact]
    public void Every_token_is_4_byte_aligned_and_all_padding_is_zero_even_in_a_dirty_buffer()
    {
        var tree = new DeviceTreeDocument();
        for (var length = 1; length <= 9; length++)
        {
            var node = tree.Root.AddChild(new string('n', length));
            node.SetBytes("p" + new string('x', length), Enumerable.Repeat((byte)0xAB, length - 1).ToArray());
        }

        var size = tree.GetBlobSize();
        var buffer = Enumerable.Repeat((byte)0xFF, size + 7).ToArray();
        Assert.Equal(size, tree.WriteTo(buffer));
        var blob = buffer[..size];

        Assert.Equal(tree.ToArray(), blob);
        Assert.All(buffer[size..], b => Assert.Equal(0xFF, b)); // nothing written past the blob
        var tokens = Tokens(blob);
        Assert.All(tokens, t => Assert.Equal(0, t.Offset % 4));
        Assert.Equal(1 + 9 * 3 + 1 + 1, tokens.Count); // root, 9 × (node, prop, end), root end, END
        Assert.DoesNotContain((byte)0xFF, blob);
    }

    [Fact]
    public void Property_names_are_stored_once_and_offsets_point_at_them()
    {
        var tree = new DeviceTreeDocument();
        tree.Root.SetString("compatible", "a");
        tree.Root.AddChild("x").SetString("compatible", "b").SetU32("reg", 1);
        tree.Root.AddChild("y").SetU32("reg", 2).SetString("compatible", "c");

        var blob = tree.ToArray();

        Assert.Equal("compatible\0reg\0", Encoding.ASCII.GetString(StringsBlock(blob)));
        var nameOffsets = Tokens(blob).Where(t => t.Token == PropToken).Select(t => Be32(blob, t.Offset + 8)).ToArray();
        Assert.Equal([0u, 0, 11, 11, 0], nameOffsets);
    }

    [Fact]
    public void A_name_that_is_the_tail_of_an_earlier_name_shares_its_bytes_as_dtc_does()
    {
        var tailLater = new DeviceTreeDocument();
        tailLater.Root.SetU32("linux,phandle", 1).SetU32("phandle", 1);
        var tailFirst = new DeviceTreeDocument();
        tailFirst.Root.SetU32("phandle", 1).SetU32("linux,phandle", 1);

        Assert.Equal("linux,phandle\0", Encoding.ASCII.GetString(StringsBlock(tailLater.ToArray())));
        Assert.Equal(
            [0u, 6u],
            Tokens(tailLater.ToArray()).Where(t => t.Token == PropToken).Select(t => Be32(tailLater.ToArray(), t.Offset + 8)));
        // A longer name added after a shorter one is stored whole: only existing bytes are reused.
        Assert.Equal("phandle\0linux,phandle\0", Encoding.ASCII.GetString(StringsBlock(tailFirst.ToArray())));
    }

    [Fact]
    public void The_structure_block_has_the_exact_bytes_of_the_same_tree_assembled_by_hand()
    {
        var tree = new DeviceTreeDocument();
        tree.Root.SetU32("#address-cells", 2);
        tree.Root.AddChild("chosen").SetString("bootargs", "console=hvc0").SetEmpty("linux,flag");
        tree.Root.AddChild("cpus").AddChild("cpu@0").SetCells("reg", 0, 0);

        var expected = new RawFdt()
            .Begin("").PropU32("#address-cells", 2)
            .Begin("chosen").PropString("bootargs", "console=hvc0").Prop("linux,flag").End()
            .Begin("cpus").Begin("cpu@0").Prop("reg", new byte[8]).End().End()
            .End().Finish().Build();
        Assert.Equal(expected, tree.ToArray());
    }

    [Fact]
    public void Writing_into_a_buffer_writer_and_into_a_span_give_the_same_bytes()
    {
        var tree = SampleTree();
        var output = new ArrayBufferWriter<byte>();

        var written = tree.WriteTo(output);

        Assert.Equal(tree.ToArray(), output.WrittenSpan.ToArray());
        Assert.Equal(written, output.WrittenCount);
        Assert.Equal(written, new FdtWriter().Measure(tree));
    }

    [Fact]
    public void A_destination_shorter_than_the_blob_is_refused_before_anything_is_written()
    {
        var tree = SampleTree();
        var buffer = new byte[tree.GetBlobSize() - 1];
        Assert.Throws<ArgumentException>(() => tree.WriteTo(buffer));
        Assert.All(buffer, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_tree_deeper_than_the_limit_cannot_be_written_but_the_limit_itself_can()
    {
        var tree = new DeviceTreeDocument();
        var node = tree.Root;
        for (var depth = 2; depth <= Fdt.MaxDepth; depth++)
            node = node.AddChild("n");
        var blob = tree.ToArray();
        Assert.Equal(Fdt.MaxDepth, DeviceTreeDocument.Parse(blob).FindNode(string.Concat(Enumerable.Repeat("/n", Fdt.MaxDepth - 1)))!.Depth + 1);

        node.AddChild("too-deep");
        Assert.Throws<InvalidOperationException>(tree.ToArray);
    }

    [Fact]
    public void Serializing_a_resolved_tree_into_a_reused_buffer_allocates_nothing()
    {
        var tree = SampleTree();
        for (var i = 0; i < 16; i++)
            tree.Root.AddChild($"dev@{i:x}").SetString("compatible", "test,dev").SetReference("interrupt-parent", tree.FindNode("/intc")!);
        var buffer = new byte[tree.GetBlobSize()];
        tree.WriteTo(buffer); // warm the per-thread writer's tables

        var allocated = AllocationMeter.LeastOf(3, () =>
        {
            for (var i = 0; i < 10; i++)
                tree.WriteTo(buffer);
        });

        Assert.Equal(0, allocated);
    }

    internal static DeviceTreeDocument SampleTree()
    {
        var tree = new DeviceTreeDocument();
        tree.Root.SetString("compatible", "test,board").SetCellSizes(2, 2);
        var intc = tree.Root.AddChild("intc@1000").SetEmpty("interrupt-controller").SetU32("#interrupt-cells", 3);
        intc.SetReg(new DeviceTreeRegion(0x1000, 0x100));
        tree.Root.SetReference("interrupt-parent", intc);
        tree.Root.AddChild("chosen").SetString("bootargs", "quiet");
        tree.Root.AddChild("data").SetBytes("blob", [1, 2, 3]).SetU64("big", 0x1122334455667788).SetStringList("list", "a", "", "bc");
        return tree;
    }

    internal static byte[] StringsBlock(byte[] blob) => blob[(int)Be32(blob, 12)..(int)(Be32(blob, 12) + Be32(blob, 32))];

    /// <summary>The structure block's tokens with their absolute offsets, decoded by hand.</summary>
    internal static List<(int Offset, uint Token)> Tokens(byte[] blob)
    {
        var tokens = new List<(int, uint)>();
        var at = (int)Be32(blob, 8);
        while (true)
        {
            var token = Be32(blob, at);
            tokens.Add((at, token));
            if (token == EndToken)
                return tokens;
            at += token switch
            {
                BeginNodeToken => 4 + ((Array.IndexOf(blob, (byte)0, at + 4) - (at + 4) + 1 + 3) & ~3),
                PropToken => 12 + (int)((Be32(blob, at + 4) + 3) & ~3u),
                _ => 4,
            };
        }
    }
}
