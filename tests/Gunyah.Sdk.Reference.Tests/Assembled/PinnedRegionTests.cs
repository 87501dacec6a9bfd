using System.Runtime.InteropServices;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Pinning: a VMM that unmaps a region's memory while the VM still has it loses only its own view. The pages stay
/// (the VM — here, the hypervisor model reading this process's pages — keeps using them) until the region is
/// released with the VM, and only then is the munmap done.
/// </summary>
public sealed class PinnedRegionTests
{
    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public async Task Unmapping_a_running_VMs_region_is_held_back_until_the_VM_is_gone(string name)
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!);
        using var device = host.OpenDevice();
        var dtb = AssembledVm.Dtb();
        var vm = device.CreateVm();
        var ram = (GuestMemory)AssembledVm.GiveMemory(device, vm, dtb);
        var address = ram.HostAddress;
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);
        vm.Start();

        ram.Dispose(); // munmap through the seam while the VM runs.

        Assert.True(IsMapped(address));
        Assert.Equal(0xEDFE_0DD0u, (uint)Marshal.ReadInt32(address + (nint)AssembledVm.DtbOffset)); // The FDT magic, still there.
        Assert.Empty(host.System.Hypervisor.VerifyInvariants());

        vm.Dispose();

        Assert.False(IsMapped(address));
    }

    [Fact]
    public async Task Unmapping_memory_no_VM_holds_is_done_at_once_and_bad_arguments_are_EINVAL()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Android14);
        using var device = host.OpenDevice();
        var ram = device.AllocateGuestMemory(AssembledVm.Base, AssembledVm.RamSize);
        var address = ram.HostAddress;

        Assert.Equal(-Errno.EINVAL, host.Kernel.Munmap(address + 1, 4096));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Munmap(address, 0));
        ram.Dispose();

        Assert.False(IsMapped(address));
    }

    private static bool IsMapped(nint address) => Gunyah.Sdk.Reference.HostKernel.UserMemory.IsMapped((ulong)address, 4096);
}
