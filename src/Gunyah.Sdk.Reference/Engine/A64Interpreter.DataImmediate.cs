using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// Data processing — immediate: PC-relative addressing, add/sub, logical, move wide, bitfield, extract.
public sealed partial class A64Interpreter
{
    private bool DataImmediate(uint i)
    {
        var rd = (int)(i & 31);
        var rn = (int)((i >> 5) & 31);
        var is64 = (i >> 31) != 0;
        switch ((i >> 23) & 7)
        {
            case 0 or 1: // ADR / ADRP
            {
                var imm = SignExtend(((i >> 5) & 0x7FFFF) << 2 | ((i >> 29) & 3), 21);
                SetX(rd, (i >> 31) == 0 ? Pc + imm : (Pc & ~0xFFFUL) + (imm << 12));
                return true;
            }

            case 2: // ADD/ADDS/SUB/SUBS (immediate)
            {
                var imm = (ulong)((i >> 10) & 0xFFF) << (((i >> 22) & 1) != 0 ? 12 : 0);
                var sub = (i & (1u << 30)) != 0;
                var setFlags = (i & (1u << 29)) != 0;
                var result = AddWithCarry(XOrSp(rn), sub ? Trim(~imm, is64) : imm, sub ? 1u : 0u, is64, out var flags);
                if (setFlags)
                {
                    Nzcv = flags;
                    SetX(rd, result);
                }
                else
                {
                    SetXOrSp(rd, result);
                }

                return true;
            }

            case 3: // Add/subtract with tags (MTE): not implemented.
                return Undefined(i);
            case 4: // Logical (immediate)
            {
                var n = (i >> 22) & 1;
                if (!is64 && n != 0 || !TryDecodeLogicalImmediate(n, (i >> 10) & 0x3F, (i >> 16) & 0x3F, is64, out var mask))
                    return Undefined(i);
                var operand = Trim(x[rn], is64);
                switch ((i >> 29) & 3)
                {
                    case 0: SetXOrSp(rd, operand & mask); break;
                    case 1: SetXOrSp(rd, operand | mask); break;
                    case 2: SetXOrSp(rd, operand ^ mask); break;
                    default:
                        var result = operand & mask;
                        Nzcv = NzFlags(result, is64);
                        SetX(rd, result);
                        break;
                }

                return true;
            }

            case 5: // Move wide
            {
                var hw = (int)((i >> 21) & 3);
                if (!is64 && hw > 1)
                    return Undefined(i);
                var imm = (ulong)((i >> 5) & 0xFFFF) << (hw * 16);
                switch ((i >> 29) & 3)
                {
                    case 0: SetX(rd, Trim(~imm, is64)); break; // MOVN
                    case 2: SetX(rd, imm); break; // MOVZ
                    case 3: SetX(rd, Trim((x[rd] & ~(0xFFFFUL << (hw * 16))) | imm, is64)); break; // MOVK
                    default: return Undefined(i);
                }

                return true;
            }

            case 6:
                return Bitfield(i, rd, rn, is64);
            default:
                return Extract(i, rd, rn, is64);
        }
    }

    // SBFM / BFM / UBFM.
    private bool Bitfield(uint i, int rd, int rn, bool is64)
    {
        var opc = (i >> 29) & 3;
        var n = (i >> 22) & 1;
        var immr = (int)((i >> 16) & 0x3F);
        var imms = (int)((i >> 10) & 0x3F);
        var size = is64 ? 64 : 32;
        if (opc == 3 || n != (is64 ? 1u : 0u) || (!is64 && (immr > 31 || imms > 31)))
            return Undefined(i);
        var source = Trim(x[rn], is64);
        ulong result;
        if (imms >= immr)
        {
            var width = imms - immr + 1;
            var field = (source >> immr) & Ones(width);
            result = opc switch
            {
                0 => Trim(SignExtend(field, width), is64),
                1 => (Trim(x[rd], is64) & ~Ones(width)) | field,
                _ => field,
            };
        }
        else
        {
            var width = imms + 1;
            var position = size - immr;
            var field = (source & Ones(width)) << position;
            result = opc switch
            {
                0 => Trim(SignExtend(source & Ones(width), width) << position, is64),
                1 => (Trim(x[rd], is64) & ~(Ones(width) << position)) | field,
                _ => Trim(field, is64),
            };
        }

        SetX(rd, result);
        return true;
    }

    // EXTR.
    private bool Extract(uint i, int rd, int rn, bool is64)
    {
        var lsb = (int)((i >> 10) & 0x3F);
        var n = (i >> 22) & 1;
        if (((i >> 29) & 3) != 0 || ((i >> 21) & 1) != 0 || n != (is64 ? 1u : 0u) || (!is64 && lsb > 31))
            return Undefined(i);
        var rm = (int)((i >> 16) & 31);
        var size = is64 ? 64 : 32;
        var high = Trim(x[rn], is64);
        var low = Trim(x[rm], is64);
        SetX(rd, lsb == 0 ? low : Trim((low >> lsb) | (high << (size - lsb)), is64));
        return true;
    }
}
