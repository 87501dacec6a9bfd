using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// The L24 resume actions reach guest code: a VMM that answers an MMIO read with FAULT makes the guest take a
/// synchronous data abort at VBAR_EL1 + 0x200 (ESR EC 0x25, FAR the address), which the guest reports over MMIO;
/// RETRY makes the same store come again.
/// </summary>
public sealed class FaultResumeFullStackTests
{
    private const ulong Device = 0x9000_0000;

    // Entry: VBAR = the image; a store (retried once by the VMM), a load (faulted). The abort handler at +0x200
    // stores ESR and FAR to the device and powers off.
    private static byte[] Guest()
    {
        var asm = new A64Assembler();
        var start = asm.Here();
        asm.Adr(X(9), start).Msr(A64SystemRegister.VbarEl1, X(9)).Mov(X(1), Device).Mov(X(2), 0x77)
            .Store(Access.Word, X(2), X(1), 4).Load(Access.Word, X(3), X(1), 8).Udf();
        while (asm.Position < 0x200)
            asm.Nop();
        asm.Mrs(X(20), A64SystemRegister.EsrEl1).Mrs(X(21), A64SystemRegister.FarEl1)
            .Store(Access.Double, X(20), X(1), 16).Store(Access.Double, X(21), X(1), 24).PsciCall(Psci.SystemOff);
        return asm.Build();
    }

    [Theory]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public async Task FAULT_injects_a_data_abort_and_RETRY_repeats_the_access(string name)
    {
        A64VcpuEngine? engine = null;
        await using var host = ReferenceHost.Start(AbiProfiles.Find(name)!, (_, index) => engine = new A64VcpuEngine((int)index));
        using var machine = new GuestVm(host, Guest());
        var vcpu = machine.Vcpu;

        var exit = vcpu.Run();
        Assert.Equal((Device + 4, true, 0x77UL), (exit.Mmio.Address, exit.Mmio.IsWrite, exit.Mmio.Value));
        var mmio = exit.Mmio;
        mmio.ResumeAction = VcpuResumeAction.Retry;
        exit = vcpu.Run();
        Assert.Equal((Device + 4, true, 0x77UL), (exit.Mmio.Address, exit.Mmio.IsWrite, exit.Mmio.Value)); // Again.
        exit = vcpu.Run();
        Assert.Equal((Device + 8, false), (exit.Mmio.Address, exit.Mmio.IsWrite));
        mmio = exit.Mmio;
        mmio.ResumeAction = VcpuResumeAction.Fault;
        exit = vcpu.Run();
        Assert.Equal((Device + 16, true, (0x25UL << 26) | (1UL << 25) | 0x10), (exit.Mmio.Address, exit.Mmio.IsWrite, exit.Mmio.Value));
        exit = vcpu.Run();
        Assert.Equal((Device + 24, true, Device + 8), (exit.Mmio.Address, exit.Mmio.IsWrite, exit.Mmio.Value));
        exit = vcpu.Run();
        Assert.Equal(VcpuExitReason.Status, exit.Reason);
        Assert.Equal(VmStatus.Exited, exit.Status.Status);
        Assert.Equal(0, engine!.Cpu.UndefinedInstructions);
    }
}
