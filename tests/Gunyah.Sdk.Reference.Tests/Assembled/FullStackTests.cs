using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// The typed SDK, unchanged, drives a VM on the whole reference machine of each generation: the driver's START
/// reaches the real RM service over hypervisor message queues, the RM reads the VM's devicetree from guest memory
/// and builds it in the hypervisor core, and the vCPU's run comes from its execution engine.
/// </summary>
public sealed class FullStackTests
{
    private const ulong Page = 4096;

    public static TheoryData<string> Generations => new() { "v6", "v10", "android14-6.1", "v17", "android15-6.6" };

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task A_VM_starts_runs_and_is_torn_down_leaving_the_hypervisor_as_it_was(string name)
    {
        var profile = AbiProfiles.Find(name)!;
        var engine = new ScriptedVcpuEngine(VcpuStop.MmioWrite(0x9000_0000, 4, 0x4142_4344), VcpuStop.MmioRead(0x9000_0004, 2));
        await using var host = ReferenceHost.Start(profile, (_, _) => engine);
        var before = host.System.Hypervisor.Counters;
        var dtb = AssembledVm.Dtb();

        using (var device = host.OpenDevice())
        {
            var vm = device.CreateVm();
            using var memory = AssembledVm.GiveMemory(device, vm, dtb);
            vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + Page);
            var vcpu = vm.Capabilities.HasFlag(VmCapabilities.Functions) ? vm.AddVcpu(0) : null;
            vm.Start();

            Assert.Empty(host.System.Hypervisor.VerifyInvariants());
            Assert.Equal(before.Vms + 1, host.System.Hypervisor.Counters.Vms);
            if (vcpu is not null)
            {
                var exit = vcpu.Run();
                Assert.Equal(VcpuExitReason.Mmio, exit.Reason);
                Assert.Equal((0x9000_0000ul, 4, true, 0x4142_4344ul), (exit.Mmio.Address, exit.Mmio.Length, exit.Mmio.IsWrite, exit.Mmio.Value));
                exit = vcpu.Run();
                Assert.Equal((0x9000_0004ul, false), (exit.Mmio.Address, exit.Mmio.IsWrite));
                exit.Mmio.SetReadValue(0x55AA);
            }

            vm.Dispose();
            if (vcpu is not null)
            {
                // The read value reached the engine as the resume of the next run, or the VM was stopped first.
                Assert.All(engine.Resumes, r => Assert.True(r.ReadValue is 0 or 0x55AA));
            }
        }

        Assert.Empty(host.System.Hypervisor.VerifyInvariants());
        Assert.Equal(0, host.System.Hypervisor.InvariantViolations);
        Assert.Equal(before, host.System.Hypervisor.Counters);
        Assert.Equal(0, host.System.Platform.LiveHandles);
    }
}
