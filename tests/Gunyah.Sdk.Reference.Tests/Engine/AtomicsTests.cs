using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>The LSE atomics, CAS/CASP and the exclusive pairs on one vCPU, checked against the values the test
/// computes; and the exclusive monitor failing a store when memory changed under it (as another vCPU would).</summary>
public sealed class AtomicsTests
{
    private const ulong Data = FlatGuestBus.Base + 0x8000;

    public static TheoryData<AtomicOp, ulong, ulong, ulong> Operations() => new()
    {
        // op, memory before, operand, memory after (64-bit)
        { AtomicOp.Add, 0xFFFF_FFFF_FFFF_FFFF, 2, 1 },
        { AtomicOp.Clear, 0xF0F0, 0x00F0, 0xF000 },
        { AtomicOp.ExclusiveOr, 0xFF00, 0x0FF0, 0xF0F0 },
        { AtomicOp.Set, 0x1000, 0x0001, 0x1001 },
        { AtomicOp.SignedMax, 0xFFFF_FFFF_FFFF_FFFE, 3, 3 },
        { AtomicOp.SignedMin, 0xFFFF_FFFF_FFFF_FFFE, 3, 0xFFFF_FFFF_FFFF_FFFE },
        { AtomicOp.UnsignedMax, 0xFFFF_FFFF_FFFF_FFFE, 3, 0xFFFF_FFFF_FFFF_FFFE },
        { AtomicOp.UnsignedMin, 0xFFFF_FFFF_FFFF_FFFE, 3, 3 },
        { AtomicOp.Swap, 0x1234, 0x5678, 0x5678 },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void An_LSE_operation_returns_the_old_value_and_stores_the_result(AtomicOp operation, ulong before, ulong operand, ulong after)
    {
        var h = Run(a => a.Mov(X(2), operand).Atomic(operation, Access.Double, X(2), X(3), X(1), acquire: true, release: true),
            bus => bus.Write64(Data, before));
        Assert.Equal(before, h.Cpu.GetX(3));
        Assert.Equal(after, h.Bus.Read64(Data));
    }

    [Fact]
    public void A_narrow_atomic_touches_only_its_bytes_and_compares_signed_at_its_width()
    {
        // LDSMAXB: 0x80 is -128 as a byte, so 1 wins; the byte above is untouched; Rt gets the zero-extended old byte.
        var h = Run(a => a.Mov(W(2), 1).Atomic(AtomicOp.SignedMax, Access.Byte, W(2), W(3), X(1))
            .Mov(W(4), 0xFFFF).Atomic(AtomicOp.Add, Access.Half, W(4), X(5), X(6)),
            bus => bus.Write64(Data, 0xAA80), setX6: Data + 8);
        Assert.Equal(0x80UL, h.Cpu.GetX(3));
        Assert.Equal(0xAA01UL, h.Bus.Read64(Data));
        Assert.Equal(0UL, h.Cpu.GetX(5));
        Assert.Equal(0xFFFFUL, h.Bus.Read64(Data + 8));
    }

    [Fact]
    public void An_atomic_to_the_zero_register_is_the_store_alias()
    {
        var h = Run(a => a.Mov(X(2), 5).Atomic(AtomicOp.Add, Access.Double, X(2), Xzr, X(1)), bus => bus.Write64(Data, 10));
        Assert.Equal(15UL, h.Bus.Read64(Data));
    }

    [Fact]
    public void CAS_swaps_only_on_a_match_and_always_returns_the_old_value()
    {
        var h = Run(a => a.Mov(X(2), 7).Mov(X(3), 8).CompareAndSwap(Access.Double, X(2), X(3), X(1)) // 7 == 7: swaps.
            .Mov(X(4), 7).Mov(X(5), 9).CompareAndSwap(Access.Double, X(4), X(5), X(1), acquire: true, release: true), // 8 != 7.
            bus => bus.Write64(Data, 7));
        Assert.Equal((7UL, 8UL), (h.Cpu.GetX(2), h.Cpu.GetX(4)));
        Assert.Equal(8UL, h.Bus.Read64(Data));
    }

    [Fact]
    public void CASP_compares_and_swaps_both_halves()
    {
        var h = Run(a => a.Mov(X(4), 1).Mov(X(5), 2).Mov(X(6), 3).Mov(X(7), 4).CompareAndSwapPair(X(4), X(6), X(1))
            .Mov(X(8), 1).Mov(X(9), 4).Mov(X(10), 5).Mov(X(11), 6).CompareAndSwapPair(X(8), X(10), X(1)), // 3:4 != 1:4.
            bus =>
            {
                bus.Write64(Data, 1);
                bus.Write64(Data + 8, 2);
            });
        Assert.Equal((1UL, 2UL, 3UL, 4UL), (h.Cpu.GetX(4), h.Cpu.GetX(5), h.Cpu.GetX(8), h.Cpu.GetX(9)));
        Assert.Equal((3UL, 4UL), (h.Bus.Read64(Data), h.Bus.Read64(Data + 8)));
    }

    [Fact]
    public void An_exclusive_pair_loads_and_stores_both_registers()
    {
        var h = Run(a => a.LoadExclusivePair(X(2), X(3), X(1), acquire: true).AddImmediate(X(2), X(2), 1).AddImmediate(X(3), X(3), 1)
            .StoreExclusivePair(W(4), X(2), X(3), X(1), release: true)
            .LoadExclusivePair(W(5), W(6), X(1)).StoreExclusivePair(W(7), W(6), W(5), X(1)),
            bus =>
            {
                bus.Write64(Data, 10);
                bus.Write64(Data + 8, 20);
            });
        Assert.Equal((11UL, 21UL, 0UL, 0UL), (h.Cpu.GetX(2), h.Cpu.GetX(3), h.Cpu.GetX(4), h.Cpu.GetX(7)));
        Assert.Equal((11UL, 0UL), (h.Cpu.GetX(5), h.Cpu.GetX(6))); // The two words of the first doubleword.
        Assert.Equal(11UL << 32, h.Bus.Read64(Data)); // The word pair, swapped.
        Assert.Equal(21UL, h.Bus.Read64(Data + 8));
    }

    [Fact]
    public void A_store_exclusive_fails_when_memory_changed_since_the_load()
    {
        // LDXR, then an MMIO read hands control to the host, which changes the word (as another vCPU would);
        // the STXR after it must fail and leave memory as the host wrote it.
        var harness = new EngineHarness(a => a.Mov(X(1), Data).Mov(X(9), 0x9000_0000)
            .LoadExclusive(X(2), X(1)).Load(Access.Double, X(8), X(9))
            .AddImmediate(X(2), X(2), 1).StoreExclusive(W(3), X(2), X(1)).Wfi());
        harness.Bus.Write64(Data, 40);
        Assert.Equal(VcpuStopKind.MmioRead, harness.Run().Kind);
        harness.Bus.Write64(Data, 50);
        harness.Cpu.CompleteMmio(Sdk.Reference.Engine.MmioCompletion.Emulate, 0);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        Assert.Equal(1UL, harness.Cpu.GetX(3));
        Assert.Equal(50UL, harness.Bus.Read64(Data));
    }

    [Fact]
    public void An_atomic_to_memory_the_VM_cannot_touch_is_a_data_abort_not_an_MMIO_exit()
    {
        var harness = new EngineHarness(a => a.Mov(X(1), 0x9000_0000).Mov(X(2), 1).Atomic(AtomicOp.Add, Access.Double, X(2), X(3), X(1)).Wfi());
        harness.Cpu.VbarEl1 = FlatGuestBus.Base + 0x4000;
        harness.Bus.Write64(FlatGuestBus.Base + 0x4200, 0xD503207F); // The vector (current EL, SP_ELx): WFI.
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        Assert.Equal(0x25UL, harness.Cpu.EsrEl1 >> 26);
        Assert.Equal(0x9000_0000UL, harness.Cpu.Far);
    }

    [Fact]
    public void The_engine_advertises_LSE_in_ID_AA64ISAR0_EL1()
    {
        var cpu = EngineHarness.RunToWfi(a => a.Word(0xD5380600)); // mrs x0, id_aa64isar0_el1
        Assert.Equal(2UL, (cpu.GetX(0) >> 20) & 0xF);
    }

    private static EngineHarness Run(Action<A64Assembler> program, Action<FlatGuestBus> setUp, ulong setX6 = 0)
    {
        var harness = new EngineHarness(a =>
        {
            a.Mov(X(1), Data).Mov(X(6), setX6);
            program(a);
            a.Wfi();
        });
        setUp(harness.Bus);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        Assert.Equal(0, harness.Cpu.UndefinedInstructions);
        return harness;
    }
}
