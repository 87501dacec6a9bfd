using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>Branches, system registers and exceptions: undefined encodings reach the guest's vector with the
/// architectural ESR/ELR/SPSR and are counted; SVC and ERET round-trip; barriers and hints run as no-ops.</summary>
public sealed class ControlTests
{
    [Fact]
    public void Conditional_branches_loops_and_calls_compute_a_sum()
    {
        const int n = 100;
        var cpu = EngineHarness.RunToWfi(asm =>
        {
            var loop = asm.NewLabel();
            var function = asm.NewLabel();
            var after = asm.NewLabel();
            var end = asm.NewLabel();
            asm.Mov(X(0), 0).Mov(X(1), n);
            asm.Bind(loop).Add(X(0), X(0), X(1)).SubImmediate(X(1), X(1), 1).CmpImmediate(X(1), 0).B(A64Condition.Ne, loop);
            asm.Bl(function).Mov(X(3), 1).Tbnz(X(3), 0, after).Mov(X(3), 99); // Skipped.
            asm.Bind(after).Cbz(X(4), after).B(end);
            asm.Bind(function).Mov(X(4), 7).Ret();
            asm.Bind(end).Nop().DsbSy().DmbIsh().Isb();
        });
        Assert.Equal((ulong)(n * (n + 1) / 2), cpu.GetX(0));
        Assert.Equal((1UL, 7UL), (cpu.GetX(3), cpu.GetX(4)));
    }

    [Fact]
    public void System_registers_read_back_and_report_the_vCPU()
    {
        var interpreter = new EngineHarness(asm =>
        {
            asm.Mov(X(1), 0x1234_5678).Msr(A64SystemRegister.TpidrEl1, X(1)).Mrs(X(2), A64SystemRegister.TpidrEl1)
                .Mrs(X(3), A64SystemRegister.CurrentEl).Mrs(X(4), A64SystemRegister.MpidrEl1).Mrs(X(5), A64SystemRegister.CntfrqEl0)
                .Mrs(X(6), A64SystemRegister.CntvctEl0).Mrs(X(7), A64SystemRegister.CntvctEl0).Mrs(X(8), A64SystemRegister.Daif)
                .Word(0xD50342FF) // msr daifclr, #2
                .Mrs(X(9), A64SystemRegister.Daif).Mov(X(10), 0xF000_0000).Msr(A64SystemRegister.Nzcv, X(10)).Wfi();
        });
        Assert.Equal(VcpuStopKind.WaitForInterrupt, interpreter.Run().Kind);
        var cpu = interpreter.Cpu;
        Assert.Equal(0x1234_5678UL, cpu.GetX(2));
        Assert.Equal(1UL << 2, cpu.GetX(3)); // EL1.
        Assert.Equal(0x8000_0000UL, cpu.GetX(4)); // MPIDR RES1, Aff0 0.
        Assert.Equal(Reference.Engine.A64Interpreter.CounterFrequency, cpu.GetX(5));
        Assert.True(cpu.GetX(7) >= cpu.GetX(6), $"{cpu.GetX(6)} then {cpu.GetX(7)}");
        Assert.Equal((0x3C0UL, 0x340UL), (cpu.GetX(8), cpu.GetX(9))); // All masked at reset; then I cleared.
        Assert.Equal(0xF000_0000u, cpu.Nzcv);
    }

    [Theory]
    [InlineData(0x0000_0000u)] // udf #0
    [InlineData(0x4E20_8400u)] // add v0.16b, v0.16b, v0.16b: SIMD, not with general registers only
    [InlineData(0xD53F_FFE0u)] // mrs x0, s3_7_c15_c15_7: a system register the engine does not have
    [InlineData(0xF8BF_C020u)] // ldapr x0, [x1]: ARMv8.3 RCpc, not advertised
    [InlineData(0xF880_0C20u)] // size 3, opc 2, pre-index: no PRFM form (qemu-aarch64 raises SIGILL; it was a NOP here)
    [InlineData(0xF880_0420u)] // the same, post-index
    [InlineData(0xF880_0820u)] // the same, unprivileged
    [InlineData(0x6840_0420u)] // LDNP with opc 1 (an LDPSW no-allocate form does not exist; qemu raises SIGILL; it loaded here)
    public void An_undefined_encoding_takes_the_guests_undefined_instruction_exception(uint encoding)
    {
        const ulong vbar = FlatGuestBus.Base + 0x1000;
        var undefinedAt = 0UL;
        var harness = new EngineHarness(asm =>
        {
            asm.Mov(X(1), vbar).Msr(A64SystemRegister.VbarEl1, X(1)).Mov(X(1), FlatGuestBus.Base + 0x100);
            undefinedAt = asm.Position;
            asm.Word(encoding);
            asm.Wfi();
            while (asm.Position < vbar + 0x200)
                asm.Nop();
            asm.Mrs(X(20), A64SystemRegister.EsrEl1).Mrs(X(21), A64SystemRegister.ElrEl1).Mrs(X(22), A64SystemRegister.SpsrEl1)
                .Mrs(X(23), A64SystemRegister.CurrentEl).Wfi();
        });
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        var cpu = harness.Cpu;
        Assert.Equal(1, cpu.UndefinedInstructions);
        Assert.Equal(0x0200_0000UL, cpu.GetX(20)); // EC 0 (unknown), IL 1.
        Assert.Equal(encoding, cpu.LastUndefined);
        Assert.Equal(undefinedAt, cpu.GetX(21)); // ELR: the undefined instruction itself.
        Assert.Equal(0x3C5UL, cpu.GetX(22)); // DAIF masked, EL1h.
        Assert.Equal(4UL, cpu.GetX(23));
    }

    [Fact]
    public void SVC_enters_the_vector_with_its_syndrome_and_ERET_returns_after_it()
    {
        const ulong vbar = FlatGuestBus.Base + 0x1000;
        var harness = new EngineHarness(asm =>
        {
            asm.Mov(X(1), vbar).Msr(A64SystemRegister.VbarEl1, X(1)).Svc(0x42).Mov(X(5), 5).Wfi();
            while (asm.Position < vbar + 0x200)
                asm.Nop();
            asm.Mrs(X(20), A64SystemRegister.EsrEl1).Mrs(X(21), A64SystemRegister.ElrEl1).Mov(X(6), 6).Eret();
        });
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        var cpu = harness.Cpu;
        Assert.Equal((0x15UL << 26) | (1UL << 25) | 0x42, cpu.GetX(20));
        Assert.Equal(FlatGuestBus.Base + 16, cpu.GetX(21)); // The instruction after the SVC.
        Assert.Equal((5UL, 6UL, 0L), (cpu.GetX(5), cpu.GetX(6), cpu.UndefinedInstructions));
        Assert.Equal(0xFu, cpu.Daif); // Restored from SPSR.
    }

    [Fact]
    public void A_vector_that_cannot_be_fetched_is_an_unrecoverable_fault()
    {
        var harness = new EngineHarness(asm => asm.Mov(X(1), 0x10_0000).Msr(A64SystemRegister.VbarEl1, X(1)).Udf());
        Assert.Equal(VcpuStopKind.Fault, harness.Run().Kind);
        Assert.Equal(1, harness.Cpu.UndefinedInstructions);
    }
}
