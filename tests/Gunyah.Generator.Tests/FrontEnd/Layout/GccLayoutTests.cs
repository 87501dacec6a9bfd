using Gunyah.Generator.Tests.FrontEnd.Parsing;

namespace Gunyah.Generator.Tests.FrontEnd.Layout;

/// <summary>
/// Record layouts against gcc. Every expectation below was printed by gcc 12.2 on x86-64 from a C program that
/// defines each case at block scope (after <c>#include &lt;linux/types.h&gt;</c>) and prints sizeof, _Alignof and, per
/// field, offsetof*8 — or, for a bitfield, the first bit set after assigning -1 to it in a zeroed object.
/// The pragma_pack cases use <c>_Pragma("pack(...)")</c>, the operator form in which the parser accepts #pragma pack.
/// </summary>
public class GccLayoutTests
{
    public static TheoryData<string, string, int, int, string> Cases => new()
    {
        { "basic", "struct t { char a; int b; short c; long d; char e; };", 32, 8, "a=0 b=32 c=64 d=128 e=192" },
        { "bitfields_cross_units", "struct t { unsigned a:3; unsigned b:30; unsigned c:31; unsigned d:2; };", 16, 4, "a=0 b=32 c=64 d=96" },
        { "bitfields_mixed_types", "struct t { char a; short b:9; short c:9; int d:17; long long e:40; char f; };", 16, 8, "a=0 b=16 c=32 d=41 e=64 f=104" },
        { "packed_bitfields", "struct t { char a; unsigned b:31; unsigned c:2; char d; } __attribute__((packed));", 7, 1, "a=0 b=8 c=39 d=48" },
        { "unnamed_and_zero_width", "struct t { char a; int :0; char b; int :3; char c; long long :0; char d; };", 9, 1, "a=0 b=32 c=48 d=64" },
        { "aligned_member", "struct t { char a; int b __attribute__((aligned(16))); char c; };", 32, 16, "a=0 b=128 c=160" },
        { "aligned_record", "struct t { char a; } __attribute__((aligned(32)));", 32, 32, "a=0" },
        { "packed_with_aligned_member", "struct __attribute__((packed)) t { char a; int b __attribute__((aligned(2))); char c; __u64 d; };", 16, 2, "a=0 b=16 c=48 d=56" },
        { "union_with_anonymous_struct", "union t { struct { __u32 lo; __u32 hi; }; __u64 all; struct { __u8 bytes[3]; } b3; };", 8, 8, "lo=0 hi=32 all=0 b3=0" },
        { "flexible_array", "struct t { __u32 n; __u64 entries[]; };", 8, 8, "n=0 entries=64" },
        { "zero_length_arrays", "struct t { __u16 n; __u8 pad[0]; __u32 data[0]; };", 4, 4, "n=0 pad=16 data=32" },
        { "nested_arrays_of_structs", "struct t { struct { __u16 x; __u8 y; } pts[3][2]; __u8 tail; };", 26, 2, "pts=0 tail=192" },
        { "enum_members", "enum e1 { A1 = -1, B1 = 5 }; enum e3 { D3 = 0x100000000 }; enum e4 { E4 = -1, F4 = 0x80000000 }; struct t { char a; enum e1 x; char b; enum e3 y; char c; enum e4 z; };", 40, 8, "a=0 x=32 b=64 y=128 c=192 z=256" },
        { "long_double_int128", "struct t { char a; long double b; char c; __int128 d; };", 64, 16, "a=0 b=128 c=256 d=384" },
        { "bool_bitfields", "struct t { _Bool a:1; _Bool b; char c:4; };", 3, 1, "a=0 b=8 c=16" },
        { "aligned_u64", "struct t { __u32 a; __aligned_u64 b; };", 16, 8, "a=0 b=64" },
        { "packed_anonymous_union", "struct t { __u8 type; union { __u32 a; __u64 b; } __attribute__((packed)); __u8 c; };", 10, 1, "type=0 a=8 b=8 c=72" },
        { "bitfields_in_anonymous_struct_in_union", "union t { struct { __u32 a:4, b:28; }; __u32 raw; };", 4, 4, "a=0 b=4 raw=0" },
        { "pointers", "struct t { char a; void *p; int (*fn)(int, char); char b; };", 32, 8, "a=0 p=64 fn=128 b=192" },
        { "char_matrix", "struct t { char name[3][5]; int x; };", 20, 4, "name=0 x=128" },
        { "alignas_member", "struct t { char a; _Alignas(8) char b; };", 16, 8, "a=0 b=64" },
        { "typedef_lowers_alignment", "typedef unsigned long long u64a4 __attribute__((aligned(4))); struct t { char a; u64a4 b; };", 12, 4, "a=0 b=32" },
        { "bitfields_in_union", "union t { unsigned a:3; unsigned char b:7; unsigned long long c:33; };", 8, 8, "a=0 b=0 c=0" },
        { "packed_containing_unpacked", "struct in { int a; char b; }; struct __attribute__((packed)) t { char x; struct in y; };", 9, 1, "x=0 y=8 y.b=40" },
        { "packed_member", "struct t { char a; int b __attribute__((packed)); };", 5, 1, "a=0 b=8" },
        { "bare_aligned", "struct t { char a; } __attribute__((aligned));", 16, 16, "a=0" },
        { "long_long_bitfield_straddle", "struct t { int a:8; long long b:60; };", 16, 8, "a=0 b=64" },
        { "small_then_int_bitfield", "struct t { char a:4; int b:20; char c; };", 4, 4, "a=0 b=4 c=24" },
        { "nested_named_struct", "struct t { __u8 k; struct { __u32 x; __u16 y; } inner; __u8 z; };", 16, 4, "k=0 inner=32 inner.x=32 inner.y=64 z=96" },
        { "packed_zero_width", "struct t { char a; int :0; char b; } __attribute__((packed));", 5, 1, "a=0 b=32" },
        { "unnamed_bitfield_keeps_alignment_low", "struct t { char a; long long :5; };", 2, 1, "a=0" },
        { "pragma_pack_2", "_Pragma(\"pack(2)\") struct t { char c; int i; long long l; }; _Pragma(\"pack()\")", 14, 2, "c=0 i=16 l=48" },
        { "pragma_pack_bitfields", "_Pragma(\"pack(2)\") struct t { char c; int i : 31; int j : 3; char d; }; _Pragma(\"pack()\")", 8, 2, "c=0 i=8 j=39 d=48" },
        { "pragma_pack_caps_aligned", "_Pragma(\"pack(2)\") struct t { char c; int i __attribute__((aligned(8))); }; _Pragma(\"pack()\")", 6, 2, "c=0 i=16" },
        { "pragma_pack_short_bitfields", "_Pragma(\"pack(2)\") struct t { char c; short s : 12; short u : 6; }; _Pragma(\"pack()\")", 4, 2, "c=0 s=8 u=20" },
        { "pragma_pack_zero_width", "_Pragma(\"pack(2)\") struct t { char c; int :0; char d; }; _Pragma(\"pack()\")", 5, 1, "c=0 d=32" },
        { "pragma_pack_long_bitfields", "_Pragma(\"pack(2)\") struct t { char c; long long x : 40; long long y : 30; }; _Pragma(\"pack()\")", 10, 2, "c=0 x=8 y=48" },
        { "pragma_pack_push_pop", "_Pragma(\"pack(4)\") _Pragma(\"pack(push, 1)\") struct h { char c; int i; }; _Pragma(\"pack(pop)\") struct t { char c; long long l; struct h in; }; _Pragma(\"pack()\")", 20, 4, "c=0 l=32 in=96 in.i=104" },
        { "pragma_pack_reset", "_Pragma(\"pack(2)\") _Pragma(\"pack()\") struct t { char c; int i; };", 8, 4, "c=0 i=32" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layout_matches_gcc(string name, string source, int size, int alignment, string bitOffsets)
    {
        var parsed = ParserHarness.Parse(source);
        Assert.Empty(parsed.Problems);
        var record = parsed.Record("t");
        var layout = Assert.IsType<Gunyah.Generator.CFrontEnd.Layout.RecordLayout>(record.Layout);
        Assert.True(size == layout.Size, $"{name}: size {layout.Size}, gcc says {size}");
        Assert.True(alignment == layout.Alignment, $"{name}: alignment {layout.Alignment}, gcc says {alignment}");
        foreach (var pair in bitOffsets.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            var actual = ParserHarness.BitOffset(record, parts[0]);
            Assert.True(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) == actual, $"{name}: {parts[0]} at bit {actual}, gcc says {parts[1]}");
        }
    }
}
