using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// An A64 interpreter of one vCPU at EL1 (and EL0 after ERET) with the MMU off: general registers, PSTATE, the
/// EL1 system registers, exception entry to VBAR_EL1 and ERET. <see cref="Run"/> executes until the vCPU needs
/// the hypervisor (an MMIO access, WFI, a PSCI call that stops it) or the budget is spent, allocating nothing.
/// Encodings it does not implement raise the guest's undefined-instruction exception and are counted.
/// </summary>
public sealed partial class A64Interpreter
{
    private readonly ulong[] x = new ulong[32]; // x[31] is never written: it reads as the zero register.
    private IGuestBus bus = null!;
    private ulong nextPc;
    private VcpuStop stop;
    private bool justVectored;
    private bool illegalState;

    /// <summary>An interpreter whose MPIDR_EL1 affinity 0 is <paramref name="cpuIndex"/>.</summary>
    public A64Interpreter(int cpuIndex = 0) => CpuIndex = cpuIndex;

    /// <summary>The vCPU's index (MPIDR_EL1.Aff0).</summary>
    public int CpuIndex { get; }

    /// <summary>The program counter.</summary>
    public ulong Pc { get; set; }

    /// <summary>PSTATE.NZCV in bits 31:28.</summary>
    public uint Nzcv { get; set; }

    /// <summary>PSTATE.DAIF in bits 3:0 (D, A, I, F).</summary>
    public uint Daif { get; set; }

    /// <summary>The current exception level (0 or 1).</summary>
    public int El { get; private set; } = 1;

    /// <summary>PSTATE.SP: at EL1, 1 selects SP_EL1 and 0 SP_EL0.</summary>
    public int SpSel { get; private set; } = 1;

    /// <summary>SP_EL0.</summary>
    public ulong SpEl0 { get; set; }

    /// <summary>SP_EL1.</summary>
    public ulong SpEl1 { get; set; }

    /// <summary>The current stack pointer.</summary>
    public ulong Sp
    {
        get => El == 0 || SpSel == 0 ? SpEl0 : SpEl1;
        set
        {
            if (El == 0 || SpSel == 0)
                SpEl0 = value;
            else
                SpEl1 = value;
        }
    }

    /// <summary>Instructions retired so far.</summary>
    public long Instructions { get; private set; }

    /// <summary>Undefined or unimplemented encodings met so far (each raised the undefined-instruction exception).</summary>
    public long UndefinedInstructions { get; private set; }

    /// <summary>The last encoding counted in <see cref="UndefinedInstructions"/>.</summary>
    public uint LastUndefined { get; private set; }

    /// <summary>General register X<paramref name="n"/> (31 reads 0).</summary>
    public ulong GetX(int n) => x[n];

    /// <summary>Sets X<paramref name="n"/> (31 is ignored: the zero register).</summary>
    public void SetX(int n, ulong value)
    {
        if (n != 31)
            x[n] = value;
    }

    /// <summary>Resets to EL1h with the MMU off, all interrupts masked, registers 0, at <paramref name="pc"/> with X0.</summary>
    public void Reset(ulong pc, ulong x0)
    {
        Array.Clear(x);
        Pc = pc;
        x[0] = x0;
        Nzcv = 0;
        Daif = 0xF;
        El = 1;
        SpSel = 1;
        SpEl0 = SpEl1 = 0;
        ResetSystemRegisters();
        pendingMmio = default;
        monitorArmed = false;
        justVectored = false;
        illegalState = false;
    }

    /// <summary>Runs at most <paramref name="budget"/> instructions; Yield when the budget is spent.</summary>
    public VcpuStop Run(IGuestBus guestBus, long budget)
    {
        bus = guestBus;
        var reference = guestBus as AccessorGuestBus; // The reference's own bus: fetched through without an interface call.
        while (budget-- > 0)
        {
            if (illegalState)
            {
                nextPc = Pc;
                TakeException(0x0E, 0, Pc);
                Pc = nextPc;
                continue;
            }

            if ((Daif & 2) == 0 && TryTakeInterrupt()) // Masked (the usual case): one flag test.
                continue;

            uint instruction;
            if (!(reference is not null ? reference.TryFetch(Pc, out instruction) : bus.TryFetch(Pc, out instruction)))
            {
                if (justVectored)
                    return VcpuStop.Fault(); // The vector itself cannot be fetched: nothing can handle the abort.
                nextPc = Pc;
                Far = Pc;
                TakeException(El == 0 ? 0x20u : 0x21u, 0x10, Pc); // Instruction abort, synchronous external abort.
                Pc = nextPc;
                continue;
            }

            if (justVectored)
                justVectored = false;
            nextPc = Pc + 4;
            Instructions++;
            var go = Execute(instruction);
            Pc = nextPc;
            if (!go)
                return stop;
        }

        return VcpuStop.Yield();
    }

    // One instruction; false to stop with `stop`. Sets nextPc for a branch or exception.
    private bool Execute(uint instruction) => ((instruction >> 25) & 0xF) switch
    {
        0x8 or 0x9 => DataImmediate(instruction),
        0xA or 0xB => BranchOrSystem(instruction),
        0x4 or 0x6 or 0xC or 0xE => LoadStore(instruction),
        0x5 or 0xD => DataRegister(instruction),
        _ => Undefined(instruction),
    };

    private bool Undefined(uint instruction)
    {
        UndefinedInstructions++;
        LastUndefined = instruction;
        TakeException(0x00, 0, Pc);
        return true;
    }

    private bool Stop(VcpuStop reason)
    {
        stop = reason;
        return false;
    }

    private ulong XOrSp(int n) => n == 31 ? Sp : x[n];

    private void SetXOrSp(int n, ulong value)
    {
        if (n == 31)
            Sp = value;
        else
            x[n] = value;
    }

    private uint SavedPstate() => Nzcv | (Daif << 6) | (illegalState ? 1u << 20 : 0) | ((uint)El << 2) | (El == 0 ? 0u : (uint)SpSel);

    /// <summary>Synchronous exception entry to EL1: ESR (class, IL, syndrome), ELR, SPSR, masks, vector.</summary>
    private void TakeException(uint exceptionClass, uint syndrome, ulong returnAddress, uint vectorOffset = 0)
    {
        SpsrEl1 = SavedPstate();
        ElrEl1 = returnAddress;
        if (vectorOffset == 0)
            EsrEl1 = (exceptionClass << 26) | (1u << 25) | (syndrome & 0x1FF_FFFF);
        var from = El == 0 ? 0x400u : SpSel == 0 ? 0u : 0x200u;
        El = 1;
        SpSel = 1;
        Daif = 0xF;
        illegalState = false;
        monitorArmed = false;
        nextPc = VbarEl1 + from + vectorOffset;
        justVectored = true;
    }

    private void ExceptionReturn()
    {
        var spsr = SpsrEl1;
        var mode = spsr & 0x1F;
        monitorArmed = false;
        nextPc = ElrEl1;
        Nzcv = (uint)spsr & 0xF000_0000;
        Daif = (uint)(spsr >> 6) & 0xF;
        if (mode is 0b00000 or 0b00100 or 0b00101)
        {
            El = (int)(mode >> 2);
            SpSel = El == 0 ? 0 : (int)(mode & 1);
            illegalState = (spsr & (1u << 20)) != 0;
        }
        else
        {
            illegalState = true; // An illegal return: EL and SP stay, PSTATE.IL is set (Arm ARM D1.4).
        }
    }
}
