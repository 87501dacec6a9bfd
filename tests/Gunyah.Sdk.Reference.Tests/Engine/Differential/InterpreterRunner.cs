using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>Runs sequences on one reused <see cref="A64Interpreter"/> over a <see cref="FlatGuestBus"/>, from the same state the qemu program loads.</summary>
internal sealed class InterpreterRunner
{
    private const ulong Scratch = MachineState.ScratchAddress;
    private const uint Wfi = 0xD503_207F;
    private readonly FlatGuestBus bus = new();
    private readonly A64Interpreter cpu = new();

    /// <summary>The final state, or why the sequence did not run to its end (an exception, a stop).</summary>
    public (MachineState? State, string? Problem) Run(DifferentialSequence sequence)
    {
        var words = sequence.Words;
        for (var n = 0; n < words.Length; n++)
            BinaryPrimitives.WriteUInt32LittleEndian(bus.Ram.AsSpan(n * 4), words[n]);
        BinaryPrimitives.WriteUInt32LittleEndian(bus.Ram.AsSpan(words.Length * 4), Wfi); // Branches make the count vary: stop at the end.
        cpu.Reset(FlatGuestBus.Base, 0);
        for (var r = 0; r < 31; r++)
            cpu.SetX(r, sequence.Initial.X[r]);
        cpu.SetX(MachineState.BaseRegister, MachineState.ScratchStart);
        cpu.SpEl1 = MachineState.ScratchStart;
        cpu.Nzcv = sequence.Initial.Nzcv;
        var scratch = bus.Ram.AsSpan((int)(Scratch - FlatGuestBus.Base), MachineState.ScratchSize);
        sequence.Initial.Memory.CopyTo(scratch);
        var undefinedBefore = cpu.UndefinedInstructions;
        var stop = cpu.Run(bus, words.Length + 1);
        var end = FlatGuestBus.Base + (ulong)words.Length * 4 + 4; // Past the WFI.
        if (cpu.UndefinedInstructions != undefinedBefore)
            return (null, $"the interpreter raised undefined for 0x{cpu.LastUndefined:x8}");
        if (stop.Kind != VcpuStopKind.WaitForInterrupt || cpu.Pc != end)
            return (null, $"the interpreter stopped with {stop.Kind} at 0x{cpu.Pc:x} (ELR 0x{cpu.ElrEl1:x}, ESR 0x{cpu.EsrEl1:x}), not at the end 0x{end:x}");
        var state = new MachineState { Nzcv = cpu.Nzcv, Sp = cpu.Sp };
        for (var r = 0; r < 31; r++)
            state.X[r] = cpu.GetX(r);
        scratch.CopyTo(state.Memory);
        return (state, null);
    }
}
