using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>The run loop allocates nothing per instruction or per exit (best of several passes: a one-time tier-up
/// of the JIT may allocate once).</summary>
public sealed class AllocationTests
{
    private const ulong Device = 0x9000_0000;

    [Fact]
    public void Instructions_and_MMIO_exits_allocate_nothing()
    {
        // A loop of ALU work, a load, a store and a pair in RAM, and one MMIO read and one MMIO write per iteration.
        var h = new EngineHarness(asm =>
        {
            var loop = asm.NewLabel();
            asm.Mov(X(1), Device).Mov(X(2), FlatGuestBus.Base + 0x8000).Mov(X(3), 0);
            asm.Bind(loop).AddImmediate(X(3), X(3), 1).Eor(X(4), X(3), X(4), A64Shift.Ror, 7).Mul(X(5), X(4), X(3))
                .Store(Access.Double, X(5), X(2)).Load(Access.SignedWord, X(6), X(2)).StorePair(X(5), X(6), X(2), 16)
                .Load(Access.SignedByte64, X(7), X(1)).Store(Access.Word, X(7), X(1), 4).B(loop);
        });
        var best = long.MaxValue;
        long exits = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20_000; i++)
            {
                var stop = h.Run();
                exits++;
                h.Cpu.CompleteMmio(MmioCompletion.Emulate, stop.Kind == VcpuStopKind.MmioRead ? 0x80UL : 0);
            }

            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, best);
        Assert.True(h.Cpu.Instructions > exits * 4, $"{h.Cpu.Instructions} instructions over {exits} exits");
        Assert.Equal(0xFFFF_FFFF_FFFF_FF80UL, h.Cpu.GetX(7));
        Assert.Equal(0, h.Cpu.UndefinedInstructions);
    }
}
