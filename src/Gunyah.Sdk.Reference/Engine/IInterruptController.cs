namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// The interrupt controller as one vCPU's engine sees it: whether an interrupt is signalled to the vCPU, and the
/// GICv3 CPU interface system registers (ICC_*_EL1). The reference hypervisor's <c>VirtualGic</c> implements it.
/// </summary>
public interface IInterruptController
{
    /// <summary>Whether an interrupt would be taken by vCPU <paramref name="cpu"/> now if PSTATE.I allowed it (what
    /// also ends a WFI).</summary>
    bool HasSignalled(int cpu);

    /// <summary>Reads a CPU interface register (IAR1 acknowledges); false: not a register this controller has.</summary>
    bool TryReadCpuRegister(int cpu, GicCpuRegister register, out ulong value);

    /// <summary>Writes a CPU interface register (EOIR1 ends an interrupt, SGI1R sends SGIs).</summary>
    bool TryWriteCpuRegister(int cpu, GicCpuRegister register, ulong value);
}

/// <summary>The GICv3 CPU interface registers of group 1 (Arm IHI 0069), by name.</summary>
public enum GicCpuRegister
{
    /// <summary>ICC_PMR_EL1: the priority mask.</summary>
    PriorityMask,

    /// <summary>ICC_IAR1_EL1: acknowledge (read).</summary>
    Acknowledge,

    /// <summary>ICC_EOIR1_EL1: end of interrupt (write).</summary>
    EndOfInterrupt,

    /// <summary>ICC_HPPIR1_EL1: the highest pending interrupt (read).</summary>
    HighestPending,

    /// <summary>ICC_BPR1_EL1: the binary point.</summary>
    BinaryPoint,

    /// <summary>ICC_CTLR_EL1.</summary>
    Control,

    /// <summary>ICC_SRE_EL1: system register enable (always on).</summary>
    SystemRegisterEnable,

    /// <summary>ICC_IGRPEN1_EL1: group 1 enable.</summary>
    GroupEnable,

    /// <summary>ICC_DIR_EL1: deactivate (write).</summary>
    Deactivate,

    /// <summary>ICC_RPR_EL1: the running priority (read).</summary>
    RunningPriority,

    /// <summary>ICC_SGI1R_EL1: generate a group 1 SGI (write).</summary>
    GenerateSgi,

    /// <summary>ICC_AP1R0_EL1: active priorities.</summary>
    ActivePriorities,
}
