namespace Gunyah.Sdk.GuestToolkit;

/// <summary>A system register by its MRS/MSR encoding (op0, op1, CRn, CRm, op2), with the ones a small kernel uses.</summary>
public readonly record struct A64SystemRegister(int Op0, int Op1, int CRn, int CRm, int Op2)
{
    /// <summary>MIDR_EL1, the main ID register.</summary>
    public static A64SystemRegister MidrEl1 => new(3, 0, 0, 0, 0);
    /// <summary>MPIDR_EL1, the vCPU's affinity.</summary>
    public static A64SystemRegister MpidrEl1 => new(3, 0, 0, 0, 5);
    /// <summary>SCTLR_EL1, system control.</summary>
    public static A64SystemRegister SctlrEl1 => new(3, 0, 1, 0, 0);
    /// <summary>SPSR_EL1, the state saved at exception entry.</summary>
    public static A64SystemRegister SpsrEl1 => new(3, 0, 4, 0, 0);
    /// <summary>ELR_EL1, the return address saved at exception entry.</summary>
    public static A64SystemRegister ElrEl1 => new(3, 0, 4, 0, 1);
    /// <summary>SP_EL0.</summary>
    public static A64SystemRegister SpEl0 => new(3, 0, 4, 1, 0);
    /// <summary>SPSel, which stack pointer EL1 uses.</summary>
    public static A64SystemRegister SpSel => new(3, 0, 4, 2, 0);
    /// <summary>CurrentEL, the exception level.</summary>
    public static A64SystemRegister CurrentEl => new(3, 0, 4, 2, 2);
    /// <summary>NZCV, the condition flags.</summary>
    public static A64SystemRegister Nzcv => new(3, 3, 4, 2, 0);
    /// <summary>DAIF, the interrupt masks.</summary>
    public static A64SystemRegister Daif => new(3, 3, 4, 2, 1);
    /// <summary>ESR_EL1, the exception syndrome.</summary>
    public static A64SystemRegister EsrEl1 => new(3, 0, 5, 2, 0);
    /// <summary>FAR_EL1, the faulting address.</summary>
    public static A64SystemRegister FarEl1 => new(3, 0, 6, 0, 0);
    /// <summary>VBAR_EL1, the exception vector base.</summary>
    public static A64SystemRegister VbarEl1 => new(3, 0, 12, 0, 0);
    /// <summary>TPIDR_EL1, EL1's thread pointer.</summary>
    public static A64SystemRegister TpidrEl1 => new(3, 0, 13, 0, 4);
    /// <summary>TPIDR_EL0, EL0's thread pointer.</summary>
    public static A64SystemRegister TpidrEl0 => new(3, 3, 13, 0, 2);
    /// <summary>CNTFRQ_EL0, the counter frequency.</summary>
    public static A64SystemRegister CntfrqEl0 => new(3, 3, 14, 0, 0);
    /// <summary>CNTVCT_EL0, the virtual counter.</summary>
    public static A64SystemRegister CntvctEl0 => new(3, 3, 14, 0, 2);

    /// <summary>ICC_PMR_EL1, the GIC CPU interface's priority mask.</summary>
    public static A64SystemRegister IccPmrEl1 => new(3, 0, 4, 6, 0);
    /// <summary>ICC_IAR1_EL1: reading it acknowledges the highest-priority group 1 interrupt.</summary>
    public static A64SystemRegister IccIar1El1 => new(3, 0, 12, 12, 0);
    /// <summary>ICC_EOIR1_EL1: writing an INTID ends that interrupt.</summary>
    public static A64SystemRegister IccEoir1El1 => new(3, 0, 12, 12, 1);
    /// <summary>ICC_HPPIR1_EL1, the highest pending group 1 interrupt.</summary>
    public static A64SystemRegister IccHppir1El1 => new(3, 0, 12, 12, 2);
    /// <summary>ICC_SRE_EL1, system register enable.</summary>
    public static A64SystemRegister IccSreEl1 => new(3, 0, 12, 12, 5);
    /// <summary>ICC_IGRPEN1_EL1, group 1 interrupt enable.</summary>
    public static A64SystemRegister IccIgrpen1El1 => new(3, 0, 12, 12, 7);

    internal uint Encoding => (uint)(((Op0 & 1) << 19) | (Op1 << 16) | (CRn << 12) | (CRm << 8) | (Op2 << 5));
}
