namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// Raw A64 encodings of the integer instruction classes the differential test draws from (field layouts of the Arm
/// ARM, C4.1). Kept apart from the toolkit assembler so the test does not trust the code it would be checking; the
/// generated words are validated with GNU objdump instead.
/// </summary>
internal static class A64Encoding
{
    private static uint Sf(bool is64) => is64 ? 1u << 31 : 0;

    public static uint AddSubImmediate(bool is64, bool sub, bool setFlags, bool shift12, uint imm12, int rn, int rd) =>
        Sf(is64) | B(sub, 30) | B(setFlags, 29) | (0b100010u << 23) | B(shift12, 22) | (imm12 << 10) | R(rn, 5) | R(rd, 0);

    public static uint AddSubShifted(bool is64, bool sub, bool setFlags, uint shift, int rm, uint amount, int rn, int rd) =>
        Sf(is64) | B(sub, 30) | B(setFlags, 29) | (0b01011u << 24) | (shift << 22) | R(rm, 16) | (amount << 10) | R(rn, 5) | R(rd, 0);

    public static uint AddSubExtended(bool is64, bool sub, bool setFlags, int rm, uint option, uint amount, int rn, int rd) =>
        Sf(is64) | B(sub, 30) | B(setFlags, 29) | (0b01011u << 24) | (1u << 21) | R(rm, 16) | (option << 13) | (amount << 10) | R(rn, 5) | R(rd, 0);

    public static uint AddSubCarry(bool is64, bool sub, bool setFlags, int rm, int rn, int rd) =>
        Sf(is64) | B(sub, 30) | B(setFlags, 29) | (0b11010000u << 21) | R(rm, 16) | R(rn, 5) | R(rd, 0);

    /// <summary>AND/ORR/EOR/ANDS (immediate) with the bitmask fields N:immr:imms.</summary>
    public static uint LogicalImmediate(bool is64, uint opc, uint n, uint immr, uint imms, int rn, int rd) =>
        Sf(is64) | (opc << 29) | (0b100100u << 23) | (n << 22) | (immr << 16) | (imms << 10) | R(rn, 5) | R(rd, 0);

    public static uint LogicalShifted(bool is64, uint opc, uint shift, bool invert, int rm, uint amount, int rn, int rd) =>
        Sf(is64) | (opc << 29) | (0b01010u << 24) | (shift << 22) | B(invert, 21) | R(rm, 16) | (amount << 10) | R(rn, 5) | R(rd, 0);

    /// <summary>MOVN (opc 0), MOVZ (2), MOVK (3).</summary>
    public static uint MoveWide(bool is64, uint opc, uint hw, uint imm16, int rd) =>
        Sf(is64) | (opc << 29) | (0b100101u << 23) | (hw << 21) | (imm16 << 5) | R(rd, 0);

    /// <summary>SBFM (opc 0), BFM (1), UBFM (2).</summary>
    public static uint Bitfield(bool is64, uint opc, uint immr, uint imms, int rn, int rd) =>
        Sf(is64) | (opc << 29) | (0b100110u << 23) | B(is64, 22) | (immr << 16) | (imms << 10) | R(rn, 5) | R(rd, 0);

    public static uint Extract(bool is64, int rm, uint lsb, int rn, int rd) =>
        Sf(is64) | (0b100111u << 23) | B(is64, 22) | R(rm, 16) | (lsb << 10) | R(rn, 5) | R(rd, 0);

    /// <summary>CSEL (op 0, op2 0), CSINC (0, 1), CSINV (1, 0), CSNEG (1, 1).</summary>
    public static uint ConditionalSelect(bool is64, bool op, bool op2, int rm, uint condition, int rn, int rd) =>
        Sf(is64) | B(op, 30) | (0b11010100u << 21) | R(rm, 16) | (condition << 12) | B(op2, 10) | R(rn, 5) | R(rd, 0);

    /// <summary>CCMP (compare true) or CCMN; <paramref name="rmOrImm5"/> is a register or a 5-bit immediate.</summary>
    public static uint ConditionalCompare(bool is64, bool compare, bool immediate, uint rmOrImm5, uint condition, int rn, uint nzcv) =>
        Sf(is64) | B(compare, 30) | (1u << 29) | (0b11010010u << 21) | (rmOrImm5 << 16) | (condition << 12) | B(immediate, 11) | R(rn, 5) | nzcv;

    /// <summary>MADD/MSUB (op31 0), SMADDL/SMSUBL (1), SMULH (2), UMADDL/UMSUBL (5), UMULH (6).</summary>
    public static uint ThreeSource(bool is64, uint op31, bool o0, int rm, int ra, int rn, int rd) =>
        Sf(is64) | (0b11011u << 24) | (op31 << 21) | R(rm, 16) | B(o0, 15) | R(ra, 10) | R(rn, 5) | R(rd, 0);

    /// <summary>UDIV (2), SDIV (3), LSLV (8), LSRV (9), ASRV (10), RORV (11).</summary>
    public static uint TwoSource(bool is64, uint opcode, int rm, int rn, int rd) =>
        Sf(is64) | (0b11010110u << 21) | R(rm, 16) | (opcode << 10) | R(rn, 5) | R(rd, 0);

    /// <summary>RBIT (0), REV16 (1), REV32/REV W (2), REV X (3), CLZ (4), CLS (5).</summary>
    public static uint OneSource(bool is64, uint opcode, int rn, int rd) =>
        Sf(is64) | (1u << 30) | (0b11010110u << 21) | (opcode << 10) | R(rn, 5) | R(rd, 0);

    /// <summary>Load/store register, unsigned scaled 12-bit offset.</summary>
    public static uint LoadStoreUnsigned(uint size, uint opc, uint imm12, int rn, int rt) =>
        (size << 30) | (0b111001u << 24) | (opc << 22) | (imm12 << 10) | R(rn, 5) | R(rt, 0);

    /// <summary>Load/store register, 9-bit signed offset: mode 0 unscaled, 1 post-index, 2 unprivileged, 3 pre-index.</summary>
    public static uint LoadStoreImm9(uint size, uint opc, int offset, uint mode, int rn, int rt) =>
        (size << 30) | (0b111000u << 24) | (opc << 22) | (((uint)offset & 0x1FF) << 12) | (mode << 10) | R(rn, 5) | R(rt, 0);

    /// <summary>Load/store register, register offset: option 2 UXTW, 3 LSL, 6 SXTW, 7 SXTX; <paramref name="scaled"/> shifts by the size.</summary>
    public static uint LoadStoreRegister(uint size, uint opc, int rm, uint option, bool scaled, int rn, int rt) =>
        (size << 30) | (0b111000u << 24) | (opc << 22) | (1u << 21) | R(rm, 16) | (option << 13) | B(scaled, 12) | (0b10u << 10) | R(rn, 5) | R(rt, 0);

    /// <summary>Load/store pair: opc 0 W, 1 LDPSW, 2 X; mode 0 no-allocate, 1 post-index, 2 offset, 3 pre-index.</summary>
    public static uint LoadStorePair(uint opc, uint mode, bool load, int scaledOffset, int rt2, int rn, int rt) =>
        (opc << 30) | (0b101u << 27) | (mode << 23) | B(load, 22) | (((uint)scaledOffset & 0x7F) << 15) | R(rt2, 10) | R(rn, 5) | R(rt, 0);

    /// <summary>LDAR (acquire) or LDLAR of 1 &lt;&lt; <paramref name="size"/> bytes.</summary>
    public static uint LoadAcquire(uint size, bool acquire, int rn, int rt) => Exclusive(size, o2: true, load: true, 31, acquire, rn, rt);

    /// <summary>STLR (release) or STLLR.</summary>
    public static uint StoreRelease(uint size, bool release, int rn, int rt) => Exclusive(size, o2: true, load: false, 31, release, rn, rt);

    /// <summary>LDXR or LDAXR.</summary>
    public static uint LoadExclusive(uint size, bool acquire, int rn, int rt) => Exclusive(size, o2: false, load: true, 31, acquire, rn, rt);

    /// <summary>STXR or STLXR; W<paramref name="rs"/> receives 0 on success.</summary>
    public static uint StoreExclusive(uint size, bool release, int rs, int rn, int rt) => Exclusive(size, o2: false, load: false, rs, release, rn, rt);

    private static uint Exclusive(uint size, bool o2, bool load, int rs, bool o0, int rn, int rt) =>
        (size << 30) | (0b001000u << 24) | B(o2, 23) | B(load, 22) | R(rs, 16) | B(o0, 15) | (31u << 10) | R(rn, 5) | R(rt, 0);

    /// <summary>LDR W (opc 0), LDR X (1) or LDRSW (2) from PC + 4 * <paramref name="words"/>.</summary>
    public static uint LoadLiteral(uint opc, int words, int rt) => (opc << 30) | (0b011000u << 24) | (((uint)words & 0x7FFFF) << 5) | R(rt, 0);

    /// <summary>MRS Xt, NZCV.</summary>
    public static uint ReadNzcv(int rt) => 0xD53B_4200u | R(rt, 0);

    /// <summary>MSR NZCV, Xt.</summary>
    public static uint WriteNzcv(int rt) => 0xD51B_4200u | R(rt, 0);

    /// <summary>NOP, YIELD, DMB ISH, DMB ISHLD, DMB ISHST, DSB SY, ISB, CLREX: no architectural effect on the state compared here.</summary>
    public static readonly uint[] NoEffect = [0xD503_201F, 0xD503_203F, 0xD503_3BBF, 0xD503_39BF, 0xD503_3ABF, 0xD503_3F9F, 0xD503_3FDF, 0xD503_305F];

    /// <summary>B.cond forward or back by <paramref name="words"/> instructions.</summary>
    public static uint BranchConditional(uint condition, int words) => 0x5400_0000u | (((uint)words & 0x7FFFF) << 5) | condition;

    /// <summary>CBZ or CBNZ.</summary>
    public static uint CompareBranch(bool is64, bool nonZero, int words, int rt) =>
        Sf(is64) | 0x3400_0000u | B(nonZero, 24) | (((uint)words & 0x7FFFF) << 5) | R(rt, 0);

    /// <summary>TBZ or TBNZ on bit <paramref name="bit"/> (0..63).</summary>
    public static uint TestBranch(uint bit, bool nonZero, int words, int rt) =>
        ((bit >> 5) << 31) | 0x3600_0000u | B(nonZero, 24) | ((bit & 31) << 19) | (((uint)words & 0x3FFF) << 5) | R(rt, 0);

    /// <summary>LD&lt;op&gt; (opc 0–7: ADD, CLR, EOR, SET, SMAX, SMIN, UMAX, UMIN) or, with opc 8, SWP (LSE).</summary>
    public static uint AtomicMemory(uint size, uint op, bool acquire, bool release, int rs, int rn, int rt) =>
        (size << 30) | 0x3820_0000u | B(acquire, 23) | B(release, 22) | R(rs, 16) | (op == 8 ? 1u << 15 : op << 12) | R(rn, 5) | R(rt, 0);

    /// <summary>CAS{A,L,AL}{B,H,}: Rs the compare value and then the old one, Rt the new value.</summary>
    public static uint CompareAndSwap(uint size, bool acquire, bool release, int rs, int rn, int rt) =>
        (size << 30) | 0x08A0_7C00u | B(acquire, 22) | R(rs, 16) | B(release, 15) | R(rn, 5) | R(rt, 0);

    /// <summary>CASP{A,L,AL} of W (<paramref name="x"/> false) or X pairs; Rs and Rt even.</summary>
    public static uint CompareAndSwapPair(bool x, bool acquire, bool release, int rs, int rn, int rt) =>
        B(x, 30) | 0x0820_7C00u | B(acquire, 22) | R(rs, 16) | B(release, 15) | R(rn, 5) | R(rt, 0);

    /// <summary>LDXP or LDAXP of W or X pairs.</summary>
    public static uint LoadExclusivePair(bool x, bool acquire, int rt2, int rn, int rt) =>
        B(x, 30) | 0x887F_0000u | B(acquire, 15) | R(rt2, 10) | R(rn, 5) | R(rt, 0);

    /// <summary>STXP or STLXP; W<paramref name="rs"/> receives 0 on success.</summary>
    public static uint StoreExclusivePair(bool x, bool release, int rs, int rt2, int rn, int rt) =>
        B(x, 30) | 0x8820_0000u | R(rs, 16) | B(release, 15) | R(rt2, 10) | R(rn, 5) | R(rt, 0);

    private static uint B(bool bit, int position) => bit ? 1u << position : 0;

    private static uint R(int register, int position) => (uint)register << position;
}
