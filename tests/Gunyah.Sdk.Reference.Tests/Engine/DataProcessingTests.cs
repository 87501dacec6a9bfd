using System.Numerics;
using Gunyah.Sdk.GuestToolkit;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// Integer data processing: each class on random operands (fixed seed), the result and flags checked against
/// values this test computes with C# arithmetic (BigInteger for the flags), not with the interpreter's helpers.
/// </summary>
public sealed class DataProcessingTests
{
    private const int Samples = 64;

    private static ulong[] Operands(int seed)
    {
        var random = new Random(seed);
        var values = new List<ulong> { 0, 1, ulong.MaxValue, 0x8000_0000_0000_0000, 0x7FFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF, 0x8000_0000 };
        while (values.Count < Samples)
            values.Add((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40));
        return values.ToArray();
    }

    // Runs `op` with X1 = a, X2 = b (X3 = c) and returns the interpreter at the WFI after it.
    private static Reference.Engine.A64Interpreter Binary(Action<A64Assembler> op, ulong a, ulong b, ulong c = 0) =>
        EngineHarness.RunToWfi(asm =>
        {
            asm.Mov(X(1), a).Mov(X(2), b).Mov(X(3), c);
            op(asm);
        });

    private static uint ExpectedFlags(ulong a, ulong b, bool subtract, int bits)
    {
        var mask = bits == 64 ? ulong.MaxValue : 0xFFFF_FFFFUL;
        a &= mask;
        b &= mask;
        BigInteger ua = a, ub = b;
        BigInteger sa = bits == 64 ? (long)a : (int)(uint)a, sb = bits == 64 ? (long)b : (int)(uint)b;
        var unsignedResult = subtract ? ua - ub : ua + ub;
        var signedResult = subtract ? sa - sb : sa + sb;
        var result = (ulong)(unsignedResult & mask);
        var signedTruncated = bits == 64 ? (BigInteger)(long)result : (int)(uint)result;
        var carry = subtract ? ua >= ub : unsignedResult > mask;
        uint flags = 0;
        if ((result >> (bits - 1) & 1) != 0) flags |= 8;
        if (result == 0) flags |= 4;
        if (carry) flags |= 2;
        if (signedResult != signedTruncated) flags |= 1;
        return flags << 28;
    }

    [Fact]
    public void Add_and_subtract_set_the_result_and_NZCV_of_the_architectural_sum()
    {
        var operands = Operands(1);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b) = (operands[k], operands[(k * 7 + 3) % Samples]);
            var cpu = Binary(asm => asm.Adds(X(0), X(1), X(2)), a, b);
            Assert.Equal(unchecked(a + b), cpu.GetX(0));
            Assert.Equal(ExpectedFlags(a, b, false, 64), cpu.Nzcv);
            cpu = Binary(asm => asm.Subs(X(0), X(1), X(2)), a, b);
            Assert.Equal(unchecked(a - b), cpu.GetX(0));
            Assert.Equal(ExpectedFlags(a, b, true, 64), cpu.Nzcv);
            cpu = Binary(asm => asm.Subs(W(0), W(1), W(2)), a, b);
            Assert.Equal((ulong)unchecked((uint)a - (uint)b), cpu.GetX(0));
            Assert.Equal(ExpectedFlags(a, b, true, 32), cpu.Nzcv);
            cpu = Binary(asm => asm.Add(X(0), X(1), X(2), A64Shift.Lsr, k % 64), a, b);
            Assert.Equal(unchecked(a + (b >> (k % 64))), cpu.GetX(0));
            cpu = Binary(asm => asm.AddsImmediate(W(0), W(1), (uint)k * 61, shift12: k % 2 == 0), a, b);
            var imm = (ulong)k * 61 << (k % 2 == 0 ? 12 : 0);
            Assert.Equal((ulong)unchecked((uint)a + (uint)imm), cpu.GetX(0));
            Assert.Equal(ExpectedFlags(a, imm, false, 32), cpu.Nzcv);
            cpu = Binary(asm => asm.AddExtended(X(0), X(1), W(2), A64Extend.Sxtw, k % 5), a, b);
            Assert.Equal(unchecked(a + ((ulong)(long)(int)(uint)b << (k % 5))), cpu.GetX(0));
            cpu = Binary(asm => asm.SubExtended(X(0), X(1), W(2), A64Extend.Uxtb), a, b);
            Assert.Equal(unchecked(a - (b & 0xFF)), cpu.GetX(0));
        }
    }

    [Fact]
    public void Add_and_subtract_with_carry_use_the_carry_flag()
    {
        var operands = Operands(2);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b) = (operands[k], operands[(k * 5 + 1) % Samples]);
            var carry = k % 2 == 0;
            // CMP X5, #1 sets C exactly when X5 = 1 (1 − 1 does not borrow, 0 − 1 does).
            var cpu = Binary(asm => asm.Mov(X(5), carry ? 1UL : 0UL).CmpImmediate(X(5), 1).Adc(X(0), X(1), X(2)).Sbc(X(4), X(1), X(2)), a, b);
            var c = carry ? 1UL : 0UL;
            Assert.Equal(unchecked(a + b + c), cpu.GetX(0));
            Assert.Equal(unchecked(a - b - 1 + c), cpu.GetX(4));
        }
    }

    [Fact]
    public void Logical_shifted_register_forms_combine_the_shifted_operand()
    {
        var operands = Operands(3);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b) = (operands[k], operands[(k * 3 + 2) % Samples]);
            var amount = (k * 11) % 64;
            var cpu = Binary(asm => asm.And(X(0), X(1), X(2), A64Shift.Lsl, amount).Orr(X(4), X(1), X(2), A64Shift.Asr, amount)
                .Eor(X(5), X(1), X(2), A64Shift.Ror, amount).Bic(X(6), X(1), X(2)).Ands(W(7), W(1), W(2), A64Shift.Lsr, amount % 32), a, b);
            Assert.Equal(a & (b << amount), cpu.GetX(0));
            Assert.Equal(a | (ulong)((long)b >> amount), cpu.GetX(4));
            Assert.Equal(a ^ BitOperations.RotateRight(b, amount), cpu.GetX(5));
            Assert.Equal(a & ~b, cpu.GetX(6));
            var w = (uint)a & ((uint)b >> (amount % 32));
            Assert.Equal(w, cpu.GetX(7));
            Assert.Equal(((w >> 31) << 31) | (w == 0 ? 1u << 30 : 0), cpu.Nzcv);
        }
    }

    [Theory]
    [InlineData(0x92401C20u, 0xFFUL, 64)] // and x0, x1, #0xff
    [InlineData(0x3200CC20u, 0x0F0F_0F0FUL, 32)] // orr w0, w1, #0x0f0f0f0f (8-bit elements)
    [InlineData(0xD201F020u, 0xAAAA_AAAA_AAAA_AAAAUL, 64)] // eor x0, x1, #0xaaaaaaaaaaaaaaaa (2-bit elements)
    public void Logical_immediates_decode_their_bit_masks(uint encoding, ulong mask, int bits)
    {
        foreach (var a in Operands(4))
        {
            var cpu = Binary(asm => asm.Word(encoding), a, 0);
            var expected = (encoding >> 29 & 3) switch { 0 => a & mask, 1 => a | mask, _ => a ^ mask };
            Assert.Equal(bits == 32 ? expected & 0xFFFF_FFFF : expected, cpu.GetX(0));
        }
    }

    [Fact]
    public void Move_wide_builds_any_constant()
    {
        foreach (var value in Operands(5))
        {
            var cpu = EngineHarness.RunToWfi(asm => asm.Mov(X(0), value).Mov(W(1), value).Movn(X(2), value & 0xFFFF, 32));
            Assert.Equal(value, cpu.GetX(0));
            Assert.Equal(value & 0xFFFF_FFFF, cpu.GetX(1));
            Assert.Equal(~((value & 0xFFFF) << 32), cpu.GetX(2));
        }
    }

    [Fact]
    public void Bitfield_moves_and_extract_take_and_place_bit_ranges()
    {
        var operands = Operands(6);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b) = (operands[k], operands[(k + 9) % Samples]);
            var lsb = k % 64;
            var width = 1 + (k * 13 % (64 - lsb));
            var cpu = Binary(asm => asm.Ubfm(X(0), X(1), lsb, lsb + width - 1).Sbfm(X(4), X(1), lsb, lsb + width - 1)
                .LslImmediate(X(5), X(1), k % 64).LsrImmediate(W(6), W(1), k % 32)
                .Word(0x93C00000u | (2u << 16) | ((uint)lsb << 10) | (1u << 5) | 7u), a, b); // extr x7, x1, x2, #lsb
            var field = width == 64 ? a : (a >> lsb) & ((1UL << width) - 1);
            Assert.Equal(field, cpu.GetX(0));
            Assert.Equal((ulong)((long)(a << (64 - lsb - width)) >> (64 - width)), cpu.GetX(4));
            Assert.Equal(a << (k % 64), cpu.GetX(5));
            Assert.Equal((ulong)((uint)a >> (k % 32)), cpu.GetX(6));
            Assert.Equal((ulong)((((UInt128)a << 64) | b) >> lsb), cpu.GetX(7));
        }
    }

    [Fact]
    public void Conditional_select_and_compare_follow_the_compared_values()
    {
        var operands = Operands(7);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b) = (operands[k], operands[(k * 17 + 5) % Samples]);
            var cpu = Binary(asm => asm.Cmp(X(1), X(2)).Csel(X(0), X(1), X(2), A64Condition.Lt).Csinc(X(4), X(1), X(2), A64Condition.Hi)
                .Word(0xFA400000u | (2u << 16) | ((uint)A64Condition.Eq << 12) | (1u << 5) | 0b0110), a, b); // ccmp x1, x2, #6, eq
            Assert.Equal((long)a < (long)b ? a : b, cpu.GetX(0));
            Assert.Equal(a > b ? a : unchecked(b + 1), cpu.GetX(4));
            Assert.Equal(a == b ? ExpectedFlags(a, b, true, 64) : 0x6000_0000u, cpu.Nzcv);
        }
    }

    [Fact]
    public void Multiply_and_divide_match_the_wide_products_and_quotients()
    {
        var operands = Operands(8);
        for (var k = 0; k < Samples; k++)
        {
            var (a, b, c) = (operands[k], operands[(k * 3 + 1) % Samples], operands[(k * 5 + 2) % Samples]);
            var cpu = Binary(asm => asm.Madd(X(0), X(1), X(2), X(3)).Msub(X(4), X(1), X(2), X(3)).Udiv(X(5), X(1), X(2)).Sdiv(X(6), X(1), X(2))
                .Word(0x9BC07C00u | (2u << 16) | (1u << 5) | 7u) // umulh x7, x1, x2
                .Word(0x9B407C00u | (2u << 16) | (1u << 5) | 8u) // smulh x8, x1, x2
                .Word(0x9B200000u | (2u << 16) | (3u << 10) | (1u << 5) | 9u) // smaddl x9, w1, w2, x3
                .Word(0x9BA08000u | (2u << 16) | (3u << 10) | (1u << 5) | 10u) // umsubl x10, w1, w2, x3
                .Sdiv(W(11), W(1), W(2)), a, b, c);
            Assert.Equal(unchecked(c + a * b), cpu.GetX(0));
            Assert.Equal(unchecked(c - a * b), cpu.GetX(4));
            Assert.Equal(b == 0 ? 0 : a / b, cpu.GetX(5));
            Assert.Equal(b == 0 ? 0 : (long)a == long.MinValue && (long)b == -1 ? a : (ulong)((long)a / (long)b), cpu.GetX(6));
            Assert.Equal(Math.BigMul(a, b, out _), cpu.GetX(7));
            Assert.Equal((ulong)Math.BigMul((long)a, (long)b, out _), cpu.GetX(8));
            Assert.Equal(unchecked(c + (ulong)((long)(int)a * (int)b)), cpu.GetX(9));
            Assert.Equal(unchecked(c - (ulong)(uint)a * (uint)b), cpu.GetX(10));
            var (wa, wb) = ((int)a, (int)b);
            Assert.Equal(wb == 0 ? 0 : wa == int.MinValue && wb == -1 ? (uint)wa : (uint)(wa / wb), cpu.GetX(11));
        }
    }

    [Fact]
    public void Bit_counting_and_reversal_match_independent_computations()
    {
        foreach (var a in Operands(9))
        {
            var cpu = Binary(asm => asm.Word(0xDAC01020) // clz x0, x1
                .Word(0xDAC00024) // rbit x4, x1
                .Word(0xDAC00C25) // rev x5, x1
                .Word(0x5AC00826) // rev w6, w1
                .Word(0xDAC00427) // rev16 x7, x1
                .Word(0xDAC01428) // cls x8, x1
                .Lsrv(X(9), X(1), X(2)).Lslv(W(10), W(1), W(2))
                .Word(0x9AC22C2B), a, a * 7 + 3); // rorv x11, x1, x2
            var b = a * 7 + 3;
            Assert.Equal((ulong)BitOperations.LeadingZeroCount(a), cpu.GetX(0));
            var reversed = 0UL;
            for (var v = a; v != 0; v &= v - 1)
                reversed |= 1UL << (63 - BitOperations.TrailingZeroCount(v));
            Assert.Equal(reversed, cpu.GetX(4));
            Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(a), cpu.GetX(5));
            Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)a), cpu.GetX(6));
            Assert.Equal(((a & 0x00FF_00FF_00FF_00FF) << 8) | ((a >> 8) & 0x00FF_00FF_00FF_00FF), cpu.GetX(7));
            var sign = a >> 63;
            var count = 0;
            while (count < 63 && ((a >> (62 - count)) & 1) == sign)
                count++;
            Assert.Equal((ulong)count, cpu.GetX(8));
            Assert.Equal(a >> (int)(b % 64), cpu.GetX(9));
            Assert.Equal((ulong)((uint)a << (int)(b % 32)), cpu.GetX(10));
            Assert.Equal(BitOperations.RotateRight(a, (int)(b % 64)), cpu.GetX(11));
        }
    }
}
