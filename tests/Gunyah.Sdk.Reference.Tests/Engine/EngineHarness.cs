using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>Assembles a program at <see cref="FlatGuestBus.Base"/>, loads it and runs it on an interpreter until it stops.</summary>
internal sealed class EngineHarness
{
    public EngineHarness(Action<A64Assembler> program)
    {
        var assembler = new A64Assembler(FlatGuestBus.Base);
        program(assembler);
        assembler.Build().CopyTo(Bus.Ram, 0);
        Cpu.Reset(FlatGuestBus.Base, 0);
        Cpu.SpEl1 = FlatGuestBus.Base + FlatGuestBus.Size; // The stack grows down from the top of RAM.
    }

    public FlatGuestBus Bus { get; } = new();

    public A64Interpreter Cpu { get; } = new();

    /// <summary>Runs until the first stop (the programs end with WFI or an MMIO access).</summary>
    public VcpuStop Run(long budget = 100_000) => Cpu.Run(Bus, budget);

    /// <summary>Runs a program ending in WFI and returns the interpreter, asserting nothing undefined ran.</summary>
    public static A64Interpreter RunToWfi(Action<A64Assembler> program)
    {
        var harness = new EngineHarness(a =>
        {
            program(a);
            a.Wfi();
        });
        var stop = harness.Run();
        Assert.Equal(VcpuStopKind.WaitForInterrupt, stop.Kind);
        Assert.Equal(0, harness.Cpu.UndefinedInstructions);
        return harness.Cpu;
    }
}
