using Gunyah.Generator.CFrontEnd.Expressions;
using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Expressions.Expressions;

namespace Gunyah.Generator.Tests.FrontEnd.Expressions;

public class ConstantEvaluatorTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7L, PrimitiveKind.Int)]
    [InlineData("(1 + 2) * 3", 9L, PrimitiveKind.Int)]
    [InlineData("10 - 4 - 3", 3L, PrimitiveKind.Int)]
    [InlineData("100 / 7 % 4", 2L, PrimitiveKind.Int)]
    [InlineData("-7 / 2", -3L, PrimitiveKind.Int)]
    [InlineData("-7 % 2", -1L, PrimitiveKind.Int)]
    [InlineData("1 << 4 | 1", 17L, PrimitiveKind.Int)]
    [InlineData("-1 >> 1", -1L, PrimitiveKind.Int)]
    [InlineData("-16 >> 2", -4L, PrimitiveKind.Int)]
    [InlineData("~0", -1L, PrimitiveKind.Int)]
    [InlineData("!5", 0L, PrimitiveKind.Int)]
    [InlineData("!0", 1L, PrimitiveKind.Int)]
    [InlineData("-(-3)", 3L, PrimitiveKind.Int)]
    [InlineData("+'A'", 65L, PrimitiveKind.Int)]
    [InlineData("3 > 2 && 2 > 1", 1L, PrimitiveKind.Int)]
    [InlineData("0 || 0", 0L, PrimitiveKind.Int)]
    [InlineData("5 & 3 ^ 1", 0L, PrimitiveKind.Int)]
    [InlineData("6 ^ 3", 5L, PrimitiveKind.Int)]
    [InlineData("1 == 1 != 0", 1L, PrimitiveKind.Int)]
    [InlineData("2 <= 1", 0L, PrimitiveKind.Int)]
    [InlineData("2 >= 2", 1L, PrimitiveKind.Int)]
    [InlineData("1 ? 2 : 3", 2L, PrimitiveKind.Int)]
    [InlineData("0 ? 2 : 0 ? 3 : 4", 4L, PrimitiveKind.Int)]
    [InlineData("(1, 2)", 2L, PrimitiveKind.Int)]
    [InlineData("'G'", 0x47L, PrimitiveKind.Int)]
    [InlineData("'\\0'", 0L, PrimitiveKind.Int)]
    [InlineData("'\\n'", 10L, PrimitiveKind.Int)]
    [InlineData("'\\x41'", 0x41L, PrimitiveKind.Int)]
    [InlineData("'\\377'", -1L, PrimitiveKind.Int)]
    [InlineData("2147483647 + 0", 2147483647L, PrimitiveKind.Int)]
    [InlineData("2147483648", 2147483648L, PrimitiveKind.Long)]
    [InlineData("4294967296", 4294967296L, PrimitiveKind.Long)]
    [InlineData("0x7fffffff", 0x7fffffffL, PrimitiveKind.Int)]
    [InlineData("010", 8L, PrimitiveKind.Int)]
    [InlineData("0", 0L, PrimitiveKind.Int)]
    [InlineData("0b101", 5L, PrimitiveKind.Int)]
    [InlineData("1L", 1L, PrimitiveKind.Long)]
    [InlineData("1LL", 1L, PrimitiveKind.LongLong)]
    [InlineData("1ll", 1L, PrimitiveKind.LongLong)]
    [InlineData("-1L + 0U", -1L, PrimitiveKind.Long)]
    [InlineData("1L + 1LL", 2L, PrimitiveKind.LongLong)]
    [InlineData("(char)0x1ff", -1L, PrimitiveKind.Int)]
    [InlineData("(unsigned char)-1", 255L, PrimitiveKind.Int)]
    [InlineData("(short)0x18000", -32768L, PrimitiveKind.Int)]
    [InlineData("(unsigned short)-1", 65535L, PrimitiveKind.Int)]
    [InlineData("(_Bool)42", 1L, PrimitiveKind.Int)]
    [InlineData("(int)4294967295U", -1L, PrimitiveKind.Int)]
    [InlineData("(long)-1", -1L, PrimitiveKind.Long)]
    [InlineData("(__s32)(__u8)300", 44L, PrimitiveKind.Int)]
    [InlineData("(__u8)1 - 2", -1L, PrimitiveKind.Int)]
    [InlineData("(__u32)1 << 31", 0x80000000L, PrimitiveKind.UInt)]
    [InlineData("(int)sizeof(int)", 4L, PrimitiveKind.Int)]
    public void Evaluates_signed_results(string text, long expected, PrimitiveKind type)
    {
        var value = Eval(text);
        Assert.Equal(type, value.Type);
        Assert.Equal(expected, value.AsInt64);
    }

    [Theory]
    [InlineData("(1U << 31)", 0x80000000UL, PrimitiveKind.UInt)]
    [InlineData("0xffffffff", 0xffffffffUL, PrimitiveKind.UInt)]
    [InlineData("0x80000000", 0x80000000UL, PrimitiveKind.UInt)]
    [InlineData("0x100000000", 0x100000000UL, PrimitiveKind.Long)]
    [InlineData("0x8000000000000000", 0x8000000000000000UL, PrimitiveKind.ULong)]
    [InlineData("18446744073709551615", ulong.MaxValue, PrimitiveKind.ULong)]
    [InlineData("0xffffffffffffffffULL", ulong.MaxValue, PrimitiveKind.ULongLong)]
    [InlineData("1u", 1UL, PrimitiveKind.UInt)]
    [InlineData("1UL", 1UL, PrimitiveKind.ULong)]
    [InlineData("1lu", 1UL, PrimitiveKind.ULong)]
    [InlineData("1ULL", 1UL, PrimitiveKind.ULongLong)]
    [InlineData("1llu", 1UL, PrimitiveKind.ULongLong)]
    [InlineData("4294967296U", 4294967296UL, PrimitiveKind.ULong)]
    [InlineData("0x8000000000000000LL", 0x8000000000000000UL, PrimitiveKind.ULongLong)]
    [InlineData("-1 + 0U", 0xffffffffUL, PrimitiveKind.UInt)]
    [InlineData("0U - 1", 0xffffffffUL, PrimitiveKind.UInt)]
    [InlineData("-1U >> 1", 0x7fffffffUL, PrimitiveKind.UInt)]
    [InlineData("~0U", 0xffffffffUL, PrimitiveKind.UInt)]
    [InlineData("~0UL", ulong.MaxValue, PrimitiveKind.ULong)]
    [InlineData("1UL + 1LL", 2UL, PrimitiveKind.ULongLong)]
    [InlineData("-1 + 0UL", ulong.MaxValue, PrimitiveKind.ULong)]
    [InlineData("1 ? 2 : 3U", 2UL, PrimitiveKind.UInt)]
    [InlineData("0 ? 1UL : -1", ulong.MaxValue, PrimitiveKind.ULong)]
    [InlineData("sizeof(int)", 4UL, PrimitiveKind.ULong)]
    [InlineData("sizeof(struct foo)", 24UL, PrimitiveKind.ULong)]
    [InlineData("sizeof(struct foo) * 2", 48UL, PrimitiveKind.ULong)]
    [InlineData("_Alignof(struct foo)", 8UL, PrimitiveKind.ULong)]
    [InlineData("__alignof__(short)", 2UL, PrimitiveKind.ULong)]
    [InlineData("__builtin_offsetof(struct foo, b)", 8UL, PrimitiveKind.ULong)]
    [InlineData("__builtin_offsetof(struct foo, c.d[2])", 20UL, PrimitiveKind.ULong)]
    [InlineData("(unsigned long)(void *)0 + 16", 16UL, PrimitiveKind.ULong)]
    [InlineData("(__u64)-1", ulong.MaxValue, PrimitiveKind.ULongLong)]
    [InlineData("(1U << 30) | ('G' << 8) | 1 | (sizeof(struct foo) << 16)", 0x40184701UL, PrimitiveKind.ULong)]
    public void Evaluates_unsigned_results(string text, ulong expected, PrimitiveKind type)
    {
        var value = Eval(text);
        Assert.Equal(type, value.Type);
        Assert.Equal(expected, value.Bits);
    }

    [Fact]
    public void Long_beats_unsigned_int_but_not_unsigned_long()
    {
        Assert.Equal(PrimitiveKind.Long, Eval("1L + 1U").Type);
        Assert.Equal(PrimitiveKind.ULong, Eval("1L + 1UL").Type);
        Assert.Equal(PrimitiveKind.ULongLong, Eval("1UL + 1LL").Type);
        Assert.Equal(1, Eval("-1L < 1U").AsInt64);
        Assert.Equal(0, Eval("-1 < 1U").AsInt64);
    }

    [Fact]
    public void Unevaluated_operands_are_not_diagnosed()
    {
        Assert.Equal(2, Eval("1 ? 2 : 1/0").AsInt64);
        Assert.Equal(3, Eval("0 ? undefined_name : 3").AsInt64);
        Assert.Equal(0, Eval("0 && 1/0").AsInt64);
        Assert.Equal(1, Eval("1 || (1 << 99)").AsInt64);
        Assert.Equal(PrimitiveKind.ULong, Eval("1 ? 2 : (1UL / 0)").Type);
    }

    [Fact]
    public void Identifiers_come_from_the_context()
    {
        var context = new FakeConstantContext();
        context.Identifiers["FOO"] = new CValue(5, PrimitiveKind.UInt);
        var value = Eval("FOO * 2", context);
        Assert.Equal(10UL, value.Bits);
        Assert.Equal(PrimitiveKind.UInt, value.Type);
    }

    [Theory]
    [InlineData("1 / 0", "GHGEN003", "division by zero")]
    [InlineData("1 % 0", "GHGEN003", "remainder by zero")]
    [InlineData("1 << 32", "GHGEN003", "shift count 32")]
    [InlineData("1L << 64", "GHGEN003", "shift count 64")]
    [InlineData("1 >> -1", "GHGEN003", "negative")]
    [InlineData("BAR + 1", "GHGEN002", "'BAR'")]
    [InlineData("f(1)", "GHGEN001", "call of 'f'")]
    [InlineData("sizeof 1", "GHGEN001", "sizeof")]
    [InlineData("sizeof(struct nope)", "GHGEN011", "struct nope")]
    [InlineData("(double)1", "GHGEN003", "double")]
    [InlineData("1.5", "GHGEN001", "floating")]
    [InlineData("08", "GHGEN003", "octal")]
    [InlineData("1uu", "GHGEN003", "suffix")]
    [InlineData("1lL", "GHGEN003", "suffix")]
    [InlineData("99999999999999999999", "GHGEN003", "too large")]
    [InlineData("\"abc\" + 1", "GHGEN003", "string literal")]
    [InlineData("(1 + 2", "GHGEN006", "expected ')'")]
    [InlineData("1 +", "GHGEN006", "expected an expression")]
    [InlineData("1 ? 2", "GHGEN006", "expected ':'")]
    [InlineData("a[1]", "GHGEN001", "'['")]
    [InlineData("&x", "GHGEN001", "'&'")]
    public void Reports_bad_expressions(string text, string id, string messagePart)
    {
        var diagnostics = Fail(text);
        Assert.Equal(id, diagnostics[0].Id);
        Assert.Contains(messagePart, diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("t.h", diagnostics[0].Location!.Value.File);
    }

    [Fact]
    public void Division_by_zero_points_at_the_operator()
    {
        var diagnostics = Fail("1 +\n  2 / 0");
        Assert.Equal(new LocationInfo("t.h", 2, 5), diagnostics[0].Location);
    }

    [Fact]
    public void Minimum_divided_by_minus_one_wraps_instead_of_trapping()
    {
        Assert.Equal(long.MinValue, Eval("(-9223372036854775807L - 1) / -1").AsInt64);
        Assert.Equal(0, Eval("(-9223372036854775807L - 1) % -1").AsInt64);
        Assert.Equal(int.MinValue, Eval("(-2147483647 - 1) / -1").AsInt64);
    }

    [Fact]
    public void Character_constants_with_prefixes_and_multiple_chars()
    {
        Assert.Equal(0x4142, Eval("'AB'").AsInt64);
        Assert.Equal(PrimitiveKind.UInt, Eval("U'x'").Type);
        Assert.Equal(0x263A, Eval("L'\\u263A'").AsInt64);
        Assert.Equal(27, Eval("'\\e'").AsInt64);
        Assert.Equal(39, Eval("'\\''").AsInt64);
    }
}
