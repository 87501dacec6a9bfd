using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The real driver, where there is one: open /dev/gunyah with detection, create a VM, close both.</summary>
public class GunyahDeviceNodeTests
{
    [RequiresGunyahDeviceFact]
    public void The_real_device_is_detected_and_creates_a_VM()
    {
        using var device = GunyahDevice.Open();
        Assert.Contains(device.Profile, Gunyah.Sdk.Uapi.AbiProfiles.All);

        var vm = device.CreateVm();
        Assert.Same(device.Profile, vm.Profile);
        Assert.True(vm.Handle.Fd >= 0);
        Assert.Equal("vm", vm.Handle.FdKind);

        vm.Dispose();
        Assert.True(vm.Handle.IsClosed);
    }

    [Fact]
    public void The_attribute_skips_exactly_when_the_device_node_is_missing()
    {
        var attribute = new RequiresGunyahDeviceFactAttribute();

        Assert.Equal(File.Exists(GunyahDevice.DefaultPath) ? null : RequiresGunyahDeviceFactAttribute.SkipReason, attribute.Skip);
    }
}
