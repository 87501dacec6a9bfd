using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>A load or store the bus refuses is an MMIO stop with address, size and write data; the completion writes
/// the read value to the remembered register with the access's extension. HVC #0 is PSCI.</summary>
public sealed class MmioAndPsciTests
{
    private const ulong Device = 0x9000_0000;

    [Theory]
    [InlineData(Access.SignedByte64, 1, 0x80UL, 0xFFFF_FFFF_FFFF_FF80UL)]
    [InlineData(Access.SignedByte32, 1, 0x80UL, 0xFFFF_FF80UL)]
    [InlineData(Access.SignedHalf64, 2, 0x8001UL, 0xFFFF_FFFF_FFFF_8001UL)]
    [InlineData(Access.SignedWord, 4, 0xFFFF_FFFEUL, 0xFFFF_FFFF_FFFF_FFFEUL)]
    [InlineData(Access.Half, 2, 0xFFFF_8001UL, 0x8001UL)]
    [InlineData(Access.Word, 4, 0x1_8000_0001UL, 0x8000_0001UL)]
    [InlineData(Access.Double, 8, 0x8877_6655_4433_2211UL, 0x8877_6655_4433_2211UL)]
    public void An_MMIO_read_completes_into_its_register_with_its_extension(Access access, int size, ulong hostValue, ulong expected)
    {
        var h = new EngineHarness(asm => asm.Mov(X(1), Device).Mov(X(7), ulong.MaxValue).Load(access, X(7), X(1), 8, Indexing.PostIndex).Wfi());
        var stop = h.Run();
        Assert.Equal(VcpuStop.MmioRead(Device, size), stop);
        Assert.Equal((7, size), (h.Cpu.PendingMmioDestination.Register, h.Cpu.PendingMmioDestination.Size));
        Assert.Equal(ulong.MaxValue, h.Cpu.GetX(7)); // Nothing written before the host answers.
        Assert.Equal(Device, h.Cpu.GetX(1));
        h.Cpu.CompleteMmio(MmioCompletion.Emulate, hostValue);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, h.Run().Kind);
        Assert.Equal(expected, h.Cpu.GetX(7));
        Assert.Equal(Device + 8, h.Cpu.GetX(1)); // The post-index write-back, applied on completion.
    }

    [Fact]
    public void An_MMIO_write_carries_its_data_and_retry_runs_it_again()
    {
        var h = new EngineHarness(asm => asm.Mov(X(1), Device).Mov(X(2), 0x1122_3344_5566_7788).Store(Access.Half, X(2), X(1), 6).Wfi());
        Assert.Equal(VcpuStop.MmioWrite(Device + 6, 2, 0x7788), h.Run());
        h.Cpu.CompleteMmio(MmioCompletion.Retry, 0);
        Assert.Equal(VcpuStop.MmioWrite(Device + 6, 2, 0x7788), h.Run());
        h.Cpu.CompleteMmio(MmioCompletion.Emulate, 0);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, h.Run().Kind);
    }

    [Fact]
    public void A_faulted_MMIO_access_and_a_pair_to_MMIO_are_data_aborts()
    {
        const ulong vbar = FlatGuestBus.Base + 0x1000;
        var h = new EngineHarness(asm =>
        {
            asm.Mov(X(1), vbar).Msr(A64SystemRegister.VbarEl1, X(1)).Mov(X(1), Device).Load(Access.Word, X(2), X(1), 4).Wfi();
            while (asm.Position < vbar + 0x200)
                asm.Nop();
            var second = asm.NewLabel();
            asm.Cbnz(X(20), second) // The second abort (the STP's) ends the test.
                .Mrs(X(20), A64SystemRegister.EsrEl1).Mrs(X(21), A64SystemRegister.FarEl1).StorePair(X(2), X(3), X(1));
            asm.Bind(second).Wfi();
        });
        Assert.Equal(VcpuStop.MmioRead(Device + 4, 4), h.Run());
        h.Cpu.CompleteMmio(MmioCompletion.Fault, 0);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, h.Run().Kind);
        Assert.Equal((0x25UL << 26) | (1UL << 25) | 0x10, h.Cpu.GetX(20)); // Data abort, same EL, external abort, read.
        Assert.Equal(Device + 4, h.Cpu.GetX(21));
        Assert.Equal((0x25UL << 26) | (1UL << 25) | (1UL << 6) | 0x10, h.Cpu.EsrEl1); // The STP: a write abort.
        Assert.Equal(Device, h.Cpu.Far);
    }

    [Fact]
    public void PSCI_calls_answer_in_X0_or_stop_the_vCPU()
    {
        var h = new EngineHarness(asm => asm.PsciCall(Psci.Version).MovRegister(X(10), X(0))
            .PsciCall(Psci.Features, Psci.SystemOff).MovRegister(X(11), X(0))
            .PsciCall(Psci.Features, 0x8400_0006).MovRegister(X(12), X(0)) // MIGRATE_INFO_TYPE: not implemented.
            .PsciCall(0x8400_00FF).MovRegister(X(13), X(0)).Hvc(0x6065).MovRegister(X(14), X(0))
            .PsciCall(Psci.SystemReset2, 0x8000_0001, 0xC0FFEE).PsciCall(Psci.SystemReset).PsciCall(Psci.SystemOff));
        Assert.Equal(VcpuStop.SystemReset(0x8000_0001 | (1UL << 62), 0xC0FFEE), h.Run());
        Assert.Equal((ulong)A64Interpreter.PsciVersion, h.Cpu.GetX(10));
        Assert.Equal((0UL, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue), (h.Cpu.GetX(11), h.Cpu.GetX(12), h.Cpu.GetX(13), h.Cpu.GetX(14)));
        Assert.Equal(VcpuStop.SystemReset(1UL << 63), h.Run());
        Assert.Equal(VcpuStop.PowerOff(exited: true), h.Run());
        Assert.Equal(0, h.Cpu.UndefinedInstructions);
    }
}
