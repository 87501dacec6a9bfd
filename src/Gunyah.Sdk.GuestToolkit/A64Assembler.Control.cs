namespace Gunyah.Sdk.GuestToolkit;

// Branches, exception generation and system instructions.
public sealed partial class A64Assembler
{
    /// <summary>The PSCI function ids a guest passes in W0 with HVC #0 (PSCI specification, DEN0022).</summary>
    public static class Psci
    {
        /// <summary>PSCI_VERSION.</summary>
        public const uint Version = 0x8400_0000;
        /// <summary>CPU_SUSPEND (SMC64).</summary>
        public const uint CpuSuspend = 0xC400_0001;
        /// <summary>CPU_OFF.</summary>
        public const uint CpuOff = 0x8400_0002;
        /// <summary>CPU_ON (SMC64).</summary>
        public const uint CpuOn = 0xC400_0003;
        /// <summary>AFFINITY_INFO (SMC64).</summary>
        public const uint AffinityInfo = 0xC400_0004;
        /// <summary>SYSTEM_OFF.</summary>
        public const uint SystemOff = 0x8400_0008;
        /// <summary>SYSTEM_RESET.</summary>
        public const uint SystemReset = 0x8400_0009;
        /// <summary>PSCI_FEATURES.</summary>
        public const uint Features = 0x8400_000A;
        /// <summary>SYSTEM_RESET2 (SMC64).</summary>
        public const uint SystemReset2 = 0xC400_0012;
    }

    /// <summary>B.</summary>
    public A64Assembler B(A64Label target) => EmitFixup(0x14000000, target, FixupKind.Branch26);

    /// <summary>BL.</summary>
    public A64Assembler Bl(A64Label target) => EmitFixup(0x94000000, target, FixupKind.Branch26);

    /// <summary>B.cond.</summary>
    public A64Assembler B(A64Condition condition, A64Label target) => EmitFixup(0x54000000 | (uint)condition, target, FixupKind.Imm19);

    /// <summary>CBZ.</summary>
    public A64Assembler Cbz(A64Register rt, A64Label target) => EmitFixup(0x34000000 | (rt.Sf << 31) | rt.N, target, FixupKind.Imm19);

    /// <summary>CBNZ.</summary>
    public A64Assembler Cbnz(A64Register rt, A64Label target) => EmitFixup(0x35000000 | (rt.Sf << 31) | rt.N, target, FixupKind.Imm19);

    /// <summary>TBZ: branch if bit <paramref name="bit"/> of <paramref name="rt"/> is 0.</summary>
    public A64Assembler Tbz(A64Register rt, int bit, A64Label target) => TestBranch(0x36000000, rt, bit, target);

    /// <summary>TBNZ.</summary>
    public A64Assembler Tbnz(A64Register rt, int bit, A64Label target) => TestBranch(0x37000000, rt, bit, target);

    /// <summary>BR.</summary>
    public A64Assembler Br(A64Register rn) => Emit(0xD61F0000 | (rn.N << 5));

    /// <summary>BLR.</summary>
    public A64Assembler Blr(A64Register rn) => Emit(0xD63F0000 | (rn.N << 5));

    /// <summary>RET (X30 unless given).</summary>
    public A64Assembler Ret(int rn = 30) => Emit(0xD65F0000 | (Unsigned((ulong)rn, 5, "register") << 5));

    /// <summary>ERET.</summary>
    public A64Assembler Eret() => Emit(0xD69F03E0);

    /// <summary>HVC #imm16.</summary>
    public A64Assembler Hvc(uint imm16 = 0) => Emit(0xD4000002 | (Unsigned(imm16, 16, "HVC") << 5));

    /// <summary>SMC #imm16.</summary>
    public A64Assembler Smc(uint imm16 = 0) => Emit(0xD4000003 | (Unsigned(imm16, 16, "SMC") << 5));

    /// <summary>SVC #imm16.</summary>
    public A64Assembler Svc(uint imm16 = 0) => Emit(0xD4000001 | (Unsigned(imm16, 16, "SVC") << 5));

    /// <summary>BRK #imm16.</summary>
    public A64Assembler Brk(uint imm16 = 0) => Emit(0xD4200000 | (Unsigned(imm16, 16, "BRK") << 5));

    /// <summary>UDF #imm16: permanently undefined.</summary>
    public A64Assembler Udf(uint imm16 = 0) => Emit(Unsigned(imm16, 16, "UDF"));

    /// <summary>NOP.</summary>
    public A64Assembler Nop() => Emit(0xD503201F);

    /// <summary>WFI.</summary>
    public A64Assembler Wfi() => Emit(0xD503207F);

    /// <summary>DSB SY.</summary>
    public A64Assembler DsbSy() => Emit(0xD5033F9F);

    /// <summary>DMB ISH.</summary>
    public A64Assembler DmbIsh() => Emit(0xD5033BBF);

    /// <summary>ISB.</summary>
    public A64Assembler Isb() => Emit(0xD5033FDF);

    /// <summary>MRS rt, the system register (op0, op1, CRn, CRm, op2).</summary>
    public A64Assembler Mrs(A64Register rt, A64SystemRegister register) => Emit(0xD5300000 | register.Encoding | rt.N);

    /// <summary>MSR DAIFSet, #mask (D 8, A 4, I 2, F 1): masks those exceptions.</summary>
    public A64Assembler MaskInterrupts(uint mask) => Emit(0xD50340DF | (Unsigned(mask, 4, "DAIF mask") << 8));

    /// <summary>MSR DAIFClr, #mask: unmasks those exceptions.</summary>
    public A64Assembler UnmaskInterrupts(uint mask) => Emit(0xD50340FF | (Unsigned(mask, 4, "DAIF mask") << 8));

    /// <summary>MSR the system register, rt.</summary>
    public A64Assembler Msr(A64SystemRegister register, A64Register rt) => Emit(0xD5100000 | register.Encoding | rt.N);

    /// <summary>A complete PSCI call: W0 = <paramref name="function"/>, X1.. = <paramref name="arguments"/>, HVC #0.</summary>
    public A64Assembler PsciCall(uint function, params ulong[] arguments)
    {
        Mov(A64Register.W(0), function);
        for (var i = 0; i < arguments.Length; i++)
            Mov(A64Register.X(i + 1), arguments[i]);
        return Hvc(0);
    }

    private A64Assembler TestBranch(uint opcode, A64Register rt, int bit, A64Label target)
    {
        Unsigned((ulong)bit, 6, "bit");
        return EmitFixup(opcode | ((uint)(bit >> 5) << 31) | ((uint)(bit & 31) << 19) | rt.N, target, FixupKind.Imm14);
    }
}
