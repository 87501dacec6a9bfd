using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// The fault injectors of the RM and driver layers, as a VMM's own tests would use them: a refused RM call or ioctl
/// fails the typed call with the error Linux would give, and nothing happened behind it.
/// </summary>
public sealed class LayerFaultInjectionTests
{
    [Fact]
    public async Task An_RM_call_refused_by_the_injector_never_reaches_the_RM_and_fails_START()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Android14);
        var seen = new List<(ushort Vmid, uint Id)>();
        host.System.Service.FaultInjector = (vmid, id) =>
        {
            lock (seen)
            {
                seen.Add((vmid, id));
            }

            return id == GhRmMessages.GH_RM_RPC_VM_INIT ? GhRmError.Noresource : GhRmError.Ok;
        };
        using var device = host.OpenDevice();
        var dtb = AssembledVm.Dtb();
        using (var vm = device.CreateVm())
        {
            using var memory = AssembledVm.GiveMemory(device, vm, dtb);
            vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);

            Assert.Throws<GunyahException>(() => vm.Start());

            Assert.Contains(((ushort)3, GhRmMessages.GH_RM_RPC_VM_INIT), seen);
            Assert.Equal(GhRmVmStatus.Init, host.System.Service.ResourceManager.StateOf(0x80)); // VM_INIT did not happen.
        }

        host.System.Service.FaultInjector = null;
        using var again = device.CreateVm();
        using var ram = AssembledVm.GiveMemory(device, again, dtb);
        again.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);
        again.Start();
    }

    [Fact]
    public async Task An_ioctl_refused_by_the_injector_fails_with_its_errno_and_changes_nothing()
    {
        await using var host = ReferenceHost.Start(AbiProfiles.Android14);
        host.Kernel.FaultInjector = (_, kind, request) => kind == "vm" && request == Gunyah.Sdk.Uapi.Android14.Ioctls.GH_VM_SET_USER_MEM_REGION ? -Errno.ENOMEM : 0;
        using var device = host.OpenDevice();
        using var vm = device.CreateVm();
        using var ram = device.AllocateGuestMemory(AssembledVm.Base, AssembledVm.RamSize);

        var refused = Assert.Throws<GunyahException>(() => vm.AddUserMemory(0, ram));
        Assert.Equal(Errno.ENOMEM, refused.Errno);

        host.Kernel.FaultInjector = null;
        vm.AddUserMemory(0, ram); // Label 0 and the range are still free: the refused call added nothing.
    }
}
