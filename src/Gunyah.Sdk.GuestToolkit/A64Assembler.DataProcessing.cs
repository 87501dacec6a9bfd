namespace Gunyah.Sdk.GuestToolkit;

// Data-processing instructions (immediate and register).
public sealed partial class A64Assembler
{
    /// <summary>MOVZ <paramref name="rd"/>, #<paramref name="imm16"/>, LSL #<paramref name="shift"/>.</summary>
    public A64Assembler Movz(A64Register rd, ulong imm16, int shift = 0) => MoveWide(0x52800000, rd, imm16, shift);

    /// <summary>MOVN.</summary>
    public A64Assembler Movn(A64Register rd, ulong imm16, int shift = 0) => MoveWide(0x12800000, rd, imm16, shift);

    /// <summary>MOVK.</summary>
    public A64Assembler Movk(A64Register rd, ulong imm16, int shift = 0) => MoveWide(0x72800000, rd, imm16, shift);

    /// <summary>Loads any constant with MOVZ and as many MOVKs as needed.</summary>
    public A64Assembler Mov(A64Register rd, ulong value)
    {
        if (!rd.Is64)
            value &= 0xFFFF_FFFF;
        Movz(rd, value & 0xFFFF);
        var parts = rd.Is64 ? 4 : 2;
        for (var part = 1; part < parts; part++)
        {
            var chunk = (value >> (16 * part)) & 0xFFFF;
            if (chunk != 0)
                Movk(rd, chunk, 16 * part);
        }

        return this;
    }

    /// <summary>MOV between registers (ORR rd, ZR, rm).</summary>
    public A64Assembler MovRegister(A64Register rd, A64Register rm) => Orr(rd, rd.Is64 ? A64Register.Xzr : A64Register.Wzr, rm);

    /// <summary>ADD (immediate); <paramref name="rn"/> number 31 is SP.</summary>
    public A64Assembler AddImmediate(A64Register rd, A64Register rn, uint imm12, bool shift12 = false) => AddSubImmediate(0x11000000, rd, rn, imm12, shift12);

    /// <summary>ADDS (immediate).</summary>
    public A64Assembler AddsImmediate(A64Register rd, A64Register rn, uint imm12, bool shift12 = false) => AddSubImmediate(0x31000000, rd, rn, imm12, shift12);

    /// <summary>SUB (immediate).</summary>
    public A64Assembler SubImmediate(A64Register rd, A64Register rn, uint imm12, bool shift12 = false) => AddSubImmediate(0x51000000, rd, rn, imm12, shift12);

    /// <summary>SUBS (immediate).</summary>
    public A64Assembler SubsImmediate(A64Register rd, A64Register rn, uint imm12, bool shift12 = false) => AddSubImmediate(0x71000000, rd, rn, imm12, shift12);

    /// <summary>CMP (immediate): SUBS to the zero register.</summary>
    public A64Assembler CmpImmediate(A64Register rn, uint imm12) => SubsImmediate(new A64Register(31, rn.Is64), rn, imm12);

    /// <summary>ADD (shifted register).</summary>
    public A64Assembler Add(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x0B000000, rd, rn, rm, shift, amount);

    /// <summary>ADDS (shifted register).</summary>
    public A64Assembler Adds(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x2B000000, rd, rn, rm, shift, amount);

    /// <summary>SUB (shifted register).</summary>
    public A64Assembler Sub(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x4B000000, rd, rn, rm, shift, amount);

    /// <summary>SUBS (shifted register).</summary>
    public A64Assembler Subs(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x6B000000, rd, rn, rm, shift, amount);

    /// <summary>CMP (shifted register).</summary>
    public A64Assembler Cmp(A64Register rn, A64Register rm) => Subs(new A64Register(31, rn.Is64), rn, rm);

    /// <summary>AND (shifted register).</summary>
    public A64Assembler And(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x0A000000, rd, rn, rm, shift, amount);

    /// <summary>ORR (shifted register).</summary>
    public A64Assembler Orr(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x2A000000, rd, rn, rm, shift, amount);

    /// <summary>EOR (shifted register).</summary>
    public A64Assembler Eor(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x4A000000, rd, rn, rm, shift, amount);

    /// <summary>ANDS (shifted register).</summary>
    public A64Assembler Ands(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x6A000000, rd, rn, rm, shift, amount);

    /// <summary>BIC (shifted register).</summary>
    public A64Assembler Bic(A64Register rd, A64Register rn, A64Register rm, A64Shift shift = A64Shift.Lsl, int amount = 0) => ShiftedRegister(0x0A200000, rd, rn, rm, shift, amount);

    /// <summary>ADD (extended register); <paramref name="rd"/>/<paramref name="rn"/> number 31 is SP.</summary>
    public A64Assembler AddExtended(A64Register rd, A64Register rn, A64Register rm, A64Extend extend, int amount = 0) => ExtendedRegister(0x0B200000, rd, rn, rm, extend, amount);

    /// <summary>SUB (extended register).</summary>
    public A64Assembler SubExtended(A64Register rd, A64Register rn, A64Register rm, A64Extend extend, int amount = 0) => ExtendedRegister(0x4B200000, rd, rn, rm, extend, amount);

    /// <summary>ADC.</summary>
    public A64Assembler Adc(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x1A000000, rd, rn, rm);

    /// <summary>SBC.</summary>
    public A64Assembler Sbc(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x5A000000, rd, rn, rm);

    /// <summary>MADD rd = ra + rn * rm.</summary>
    public A64Assembler Madd(A64Register rd, A64Register rn, A64Register rm, A64Register ra) => ThreeRegisters(0x1B000000 | (ra.N << 10), rd, rn, rm);

    /// <summary>MSUB rd = ra − rn * rm.</summary>
    public A64Assembler Msub(A64Register rd, A64Register rn, A64Register rm, A64Register ra) => ThreeRegisters(0x1B008000 | (ra.N << 10), rd, rn, rm);

    /// <summary>MUL (MADD with the zero register).</summary>
    public A64Assembler Mul(A64Register rd, A64Register rn, A64Register rm) => Madd(rd, rn, rm, A64Register.Xzr);

    /// <summary>UDIV.</summary>
    public A64Assembler Udiv(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x1AC00800, rd, rn, rm);

    /// <summary>SDIV.</summary>
    public A64Assembler Sdiv(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x1AC00C00, rd, rn, rm);

    /// <summary>LSLV.</summary>
    public A64Assembler Lslv(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x1AC02000, rd, rn, rm);

    /// <summary>LSRV.</summary>
    public A64Assembler Lsrv(A64Register rd, A64Register rn, A64Register rm) => ThreeRegisters(0x1AC02400, rd, rn, rm);

    /// <summary>CSEL rd = cond ? rn : rm.</summary>
    public A64Assembler Csel(A64Register rd, A64Register rn, A64Register rm, A64Condition condition) => ThreeRegisters(0x1A800000 | ((uint)condition << 12), rd, rn, rm);

    /// <summary>CSINC rd = cond ? rn : rm + 1.</summary>
    public A64Assembler Csinc(A64Register rd, A64Register rn, A64Register rm, A64Condition condition) => ThreeRegisters(0x1A800400 | ((uint)condition << 12), rd, rn, rm);

    /// <summary>UBFM.</summary>
    public A64Assembler Ubfm(A64Register rd, A64Register rn, int immr, int imms) => Bitfield(0x53000000, rd, rn, immr, imms);

    /// <summary>SBFM.</summary>
    public A64Assembler Sbfm(A64Register rd, A64Register rn, int immr, int imms) => Bitfield(0x13000000, rd, rn, immr, imms);

    /// <summary>LSL (immediate), as UBFM.</summary>
    public A64Assembler LslImmediate(A64Register rd, A64Register rn, int shift)
    {
        var size = rd.Is64 ? 64 : 32;
        return Ubfm(rd, rn, (size - shift) % size, size - 1 - shift);
    }

    /// <summary>LSR (immediate), as UBFM.</summary>
    public A64Assembler LsrImmediate(A64Register rd, A64Register rn, int shift) => Ubfm(rd, rn, shift, rd.Is64 ? 63 : 31);

    /// <summary>ADR: the address of <paramref name="label"/> (±1 MiB).</summary>
    public A64Assembler Adr(A64Register rd, A64Label label) => EmitFixup(0x10000000 | rd.N, label, FixupKind.Adr21);

    private A64Assembler MoveWide(uint opcode, A64Register rd, ulong imm16, int shift)
    {
        if (shift % 16 != 0 || shift < 0 || shift > (rd.Is64 ? 48 : 16))
            throw new ArgumentException($"A move-wide shift is 0, 16{(rd.Is64 ? ", 32 or 48" : string.Empty)}; not {shift}.");
        return Emit(opcode | (rd.Sf << 31) | ((uint)(shift / 16) << 21) | (Unsigned(imm16, 16, "move-wide") << 5) | rd.N);
    }

    private A64Assembler AddSubImmediate(uint opcode, A64Register rd, A64Register rn, uint imm12, bool shift12)
    {
        SameWidth(rd, rn);
        return Emit(opcode | (rd.Sf << 31) | ((shift12 ? 1u : 0u) << 22) | (Unsigned(imm12, 12, "add/sub immediate") << 10) | (rn.N << 5) | rd.N);
    }

    private A64Assembler ShiftedRegister(uint opcode, A64Register rd, A64Register rn, A64Register rm, A64Shift shift, int amount)
    {
        SameWidth(rd, rn);
        SameWidth(rd, rm);
        var limit = rd.Is64 ? 64u : 32u;
        return Emit(opcode | (rd.Sf << 31) | ((uint)shift << 22) | (rm.N << 16) | (Unsigned((ulong)amount, rd.Is64 ? 6 : 5, "shift") % limit << 10) | (rn.N << 5) | rd.N);
    }

    private A64Assembler ExtendedRegister(uint opcode, A64Register rd, A64Register rn, A64Register rm, A64Extend extend, int amount)
    {
        SameWidth(rd, rn);
        if ((uint)amount > 4)
            throw new ArgumentException($"An extended-register shift is 0..4; not {amount}.");
        return Emit(opcode | (rd.Sf << 31) | (rm.N << 16) | ((uint)extend << 13) | ((uint)amount << 10) | (rn.N << 5) | rd.N);
    }

    private A64Assembler ThreeRegisters(uint opcode, A64Register rd, A64Register rn, A64Register rm)
    {
        SameWidth(rd, rn);
        SameWidth(rd, rm);
        return Emit(opcode | (rd.Sf << 31) | (rm.N << 16) | (rn.N << 5) | rd.N);
    }

    private A64Assembler Bitfield(uint opcode, A64Register rd, A64Register rn, int immr, int imms)
    {
        SameWidth(rd, rn);
        var bits = rd.Is64 ? 6 : 5;
        return Emit(opcode | (rd.Sf << 31) | (rd.Sf << 22) | (Unsigned((ulong)immr, bits, "immr") << 16) | (Unsigned((ulong)imms, bits, "imms") << 10) | (rn.N << 5) | rd.N);
    }
}
