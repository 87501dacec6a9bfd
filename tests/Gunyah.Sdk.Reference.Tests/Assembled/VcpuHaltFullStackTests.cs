using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// A guest's own end reaches the VMM as the real machine delivers it: the vCPU halts in the hypervisor, the RM
/// hears its halt vIRQ, asks vcpu_run_check and sends VM_EXITED, and the driver's RUN returns a status exit with
/// EXITED and the RM's exit type and reason — for every generation with vCPU functions.
/// </summary>
public sealed class VcpuHaltFullStackTests
{
    private const ulong Page = 4096;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var generation in new[] { "v10", "android14-6.1", "v17", "android15-6.6" })
        {
            for (var stop = 0; stop < 3; stop++)
            {
                data.Add(generation, stop);
            }
        }

        return data;
    }

    private static (VcpuStop Stop, GhRmVmExitType Type, GhRmVmExitCode Code, uint ReasonSize) Case(int index) => index switch
    {
        0 => (VcpuStop.Fault(), GhRmVmExitType.SoftwareError, GhRmVmExitCode.SoftwareError, 4),
        1 => (VcpuStop.PowerOff(exited: true), GhRmVmExitType.PlatformOff, GhRmVmExitCode.Normal, 4),
        _ => (VcpuStop.SystemReset(0x0000_0000_8000_0000, 0x1234), GhRmVmExitType.PsciSystemReset2, GhRmVmExitCode.Normal, 16),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_halting_vCPU_ends_RUN_with_the_VMs_exit_status(string name, int index)
    {
        var (stop, type, code, reasonSize) = Case(index);
        var engine = new ScriptedVcpuEngine(VcpuStop.MmioWrite(0x9000_0000, 4, 1), stop);
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, _) => engine);
        var dtb = AssembledVm.Dtb();
        using var device = host.OpenDevice();
        using var vm = device.CreateVm();
        using var memory = AssembledVm.GiveMemory(device, vm, dtb);
        vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (ulong)dtb.Length + Page);
        using var vcpu = vm.AddVcpu(0);
        vm.Start();

        Assert.Equal(VcpuExitReason.Mmio, vcpu.Run().Reason);
        var exit = vcpu.Run();

        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal(VmStatus.Exited, exit.Status.Status);
        Assert.Equal((ushort)type, exit.Status.ExitType);
        Assert.Equal(reasonSize, exit.Status.ReasonSize);
        Assert.Equal((ushort)code, BinaryPrimitives.ReadUInt16LittleEndian(exit.Status.Reason[2..]));
        if (reasonSize == 16)
        {
            Assert.Equal(0x8000_0000u, BinaryPrimitives.ReadUInt32LittleEndian(exit.Status.Reason[4..])); // The reset type.
        }

        Assert.Equal(VcpuExitReason.Status, vcpu.Run().Reason); // The VM stays down.
        Assert.Equal(1, host.System.Service.ResourceManager.VmCount);
    }
}
