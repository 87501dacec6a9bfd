using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>VM_INIT configures the VM's virtual GIC where its devicetree's <c>arm,gic-v3</c> node says, one
/// redistributor per CPU; a node whose reg lacks the redistributor region is refused with ARGUMENT_INVALID.</summary>
public sealed class VirtualGicConfigTests
{
    [Fact]
    public async Task VM_INIT_configures_the_GIC_at_the_devicetrees_addresses()
    {
        await using var bed = new RmBed();
        var (vmid, _) = await bed.ReadyVmAsync(new GunyahVmDeviceTreeOptions { VcpuCount = 3, GicDistributorBase = 0x2000_0000 });
        Assert.Equal((0x2000_0000UL, 0x2000_0000UL - 3 * 0x2_0000, 3), bed.Platform.GicOf(vmid));
    }

    [Fact]
    public void The_config_reader_takes_the_GIC_from_the_devicetree_and_refuses_a_short_reg()
    {
        var good = RmVmConfigReader.Read(RmBed.Dtb(new GunyahVmDeviceTreeOptions { GicDistributorBase = 0x3FFF_0000, GicRedistributorBase = 0x3000_0000 }), 64);
        Assert.Equal(GhRmError.Ok, good.Error);
        Assert.Equal(new RmGicConfig(0x3FFF_0000, 0x3000_0000), good.Config!.Gic);

        var tree = DeviceTreeDocument.Parse(RmBed.Dtb());
        var gic = tree.Root.Children.Single(n => n.Name.StartsWith("interrupt-controller@", StringComparison.Ordinal));
        gic.SetCells("reg", 0, 0x3FFF_0000, 0, 0x1_0000); // The distributor only.
        var bad = RmVmConfigReader.Read(tree, 64);
        Assert.Equal(GhRmError.ArgumentInvalid, bad.Error);
    }
}
