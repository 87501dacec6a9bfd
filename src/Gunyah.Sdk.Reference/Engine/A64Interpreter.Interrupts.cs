namespace Gunyah.Sdk.Reference.Engine;

// IRQs from the interrupt controller: taken between instructions when PSTATE.I is clear (to VBAR_EL1 + 0x80 from the
// vector group of the current state), and the GICv3 CPU interface system registers, which the controller answers.
public sealed partial class A64Interpreter
{
    /// <summary>The interrupt controller (the VM's virtual GIC); without one no IRQ is ever taken and the ICC_*
    /// registers are undefined.</summary>
    public IInterruptController? InterruptController { get; set; }

    /// <summary>IRQ exceptions taken so far.</summary>
    public long InterruptsTaken { get; private set; }

    // Called before each instruction when PSTATE.I is clear (the run loop tests the mask itself, inline).
    private bool TryTakeInterrupt()
    {
        if (InterruptController is not { } controller || !controller.HasSignalled(CpuIndex))
            return false;
        nextPc = Pc;
        TakeException(0, 0, Pc, vectorOffset: 0x80); // ELR is the instruction not yet run; ESR is not written.
        Pc = nextPc;
        InterruptsTaken++;
        return true;
    }

    // WFI completes at once when an interrupt is already signalled (whatever PSTATE.I says).
    private bool InterruptSignalled() => InterruptController?.HasSignalled(CpuIndex) == true;

    private static GicCpuRegister? CpuInterfaceRegister(int key) => key switch
    {
        _ when key == Key(3, 0, 4, 6, 0) => GicCpuRegister.PriorityMask,
        _ when key == Key(3, 0, 12, 12, 0) => GicCpuRegister.Acknowledge,
        _ when key == Key(3, 0, 12, 12, 1) => GicCpuRegister.EndOfInterrupt,
        _ when key == Key(3, 0, 12, 12, 2) => GicCpuRegister.HighestPending,
        _ when key == Key(3, 0, 12, 12, 3) => GicCpuRegister.BinaryPoint,
        _ when key == Key(3, 0, 12, 12, 4) => GicCpuRegister.Control,
        _ when key == Key(3, 0, 12, 12, 5) => GicCpuRegister.SystemRegisterEnable,
        _ when key == Key(3, 0, 12, 12, 7) => GicCpuRegister.GroupEnable,
        _ when key == Key(3, 0, 12, 11, 1) => GicCpuRegister.Deactivate,
        _ when key == Key(3, 0, 12, 11, 3) => GicCpuRegister.RunningPriority,
        _ when key == Key(3, 0, 12, 11, 5) => GicCpuRegister.GenerateSgi,
        _ when key == Key(3, 0, 12, 9, 0) => GicCpuRegister.ActivePriorities,
        _ => null,
    };

    // An ICC register access: EL1 only, and only with a controller that has the register (else undefined).
    private bool TryCpuInterfaceRead(GicCpuRegister register, out ulong value)
    {
        value = 0;
        return El == 1 && InterruptController is { } controller && controller.TryReadCpuRegister(CpuIndex, register, out value);
    }

    private bool TryCpuInterfaceWrite(GicCpuRegister register, ulong value) =>
        El == 1 && InterruptController is { } controller && controller.TryWriteCpuRegister(CpuIndex, register, value);
}
