using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class DeviceTreeChosenTests
{
    [Fact]
    public void Bootargs_and_stdout_path_are_strings_and_null_removes_them()
    {
        var tree = new DeviceTreeDocument();
        var chosen = tree.GetOrAddChosen();
        var uart = tree.Root.AddChild("pl011@9000000");

        chosen.BootArgs = "console=ttyAMA0 nokaslr";
        chosen.SetStdout(uart, "115200n8");

        Assert.Equal("console=ttyAMA0 nokaslr", tree.FindNode("/chosen")!.GetProperty("bootargs")!.AsString());
        Assert.Equal("/pl011@9000000:115200n8", chosen.StdoutPath);
        chosen.BootArgs = null;
        chosen.StdoutPath = null;
        Assert.Empty(chosen.Node.Properties);
        Assert.Same(chosen.Node, tree.GetOrAddChosen().Node);
    }

    [Fact]
    public void Initrd_addresses_are_as_wide_as_the_roots_address_cells()
    {
        var wide = new DeviceTreeDocument();
        wide.Root.SetCellSizes(2, 2);
        wide.GetOrAddChosen().SetInitrd(0x8460_0000, 0x1_0000_0000);
        var narrow = new DeviceTreeDocument();
        narrow.Root.SetCellSizes(1, 1);
        narrow.GetOrAddChosen().SetInitrd(0x4600_0000, 0x4700_0000);

        Assert.Equal(8, wide.FindNode("/chosen")!.GetProperty("linux,initrd-start")!.Length);
        Assert.Equal(0x1_0000_0000ul, wide.FindNode("/chosen")!.GetProperty("linux,initrd-end")!.AsU64());
        Assert.Equal(0x4700_0000u, narrow.FindNode("/chosen")!.GetProperty("linux,initrd-end")!.AsU32());
        Assert.True(narrow.GetOrAddChosen().TryGetInitrd(out var start, out var end));
        Assert.Equal((0x4600_0000ul, 0x4700_0000ul), (start, end));
    }

    [Fact]
    public void Initrd_checks_order_and_width_and_can_be_cleared()
    {
        var tree = new DeviceTreeDocument();
        tree.Root.SetCellSizes(1, 1);
        var chosen = tree.GetOrAddChosen();
        Assert.Throws<ArgumentOutOfRangeException>(() => chosen.SetInitrd(0x2000, 0x1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => chosen.SetInitrd(0x1000, 0x1_0000_0000));
        chosen.SetInitrd(0x1000, 0x2000);
        chosen.ClearInitrd();
        Assert.False(chosen.TryGetInitrd(out _, out _));
    }

    [Fact]
    public void An_initrd_value_of_an_odd_width_raises_BadPropertyValue()
    {
        var tree = new DeviceTreeDocument();
        var chosen = tree.GetOrAddChosen();
        chosen.Node.SetBytes("linux,initrd-start", [1, 2, 3]).SetU32("linux,initrd-end", 4);
        Assert.Equal(DeviceTreeFormatError.BadPropertyValue, Assert.Throws<DeviceTreeFormatException>(() => chosen.TryGetInitrd(out _, out _)).Reason);
    }
}
