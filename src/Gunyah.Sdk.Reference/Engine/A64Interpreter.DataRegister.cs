using System.Numerics;
using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// Data processing — register: logical and add/sub (shifted, extended), with carry, conditional compare and select,
// one- and two-source operations, multiply (incl. long and high forms).
public sealed partial class A64Interpreter
{
    private bool DataRegister(uint i)
    {
        var rd = (int)(i & 31);
        var rn = (int)((i >> 5) & 31);
        var rm = (int)((i >> 16) & 31);
        var is64 = (i >> 31) != 0;
        var op1 = (i >> 28) & 1;
        var op2 = (i >> 21) & 0xF;
        if (op1 == 0)
        {
            if ((op2 & 8) == 0)
                return LogicalShifted(i, rd, rn, rm, is64);
            return (op2 & 1) == 0 ? AddSubShifted(i, rd, rn, rm, is64) : AddSubExtended(i, rd, rn, rm, is64);
        }

        return op2 switch
        {
            0 when ((i >> 10) & 0x3F) == 0 => AddSubCarry(i, rd, rn, rm, is64),
            2 => ConditionalCompare(i, rn, rm, is64),
            4 => ConditionalSelect(i, rd, rn, rm, is64),
            6 when ((i >> 30) & 1) == 0 => TwoSource(i, rd, rn, rm, is64),
            6 => OneSource(i, rd, rn, is64),
            >= 8 => Multiply(i, rd, rn, rm, is64),
            _ => Undefined(i),
        };
    }

    private bool LogicalShifted(uint i, int rd, int rn, int rm, bool is64)
    {
        var amount = (int)((i >> 10) & 0x3F);
        if (!is64 && amount > 31)
            return Undefined(i);
        var operand = Shift(x[rm], (i >> 22) & 3, amount, is64);
        if ((i & (1u << 21)) != 0)
            operand = Trim(~operand, is64);
        var left = Trim(x[rn], is64);
        ulong result;
        switch ((i >> 29) & 3)
        {
            case 0: result = left & operand; break;
            case 1: result = left | operand; break;
            case 2: result = left ^ operand; break;
            default:
                result = left & operand;
                Nzcv = NzFlags(result, is64);
                break;
        }

        SetX(rd, result);
        return true;
    }

    private bool AddSubShifted(uint i, int rd, int rn, int rm, bool is64)
    {
        var amount = (int)((i >> 10) & 0x3F);
        var type = (i >> 22) & 3;
        if (type == 3 || (!is64 && amount > 31))
            return Undefined(i);
        return AddSub(i, rd, x[rn], Shift(x[rm], type, amount, is64), is64, toSp: false);
    }

    private bool AddSubExtended(uint i, int rd, int rn, int rm, bool is64)
    {
        var amount = (int)((i >> 10) & 7);
        if (amount > 4 || ((i >> 22) & 3) != 0)
            return Undefined(i);
        return AddSub(i, rd, XOrSp(rn), Extend(x[rm], (i >> 13) & 7, amount, is64), is64, toSp: true);
    }

    // ADD/ADDS/SUB/SUBS once the operands are formed; without flags the extended form may write SP.
    private bool AddSub(uint i, int rd, ulong left, ulong operand, bool is64, bool toSp)
    {
        var sub = (i & (1u << 30)) != 0;
        var result = AddWithCarry(Trim(left, is64), sub ? Trim(~operand, is64) : operand, sub ? 1u : 0u, is64, out var flags);
        if ((i & (1u << 29)) != 0)
        {
            Nzcv = flags;
            SetX(rd, result);
        }
        else if (toSp)
        {
            SetXOrSp(rd, result);
        }
        else
        {
            SetX(rd, result);
        }

        return true;
    }

    private bool AddSubCarry(uint i, int rd, int rn, int rm, bool is64)
    {
        var sub = (i & (1u << 30)) != 0;
        var operand = sub ? Trim(~x[rm], is64) : Trim(x[rm], is64);
        var result = AddWithCarry(Trim(x[rn], is64), operand, (Nzcv >> 29) & 1, is64, out var flags);
        if ((i & (1u << 29)) != 0)
            Nzcv = flags;
        SetX(rd, result);
        return true;
    }

    // CCMN / CCMP, register or immediate.
    private bool ConditionalCompare(uint i, int rn, int rm, bool is64)
    {
        if ((i & (1u << 29)) == 0 || (i & (1u << 10)) != 0 || (i & (1u << 4)) != 0)
            return Undefined(i);
        if (!ConditionHolds((i >> 12) & 0xF, Nzcv))
        {
            Nzcv = (i & 0xF) << 28;
            return true;
        }

        var operand = (i & (1u << 11)) != 0 ? (ulong)rm : Trim(x[rm], is64);
        var sub = (i & (1u << 30)) != 0;
        AddWithCarry(Trim(x[rn], is64), sub ? Trim(~operand, is64) : operand, sub ? 1u : 0u, is64, out var flags);
        Nzcv = flags;
        return true;
    }

    // CSEL / CSINC / CSINV / CSNEG.
    private bool ConditionalSelect(uint i, int rd, int rn, int rm, bool is64)
    {
        if ((i & (1u << 29)) != 0 || ((i >> 11) & 1) != 0)
            return Undefined(i);
        ulong result;
        if (ConditionHolds((i >> 12) & 0xF, Nzcv))
        {
            result = x[rn];
        }
        else
        {
            result = x[rm];
            if ((i & (1u << 30)) != 0)
                result = ~result;
            if ((i & (1u << 10)) != 0)
                result++;
        }

        SetX(rd, Trim(result, is64));
        return true;
    }

    // UDIV, SDIV, LSLV, LSRV, ASRV, RORV.
    private bool TwoSource(uint i, int rd, int rn, int rm, bool is64)
    {
        if ((i & (1u << 29)) != 0)
            return Undefined(i);
        var a = Trim(x[rn], is64);
        var b = Trim(x[rm], is64);
        var size = is64 ? 64 : 32;
        ulong result;
        switch ((i >> 10) & 0x3F)
        {
            case 2:
                result = b == 0 ? 0 : a / b;
                break;
            case 3:
                if (b == 0)
                    result = 0;
                else if (is64)
                    result = (long)a == long.MinValue && (long)b == -1 ? a : (ulong)((long)a / (long)b);
                else
                    result = (int)a == int.MinValue && (int)b == -1 ? a : Trim((ulong)(long)((int)a / (int)b), false);
                break;
            case >= 8 and <= 11:
                result = Shift(a, ((i >> 10) & 3), (int)(b % (ulong)size), is64);
                break;
            default:
                return Undefined(i);
        }

        SetX(rd, result);
        return true;
    }

    // RBIT, REV16, REV32, REV, CLZ, CLS.
    private bool OneSource(uint i, int rd, int rn, bool is64)
    {
        if (((i >> 16) & 0x1F) != 0 || (i & (1u << 29)) != 0)
            return Undefined(i);
        var value = Trim(x[rn], is64);
        var opcode = (i >> 10) & 0x3F;
        ulong result;
        switch (opcode)
        {
            case 0:
                result = ReverseBits(value, is64);
                break;
            case 1:
                result = ReverseBytesIn(value, 2);
                break;
            case 2:
                result = is64 ? ReverseBytesIn(value, 4) : ReverseBytesIn(value, 4) & 0xFFFF_FFFF;
                break;
            case 3 when is64:
                result = ReverseBytesIn(value, 8);
                break;
            case 4:
                result = (ulong)(is64 ? BitOperations.LeadingZeroCount(value) : BitOperations.LeadingZeroCount((uint)value));
                break;
            case 5:
            {
                var size = is64 ? 64 : 32;
                var flipped = Trim(value ^ (value >> 1), is64) & Ones(size - 1);
                result = (ulong)((is64 ? BitOperations.LeadingZeroCount(flipped) : BitOperations.LeadingZeroCount((uint)flipped)) - 1);
                break;
            }

            default:
                return Undefined(i);
        }

        SetX(rd, result);
        return true;
    }

    private static ulong ReverseBits(ulong value, bool is64)
    {
        ulong result = 0;
        var size = is64 ? 64 : 32;
        for (var bit = 0; bit < size; bit++)
            result |= ((value >> bit) & 1) << (size - 1 - bit);
        return result;
    }

    // Reverses the bytes within each container of `bytes` bytes.
    private static ulong ReverseBytesIn(ulong value, int bytes)
    {
        ulong result = 0;
        for (var container = 0; container < 8; container += bytes)
        {
            for (var b = 0; b < bytes; b++)
                result |= ((value >> ((container + b) * 8)) & 0xFF) << ((container + bytes - 1 - b) * 8);
        }

        return result;
    }

    // MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH.
    private bool Multiply(uint i, int rd, int rn, int rm, bool is64)
    {
        var ra = (int)((i >> 10) & 31);
        var subtract = (i & (1u << 15)) != 0;
        if (((i >> 29) & 3) != 0)
            return Undefined(i);
        ulong result;
        switch ((i >> 21) & 7)
        {
            case 0:
                var product = Trim(x[rn], is64) * Trim(x[rm], is64);
                result = Trim(subtract ? x[ra] - product : x[ra] + product, is64);
                break;
            case 1 when is64:
                var signedProduct = (ulong)((long)(int)x[rn] * (int)x[rm]);
                result = subtract ? x[ra] - signedProduct : x[ra] + signedProduct;
                break;
            case 5 when is64:
                var unsignedProduct = (x[rn] & 0xFFFF_FFFF) * (x[rm] & 0xFFFF_FFFF);
                result = subtract ? x[ra] - unsignedProduct : x[ra] + unsignedProduct;
                break;
            case 2 when is64 && !subtract:
                result = (ulong)(((Int128)(long)x[rn] * (long)x[rm]) >> 64);
                break;
            case 6 when is64 && !subtract:
                result = (ulong)(((UInt128)x[rn] * x[rm]) >> 64);
                break;
            default:
                return Undefined(i);
        }

        SetX(rd, result);
        return true;
    }
}
