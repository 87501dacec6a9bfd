using System.Diagnostics;

namespace Gunyah.Sdk.Reference.Engine;

// The system registers a small kernel touches at EL1 (and the few EL0 may use). Unknown ones are undefined.
public sealed partial class A64Interpreter
{
    /// <summary>CNTFRQ_EL0: the generic timer's frequency (19.2 MHz).</summary>
    public const ulong CounterFrequency = 19_200_000;

    private static readonly long CounterOrigin = Stopwatch.GetTimestamp();

    // Registers that only hold what was written, by key: TPIDR_EL0 and TPIDRRO_EL0 first (EL0 may read both and
    // write the first), then the EL1-only ones.
    private static readonly int[] StorageKeys =
    [
        Key(3, 3, 13, 0, 2), Key(3, 3, 13, 0, 3), // TPIDR_EL0, TPIDRRO_EL0
        Key(3, 0, 13, 0, 4), Key(3, 0, 13, 0, 1), // TPIDR_EL1, CONTEXTIDR_EL1
        Key(3, 0, 10, 2, 0), Key(3, 0, 10, 3, 0), Key(3, 0, 2, 0, 2), // MAIR, AMAIR, TCR
        Key(3, 0, 2, 0, 0), Key(3, 0, 2, 0, 1), Key(3, 0, 1, 0, 2), // TTBR0, TTBR1, CPACR
        Key(3, 0, 14, 1, 0), Key(3, 3, 14, 3, 1), Key(3, 3, 14, 3, 2), // CNTKCTL, CNTV_CTL, CNTV_CVAL
        Key(3, 0, 7, 4, 0), Key(2, 0, 0, 2, 2), Key(3, 0, 5, 1, 0), Key(3, 0, 5, 1, 1), // PAR, MDSCR, AFSR0, AFSR1
    ];

    private readonly ulong[] storage = new ulong[StorageKeys.Length];

    /// <summary>SCTLR_EL1.</summary>
    public ulong SctlrEl1 { get; set; }

    /// <summary>VBAR_EL1.</summary>
    public ulong VbarEl1 { get; set; }

    /// <summary>ESR_EL1.</summary>
    public ulong EsrEl1 { get; set; }

    /// <summary>ELR_EL1.</summary>
    public ulong ElrEl1 { get; set; }

    /// <summary>SPSR_EL1.</summary>
    public ulong SpsrEl1 { get; set; }

    /// <summary>FAR_EL1.</summary>
    public ulong Far { get; set; }

    /// <summary>MPIDR_EL1: bit 31 RES1, Aff0 the vCPU index (Aff1 its bits 15:8).</summary>
    public ulong Mpidr => (1UL << 31) | (uint)(CpuIndex & 0xFF) | ((ulong)(CpuIndex >> 8 & 0xFF) << 8);

    // op0:op1:CRn:CRm:op2 as one number.
    private static int SystemRegisterKey(int op0, int op1, int crn, int crm, int op2) => (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;

    private static int Key(int op0, int op1, int crn, int crm, int op2) => SystemRegisterKey(op0, op1, crn, crm, op2);

    private void ResetSystemRegisters()
    {
        SctlrEl1 = 0x30D0_0800; // The RES1 bits; M, C, I clear (MMU and caches off).
        VbarEl1 = EsrEl1 = ElrEl1 = SpsrEl1 = Far = 0;
        Array.Clear(storage);
    }

    private static ulong CounterValue()
    {
        var origin = CounterOrigin; // Read first: the first read may be what initializes it.
        var ticks = (UInt128)(ulong)(Stopwatch.GetTimestamp() - origin);
        return (ulong)(ticks * CounterFrequency / (ulong)Stopwatch.Frequency);
    }

    private bool TryReadSystemRegister(int key, out ulong value)
    {
        if (CpuInterfaceRegister(key) is { } icc)
            return TryCpuInterfaceRead(icc, out value);

        var slot = Array.IndexOf(StorageKeys, key);
        if (slot >= 0)
        {
            value = storage[slot];
            return El == 1 || slot <= 1;
        }

        var known = true;
        value = key switch
        {
            _ when key == Key(3, 3, 4, 2, 0) => Nzcv,
            _ when key == Key(3, 3, 14, 0, 0) => CounterFrequency,
            _ when key == Key(3, 3, 14, 0, 1) || key == Key(3, 3, 14, 0, 2) => CounterValue(),
            _ when key == Key(3, 3, 0, 0, 7) => 4, // DCZID_EL0: DC ZVA allowed, 64-byte blocks.
            _ when key == Key(3, 3, 0, 0, 1) => 0x8444_C004, // CTR_EL0: 64-byte lines, PIPT I-cache.
            _ => Unknown(out known),
        };
        if (known || El == 0)
            return known;
        known = true;
        value = key switch
        {
            _ when key == Key(3, 0, 0, 0, 0) => 0x410F_D034, // MIDR_EL1: implementer Arm, a Cortex-A53 r0p4 shape.
            _ when key == Key(3, 0, 0, 0, 5) => Mpidr,
            _ when key == Key(3, 0, 0, 4, 0) => 0x11, // ID_AA64PFR0_EL1: EL0 and EL1 AArch64 only; no FP/SIMD claimed.
            _ when key == Key(3, 0, 0, 6, 0) => IsaFeatures0, // ID_AA64ISAR0_EL1
            _ when key == Key(3, 0, 1, 0, 0) => SctlrEl1,
            _ when key == Key(3, 0, 4, 0, 0) => SpsrEl1,
            _ when key == Key(3, 0, 4, 0, 1) => ElrEl1,
            _ when key == Key(3, 0, 4, 1, 0) => SpEl0,
            _ when key == Key(3, 0, 4, 2, 0) => (ulong)SpSel,
            _ when key == Key(3, 0, 4, 2, 2) => (ulong)El << 2,
            _ when key == Key(3, 3, 4, 2, 1) => (ulong)Daif << 6,
            _ when key == Key(3, 0, 5, 2, 0) => EsrEl1,
            _ when key == Key(3, 0, 6, 0, 0) => Far,
            _ when key == Key(3, 0, 12, 0, 0) => VbarEl1,
            // REVIDR and the rest of the ID space (op0 3, op1 0, CRn 0, CRm 1..7) read as zero.
            _ when key == Key(3, 0, 0, 0, 6) => 0,
            _ when (key >> 7) == (Key(3, 0, 0, 0, 0) >> 7) && ((key >> 3) & 0xF) >= 1 => 0,
            _ => Unknown(out known),
        };
        return known;
    }

    private static ulong Unknown(out bool known)
    {
        known = false;
        return 0;
    }

    private bool TryWriteSystemRegister(int key, ulong value)
    {
        if (CpuInterfaceRegister(key) is { } icc)
            return TryCpuInterfaceWrite(icc, value);

        var slot = Array.IndexOf(StorageKeys, key);
        if (slot >= 0 && (El == 1 || slot == 0))
        {
            storage[slot] = value;
            return true;
        }

        if (key == Key(3, 3, 4, 2, 0))
        {
            Nzcv = (uint)value & 0xF000_0000;
            return true;
        }

        if (El == 0)
            return false;
        switch (key)
        {
            case var k when k == Key(3, 0, 1, 0, 0): SctlrEl1 = value; break;
            case var k when k == Key(3, 0, 4, 0, 0): SpsrEl1 = value; break;
            case var k when k == Key(3, 0, 4, 0, 1): ElrEl1 = value; break;
            case var k when k == Key(3, 0, 4, 1, 0): SpEl0 = value; break;
            case var k when k == Key(3, 0, 4, 2, 0): SpSel = (int)(value & 1); break;
            case var k when k == Key(3, 3, 4, 2, 1): Daif = (uint)(value >> 6) & 0xF; break;
            case var k when k == Key(3, 0, 5, 2, 0): EsrEl1 = value; break;
            case var k when k == Key(3, 0, 6, 0, 0): Far = value; break;
            case var k when k == Key(3, 0, 12, 0, 0): VbarEl1 = value & ~0x7FFUL; break;
            default: return false;
        }

        return true;
    }
}
