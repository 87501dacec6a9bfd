using System.Numerics;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>The Arm ARM's shared pseudocode helpers the decoders need (bit masks, shifts, flags, conditions).</summary>
internal static class A64Bits
{
    public const uint N = 1u << 31, Z = 1u << 30, C = 1u << 29, V = 1u << 28;

    public static ulong Ones(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    public static ulong Trim(ulong value, bool is64) => is64 ? value : value & 0xFFFF_FFFF;

    public static ulong SignExtend(ulong value, int bits) => bits >= 64 ? value : (ulong)((long)(value << (64 - bits)) >> (64 - bits));

    public static ulong RotateRight(ulong value, int amount, int size)
    {
        amount %= size;
        if (amount == 0)
            return value;
        return ((value >> amount) | (value << (size - amount))) & Ones(size);
    }

    /// <summary>DecodeBitMasks for a logical immediate; false for a reserved encoding.</summary>
    public static bool TryDecodeLogicalImmediate(uint n, uint imms, uint immr, bool is64, out ulong mask)
    {
        mask = 0;
        var combined = (n << 6) | (~imms & 0x3F);
        if (combined == 0)
            return false;
        var len = 31 - BitOperations.LeadingZeroCount(combined);
        if (len < 1 || (!is64 && len > 5))
            return false;
        var levels = (uint)Ones(len);
        if ((imms & levels) == levels)
            return false;
        var s = (int)(imms & levels);
        var r = (int)(immr & levels);
        var esize = 1 << len;
        var element = RotateRight(Ones(s + 1), r, esize);
        var size = is64 ? 64 : 32;
        for (var i = 0; i < size; i += esize)
            mask |= element << i;
        return true;
    }

    public static ulong Shift(ulong value, uint type, int amount, bool is64)
    {
        var size = is64 ? 64 : 32;
        value = Trim(value, is64);
        return type switch
        {
            0 => Trim(value << amount, is64),
            1 => value >> amount,
            2 => Trim((ulong)((long)SignExtend(value, size) >> amount), is64),
            _ => RotateRight(value, amount, size),
        };
    }

    public static ulong Extend(ulong value, uint option, int shift, bool is64)
    {
        var extended = option switch
        {
            0 => value & 0xFF,
            1 => value & 0xFFFF,
            2 => value & 0xFFFF_FFFF,
            3 => value,
            4 => SignExtend(value & 0xFF, 8),
            5 => SignExtend(value & 0xFFFF, 16),
            6 => SignExtend(value & 0xFFFF_FFFF, 32),
            _ => value,
        };
        return Trim(extended << shift, is64);
    }

    /// <summary>AddWithCarry: the result and its NZCV flags.</summary>
    public static ulong AddWithCarry(ulong x, ulong y, uint carry, bool is64, out uint flags)
    {
        ulong result;
        uint c, v;
        if (is64)
        {
            var sum = (UInt128)x + y + carry;
            result = (ulong)sum;
            c = (uint)(sum >> 64);
            v = (uint)(((x ^ result) & (y ^ result)) >> 63);
        }
        else
        {
            var sum = (x & 0xFFFF_FFFF) + (y & 0xFFFF_FFFF) + carry;
            result = sum & 0xFFFF_FFFF;
            c = (uint)(sum >> 32);
            v = (uint)(((x ^ result) & (y ^ result)) >> 31) & 1;
        }

        flags = NzFlags(result, is64) | (c << 29) | (v << 28);
        return result;
    }

    public static uint NzFlags(ulong result, bool is64)
    {
        var negative = is64 ? result >> 63 : (result >> 31) & 1;
        return ((uint)negative << 31) | (Trim(result, is64) == 0 ? Z : 0);
    }

    public static bool ConditionHolds(uint condition, uint nzcv)
    {
        bool n = (nzcv & N) != 0, z = (nzcv & Z) != 0, c = (nzcv & C) != 0, v = (nzcv & V) != 0;
        var result = (condition >> 1) switch
        {
            0 => z,
            1 => c,
            2 => n,
            3 => v,
            4 => c && !z,
            5 => n == v,
            6 => !z && n == v,
            _ => true,
        };
        return (condition & 1) != 0 && condition != 0xF ? !result : result;
    }
}
