using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class PhandleAssignmentTests
{
    [Fact]
    public void Referenced_nodes_get_phandles_from_1_in_order_of_first_reference()
    {
        var tree = new DeviceTreeDocument();
        var a = tree.Root.AddChild("a");
        var b = tree.Root.AddChild("b");
        var unreferenced = tree.Root.AddChild("c");
        // b is referenced first (by the root's own property, which comes before every child).
        tree.Root.SetReference("first", b);
        a.SetCellsWithReferences("refs", a, b, 3u);

        tree.AssignPhandles();

        Assert.Equal(1u, b.Phandle);
        Assert.Equal(2u, a.Phandle);
        Assert.Null(unreferenced.Phandle);
        Assert.Equal([2u, 1u, 3u], a.GetProperty("refs")!.AsCells());
        Assert.Equal("phandle", a.Properties[^1].Name); // appended after the node's own properties, as dtc does
    }

    [Fact]
    public void Existing_phandles_are_kept_and_skipped_when_numbering_new_ones()
    {
        var tree = new DeviceTreeDocument();
        var fixedOne = tree.Root.AddChild("fixed").SetPhandle(1);
        var legacy = tree.Root.AddChild("legacy").SetU32("linux,phandle", 2);
        var fresh = tree.Root.AddChild("fresh");
        var later = tree.Root.AddChild("later").SetPhandle(9);
        tree.Root.SetCellsWithReferences("all", fresh, fixedOne, legacy, later);

        var blob = tree.ToArray();

        Assert.Equal(3u, fresh.Phandle);
        Assert.Equal(1u, fixedOne.Phandle);
        Assert.Equal(9u, later.Phandle);
        Assert.Equal([3u, 1, 2, 9], DeviceTreeDocument.Parse(blob).Root.GetProperty("all")!.AsCells());
    }

    [Fact]
    public void A_node_may_refer_to_itself()
    {
        var tree = new DeviceTreeDocument();
        var self = tree.Root.AddChild("self");
        self.SetReference("me", self);
        tree.AssignPhandles();
        Assert.Equal(self.Phandle, self.GetProperty("me")!.AsU32());
    }

    [Fact]
    public void A_reference_to_a_node_outside_the_tree_is_refused()
    {
        var tree = new DeviceTreeDocument();
        var other = new DeviceTreeDocument().Root.AddChild("elsewhere");
        tree.Root.SetReference("bad", other);
        Assert.Throws<InvalidOperationException>(tree.AssignPhandles);
        var detached = new DeviceTreeNode("detached");
        tree.Root.SetReference("bad", detached);
        Assert.Throws<InvalidOperationException>(tree.ToArray);
    }

    [Fact]
    public void Changing_a_targets_phandle_updates_the_referring_cells_on_the_next_serialization()
    {
        var tree = new DeviceTreeDocument();
        var target = tree.Root.AddChild("t");
        tree.Root.SetReference("ref", target);
        tree.AssignPhandles();
        target.SetPhandle(0x42);

        var parsed = DeviceTreeDocument.Parse(tree.ToArray());

        Assert.Equal(0x42u, parsed.Root.GetProperty("ref")!.AsU32());
    }
}
