using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// The boot context reaches the guest's vCPU whole: every register the VMM sets with SET_BOOT_CONTEXT goes to the
/// RM as VM_SET_BOOT_CONTEXT, and at VM_START the engine gets all of them before vcpu_poweron with PC as the entry
/// and X0 as the context argument (the generations with a boot context).
/// </summary>
public sealed class BootContextFullStackTests
{
    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public async Task Every_boot_register_the_VMM_sets_reaches_the_engine_before_power_on(string name)
    {
        var engine = new ScriptedVcpuEngine(VcpuStop.WaitForInterrupt());
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, _) => engine);
        var dtb = AssembledVm.Dtb();
        using var device = host.OpenDevice();
        using var vm = device.CreateVm();
        using var memory = AssembledVm.GiveMemory(device, vm, dtb); // Sets PC = base and X0 = the devicetree.
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);
        vm.SetBootRegister(BootRegister.X(5), 0x5555);
        vm.SetBootRegister(BootRegister.X(31), 0x3131);
        vm.SetBootRegister(BootRegister.Sp(1), 0x8010_0000);
        vm.SetBootRegister(BootRegister.Sp(2), 0x2222);
        using var vcpu = vm.AddVcpu(0);

        vm.Start();

        var boot = Assert.Single(engine.BootRegisters);
        Assert.Equal([(AssembledVm.Base, AssembledVm.Base + AssembledVm.DtbOffset)], engine.PowerOns);
        Assert.Equal(AssembledVm.Base, boot.Pc);
        Assert.Equal(AssembledVm.Base + AssembledVm.DtbOffset, boot.X(0));
        Assert.Equal((0x5555ul, 0x3131ul, 0ul), (boot.X(5), boot.X(31), boot.X(1)));
        Assert.Equal((0ul, 0x8010_0000ul, 0x2222ul), (boot.Sp(0), boot.Sp(1), boot.Sp(2)));
    }

    [Theory]
    [InlineData("v6")]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public async Task Without_a_boot_context_the_vCPU_starts_at_the_image_with_X0_at_the_devicetree(string name)
    {
        var engine = new ScriptedVcpuEngine(VcpuStop.WaitForInterrupt());
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, _) => engine);
        var dtb = AssembledVm.Dtb();
        using var device = host.OpenDevice();
        using var vm = device.CreateVm();
        using var memory = AssembledVm.GiveMemory(device, vm, dtb);
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + 4096);
        using var vcpu = vm.Capabilities.HasFlag(VmCapabilities.Functions) ? vm.AddVcpu(0) : null;

        vm.Start();

        // The drivers pass image 0/0 and the devicetree's offset in the parcel; the parcel sits at the vm-config base.
        Assert.Equal([(AssembledVm.Base, AssembledVm.Base + AssembledVm.DtbOffset)], engine.PowerOns);
        var boot = Assert.Single(engine.BootRegisters);
        Assert.Equal((AssembledVm.Base, AssembledVm.Base + AssembledVm.DtbOffset, 0ul), (boot.Pc, boot.X(0), boot.Sp(1)));
    }
}
