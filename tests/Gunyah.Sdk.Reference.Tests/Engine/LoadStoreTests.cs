using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>Loads and stores in each addressing mode, with sign/zero extension and base write-back, checked against
/// the bytes the test put in (or reads back from) the bus's RAM.</summary>
public sealed class LoadStoreTests
{
    private const ulong Data = FlatGuestBus.Base + 0x8000;

    private static EngineHarness Run(Action<A64Assembler> program, Action<FlatGuestBus>? setUp = null)
    {
        var harness = new EngineHarness(asm =>
        {
            asm.Mov(X(1), Data);
            program(asm);
            asm.Wfi();
        });
        setUp?.Invoke(harness.Bus);
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        Assert.Equal(0, harness.Cpu.UndefinedInstructions);
        return harness;
    }

    [Fact]
    public void Every_width_loads_with_its_extension()
    {
        const ulong value = 0x8899_AABB_CCDD_EEFF; // Every byte has its top bit set.
        var h = Run(asm => asm.Load(Access.Byte, X(2), X(1), 1).Load(Access.Half, X(3), X(1), 2).Load(Access.Word, X(4), X(1), 4)
            .Load(Access.Double, X(5), X(1)).Load(Access.SignedByte64, X(6), X(1), 1).Load(Access.SignedByte32, X(7), X(1), 1)
            .Load(Access.SignedHalf64, X(8), X(1), 2).Load(Access.SignedHalf32, X(9), X(1), 2).Load(Access.SignedWord, X(10), X(1), 4)
            .Load(Access.Word, X(11), X(1), -4 + 8), bus => bus.Write64(Data, value));
        var bytes = BitConverter.GetBytes(value);
        Assert.Equal((ulong)bytes[1], h.Cpu.GetX(2));
        Assert.Equal((ulong)BitConverter.ToUInt16(bytes, 2), h.Cpu.GetX(3));
        Assert.Equal((ulong)BitConverter.ToUInt32(bytes, 4), h.Cpu.GetX(4));
        Assert.Equal(value, h.Cpu.GetX(5));
        Assert.Equal((ulong)(long)(sbyte)bytes[1], h.Cpu.GetX(6));
        Assert.Equal((ulong)(uint)(sbyte)bytes[1], h.Cpu.GetX(7));
        Assert.Equal((ulong)(long)BitConverter.ToInt16(bytes, 2), h.Cpu.GetX(8));
        Assert.Equal((ulong)(uint)BitConverter.ToInt16(bytes, 2), h.Cpu.GetX(9));
        Assert.Equal((ulong)(long)BitConverter.ToInt32(bytes, 4), h.Cpu.GetX(10));
        Assert.Equal((ulong)BitConverter.ToUInt32(bytes, 4), h.Cpu.GetX(11));
    }

    [Fact]
    public void Stores_write_only_their_width()
    {
        var h = Run(asm => asm.Mov(X(2), 0x1122_3344_5566_7788).Store(Access.Byte, X(2), X(1)).Store(Access.Half, X(2), X(1), 8)
            .Store(Access.Word, X(2), X(1), 16).Store(Access.Double, X(2), X(1), 24).Store(Access.Word, X(2), X(1), -7));
        Assert.Equal(0x88UL, h.Bus.Read64(Data) & 0xFF_FFFF_FFFF);
        Assert.Equal(0x7788UL, h.Bus.Read64(Data + 8));
        Assert.Equal(0x5566_7788UL, h.Bus.Read64(Data + 16));
        Assert.Equal(0x1122_3344_5566_7788UL, h.Bus.Read64(Data + 24));
        Assert.Equal(0x5566_7788UL, h.Bus.Read64(Data - 7) & 0xFFFF_FFFF); // STUR: an unscaled negative offset.
    }

    [Fact]
    public void Pre_and_post_index_update_the_base_and_register_offsets_scale()
    {
        var h = Run(asm => asm.Mov(X(2), 0xAB).Store(Access.Double, X(2), X(1), 16, Indexing.PreIndex) // X1 += 16, then store.
            .Load(Access.Double, X(3), X(1), -8, Indexing.PostIndex) // Load at X1, then X1 -= 8.
            .Mov(X(4), 2).LoadRegisterOffset(Access.Double, X(5), X(1), X(4), A64Extend.Uxtx, scaled: true)
            .Mov(X(6), unchecked((ulong)-8)).LoadRegisterOffset(Access.Double, X(7), X(1), W(6), A64Extend.Sxtw),
            bus => { bus.Write64(Data + 24, 0x2424); bus.Write64(Data, 0x1010); });
        Assert.Equal(0xABUL, h.Bus.Read64(Data + 16));
        Assert.Equal(0xABUL, h.Cpu.GetX(3));
        Assert.Equal(Data + 8, h.Cpu.GetX(1));
        Assert.Equal(0x2424UL, h.Cpu.GetX(5)); // X1 + 2 * 8.
        Assert.Equal(0x1010UL, h.Cpu.GetX(7)); // X1 + sign-extended W6 (−8).
    }

    [Fact]
    public void Pairs_and_the_stack_pointer_as_base()
    {
        var h = Run(asm => asm.Mov(X(2), 0x1111).Mov(X(3), 0x2222)
            .StorePair(X(2), X(3), Sp, -16, Indexing.PreIndex).LoadPair(X(4), X(5), Sp, 16, Indexing.PostIndex)
            .StorePair(W(2), W(3), X(1), 8).LoadPair(W(6), W(7), X(1), 8)
            .Mov(X(8), 0xFFFF_FFFF_8000_0001).Store(Access.Double, X(8), X(1), 32)
            .Word(0x69440C29)); // ldpsw x9, x3, [x1, #32]
        var top = FlatGuestBus.Base + FlatGuestBus.Size;
        Assert.Equal((0x1111UL, 0x2222UL, top), (h.Cpu.GetX(4), h.Cpu.GetX(5), h.Cpu.SpEl1));
        Assert.Equal(0x1111UL, h.Bus.Read64(top - 16));
        Assert.Equal((0x1111UL, 0x2222UL), (h.Cpu.GetX(6), h.Cpu.GetX(7)));
        Assert.Equal(0x2222_0000_1111UL, h.Bus.Read64(Data + 8));
        Assert.Equal((0xFFFF_FFFF_8000_0001UL, 0xFFFF_FFFF_FFFF_FFFFUL), (h.Cpu.GetX(9), h.Cpu.GetX(3)));
    }

    [Fact]
    public void Literal_loads_and_ADR_are_PC_relative()
    {
        var harness = new EngineHarness(asm =>
        {
            var literal = asm.NewLabel();
            asm.LoadLiteral(X(2), literal).LoadLiteral(W(3), literal).Adr(X(4), literal).Wfi();
            asm.Bind(literal).Word(0xDDCC_BBAA).Word(0x1122_3344);
        });
        Assert.Equal(VcpuStopKind.WaitForInterrupt, harness.Run().Kind);
        Assert.Equal(0x1122_3344_DDCC_BBAAUL, harness.Cpu.GetX(2));
        Assert.Equal(0xDDCC_BBAAUL, harness.Cpu.GetX(3));
        Assert.Equal(FlatGuestBus.Base + 16, harness.Cpu.GetX(4));
    }

    [Fact]
    public void An_exclusive_pair_of_load_and_store_succeeds_once_and_CLREX_breaks_it()
    {
        var h = Run(asm => asm.Mov(X(2), 0x55)
            .LoadExclusive(X(3), X(1)).StoreExclusive(W(4), X(2), X(1)) // Succeeds: W4 = 0.
            .StoreExclusive(W(5), X(2), X(1)) // The monitor is clear: W5 = 1.
            .LoadExclusive(W(6), X(1), acquire: true).Word(0xD503305F) // clrex
            .StoreExclusive(W(7), W(2), X(1), release: true), bus => bus.Write64(Data, 0x99));
        Assert.Equal((0x99UL, 0UL, 1UL, 0x55UL, 1UL), (h.Cpu.GetX(3), h.Cpu.GetX(4), h.Cpu.GetX(5), h.Cpu.GetX(6), h.Cpu.GetX(7)));
        Assert.Equal(0x55UL, h.Bus.Read64(Data));
    }
}
