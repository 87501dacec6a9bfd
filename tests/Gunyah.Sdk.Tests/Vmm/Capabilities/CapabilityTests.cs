using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Capabilities;

/// <summary>What each generation declares it offers, and what a call it lacks does: throw, send nothing.</summary>
public class CapabilityTests
{
    [Fact]
    public void Lending_on_a_generation_without_user_regions_names_both_missing_capabilities()
    {
        using var fake = FakeVmm.Create("v17");

        var exception = Assert.Throws<GunyahNotSupportedException>(() =>
            fake.Vm.SetUserMemoryRegion(new UserMemoryRegion(1, 0x8000_0000, 0x1000, 0x1000_0000, MemoryAccess.ReadWrite, MemorySharing.Lend)));

        Assert.Equal(VmCapabilities.UserMemoryRegions | VmCapabilities.UserMemoryLend, exception.Capability);
        Assert.Contains("UserMemoryRegions, UserMemoryLend", exception.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Ioctls);
    }
}
