using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class DeviceTreeNodeTests
{
    [Fact]
    public void Children_and_properties_keep_insertion_order_and_setting_an_existing_name_replaces_in_place()
    {
        var node = new DeviceTreeNode("n");
        node.SetU32("a", 1).SetU32("b", 2).SetU32("c", 3).SetU32("a", 9);
        node.AddChild("z");
        node.AddChild("y");

        Assert.Equal(["a", "b", "c"], node.Properties.Select(p => p.Name));
        Assert.Equal(9u, node.GetProperty("a")!.AsU32());
        Assert.Equal(["z", "y"], node.Children.Select(c => c.Name));
    }

    [Fact]
    public void Lookup_by_name_stays_correct_past_the_size_where_the_index_takes_over()
    {
        var node = new DeviceTreeNode("n");
        for (var i = 0; i < 40; i++)
            node.SetU32($"p{i}", (uint)i).AddChild($"c{i}");
        Assert.True(node.RemoveProperty("p3"));
        Assert.True(node.RemoveChild("c5"));
        node.SetU32("p7", 70);

        Assert.Equal(39, node.Properties.Count);
        Assert.Null(node.GetProperty("p3"));
        Assert.Equal(70u, node.GetProperty("p7")!.AsU32());
        Assert.Equal(39u, node.GetProperty("p39")!.AsU32());
        Assert.Equal(6, node.Properties.ToList().FindIndex(p => p.Name == "p7"));
        Assert.Null(node.GetChild("c5"));
        Assert.Equal("c6", node.GetChild("c6")!.Name);
    }

    [Fact]
    public void A_second_child_with_the_same_name_is_refused()
    {
        var node = new DeviceTreeNode("n");
        node.AddChild("cpu@0");
        Assert.Throws<ArgumentException>(() => node.AddChild("cpu@0"));
        Assert.Same(node.GetChild("cpu@0"), node.GetOrAddChild("cpu@0"));
    }

    [Fact]
    public void A_node_cannot_be_attached_twice_or_beneath_itself()
    {
        var tree = new DeviceTreeDocument();
        var a = tree.Root.AddChild("a");
        var b = a.AddChild("b");
        Assert.Throws<ArgumentException>(() => tree.Root.AddChild(b));
        var detached = new DeviceTreeNode("d");
        var inner = detached.AddChild("inner");
        Assert.Throws<ArgumentException>(() => inner.AddChild(detached));
        Assert.Throws<ArgumentException>(() => a.AddChild(tree.Root));
        Assert.True(a.RemoveChild("b"));
        Assert.Null(b.Parent);
        tree.Root.AddChild(b);
        Assert.Equal("/b", b.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("sp ace")]
    public void Node_names_must_be_printable_ascii_without_a_slash(string name)
    {
        Assert.Throws<ArgumentException>(() => new DeviceTreeNode(name));
    }

    [Fact]
    public void Paths_depths_base_names_and_unit_addresses_follow_the_position_in_the_tree()
    {
        var tree = new DeviceTreeDocument();
        var cpu = tree.Root.AddChild("cpus").AddChild("cpu@1");
        Assert.Equal("/", tree.Root.Path);
        Assert.Equal("/cpus/cpu@1", cpu.Path);
        Assert.Equal(2, cpu.Depth);
        Assert.Equal("cpu", cpu.BaseName);
        Assert.Equal("1", cpu.UnitAddress);
        Assert.Null(cpu.Parent!.UnitAddress);
    }

    [Fact]
    public void Paths_resolve_exact_names_then_base_names_then_aliases()
    {
        var tree = new DeviceTreeDocument();
        var cpus = tree.Root.AddChild("cpus");
        var cpu0 = cpus.AddChild("cpu@0");
        var cpu1 = cpus.AddChild("cpu@1");
        var exact = cpus.AddChild("cpu");
        tree.Root.AddChild("aliases").SetString("boot", "/cpus/cpu@1").SetString("bad", "relative").SetU32("num", 1);

        Assert.Same(cpu1, tree.FindNode("/cpus/cpu@1"));
        Assert.Same(exact, tree.FindNode("/cpus/cpu"));
        Assert.Same(cpu1, tree.FindNode("boot"));
        Assert.Same(tree.Root, tree.FindNode("/"));
        Assert.Same(cpu0, tree.FindNode("//cpus//cpu@0/"));
        Assert.Null(tree.FindNode("/cpus/cpu@2"));
        Assert.Null(tree.FindNode("bad"));
        Assert.Null(tree.FindNode("num"));
        Assert.Null(tree.FindNode("missing"));
        cpus.RemoveChild("cpu");
        Assert.Same(cpu0, tree.FindNode("/cpus/cpu"));
    }

    [Fact]
    public void Reg_uses_the_parents_cell_widths()
    {
        var tree = new DeviceTreeDocument();
        var wide = tree.Root.SetCellSizes(2, 2).AddChild("memory@80000000");
        wide.SetReg(new DeviceTreeRegion(0x8000_0000, 0x640_0000), new DeviceTreeRegion(0x1_0000_0000, 0x1000));
        var narrow = tree.Root.AddChild("bus").SetCellSizes(1, 1).AddChild("dev@10");
        narrow.SetReg(new DeviceTreeRegion(0x10, 0x20));
        var cpu = tree.Root.AddChild("cpus").SetCellSizes(1, 0).AddChild("cpu@3");
        cpu.SetReg(new DeviceTreeRegion(3, 0));

        Assert.Equal([0u, 0x8000_0000, 0, 0x640_0000, 1, 0, 0, 0x1000], wide.GetProperty("reg")!.AsCells());
        Assert.Equal([0x10u, 0x20], narrow.GetProperty("reg")!.AsCells());
        Assert.Equal([3u], cpu.GetProperty("reg")!.AsCells());
        Assert.Equal([new DeviceTreeRegion(0x8000_0000, 0x640_0000), new DeviceTreeRegion(0x1_0000_0000, 0x1000)], wide.GetReg());
        Assert.Equal([new DeviceTreeRegion(3, 0)], cpu.GetReg());
        Assert.Empty(tree.Root.GetReg());
    }

    [Fact]
    public void Reg_defaults_to_two_address_and_one_size_cell_when_the_parent_says_nothing()
    {
        var tree = new DeviceTreeDocument();
        var node = tree.Root.AddChild("dev@0");
        node.SetReg(new DeviceTreeRegion(0x1_0000_0000, 0x10));
        Assert.Equal([1u, 0, 0x10], node.GetProperty("reg")!.AsCells());
        Assert.Equal((2, 1), (tree.Root.AddressCells, tree.Root.SizeCells));
    }

    [Fact]
    public void Reg_values_that_do_not_fit_their_cells_are_refused()
    {
        var tree = new DeviceTreeDocument();
        var node = tree.Root.AddChild("bus").SetCellSizes(1, 1).AddChild("dev@0");
        Assert.Throws<ArgumentOutOfRangeException>(() => node.SetReg(new DeviceTreeRegion(0x1_0000_0000, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => node.SetReg(new DeviceTreeRegion(0, 0x1_0000_0000)));
        var pci = tree.Root.AddChild("pci").SetCellSizes(3, 2).AddChild("dev@0");
        Assert.Throws<InvalidOperationException>(() => pci.SetReg(new DeviceTreeRegion(0, 1)));
    }

    [Fact]
    public void Reading_reg_with_a_length_that_is_not_whole_entries_raises_BadPropertyValue()
    {
        var tree = new DeviceTreeDocument();
        var node = tree.Root.SetCellSizes(2, 2).AddChild("dev@0").SetCells("reg", 1, 2, 3);
        Assert.Equal(DeviceTreeFormatError.BadPropertyValue, Assert.Throws<DeviceTreeFormatException>(node.GetReg).Reason);
        tree.Root.SetU32("#address-cells", 99);
        Assert.Equal(DeviceTreeFormatError.BadPropertyValue, Assert.Throws<DeviceTreeFormatException>(() => node.Parent!.AddressCells).Reason);
    }

    [Fact]
    public void Phandles_0_and_all_ones_are_reserved()
    {
        var node = new DeviceTreeNode("n");
        Assert.Throws<ArgumentOutOfRangeException>(() => node.SetPhandle(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => node.SetPhandle(uint.MaxValue));
        Assert.Equal(7u, node.SetPhandle(7).Phandle);
        Assert.Equal(8u, new DeviceTreeNode("legacy").SetU32("linux,phandle", 8).Phandle);
    }
}
