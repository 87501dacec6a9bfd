namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>The raw material mutations insert: fragments aimed at the front-end's known hard spots.</summary>
internal static class MutationSnippets
{
    public static readonly string[] Punctuation =
    [
        "{", "}", "(", ")", "[", "]", ";", ",", ":", "?", "*", "&", "|", "^", "~", "!", "<", ">", "=", "+", "-",
        "/", "%", "#", "##", ".", "...", "->", "<<", ">>", "&&", "||", "\\", "'", "\"", "@", "$", "`",
    ];

    public static readonly string[] Keywords =
    [
        "struct", "union", "enum", "typedef", "unsigned", "signed", "long", "short", "int", "char", "void", "const",
        "volatile", "sizeof", "_Alignof", "__alignof__", "__attribute__", "__extension__", "__typeof__", "typeof",
        "_Static_assert", "inline", "static", "extern", "_Bool", "__u8", "__u32", "__u64", "__s64", "__le32", "__aligned_u64",
        "defined", "__int128", "float", "double", "restrict", "__restrict", "_Atomic", "register", "auto", "__packed",
    ];

    public static readonly string[] Directives =
    [
        "#if", "#if 0", "#if 1", "#ifdef X", "#ifndef X", "#else", "#elif 1", "#elif", "#endif", "#endif extra",
        "#define X X", "#define X", "#define F(a) F(a)", "#define G(a, ...) G(a, __VA_ARGS__)", "#undef X", "#undef",
        "#include \"root.h\"", "#include <root.h>", "#include <linux/types.h>", "#include <missing/nothere.h>", "#include",
        "#include MACRO_PATH", "#error boom", "#warning careful", "#pragma pack(1)", "#pragma once", "#line 0",
        "#", "#define", "#define 1", "#define X(", "#define X(a,a) a", "#define S(a) #a", "#define C(a,b) a ## b", "#if (", "#if 1/0",
        "#if defined(", "#if X(", "#ident \"x\"", "#assert x", "#define __KERNEL__ 1", "#if __has_include(<linux/types.h>)",
    ];

    public static readonly string[] HugeNumbers =
    [
        "99999999999999999999999999", "0x1ffffffffffffffff", "18446744073709551616ULL", "18446744073709551615ULL",
        "0777777777777777777777777", "1e999", "0x", "0b", "08", "1uuu", "1LLL", "'\\xfff'", "'ab'", "''", "-9223372036854775808",
        "(1 << 63)", "(1ULL << 64)", "(1 << -1)", "(0x7fffffff + 1)", "(-2147483647 - 1) / -1", "1 % 0", "(1 ? 2 : )",
    ];

    public static readonly string[] Fragments =
    [
        "__attribute__((", "__attribute__((packed))", "__attribute__((aligned(8)))", "__attribute__((aligned(0)))",
        "__attribute__((aligned(3)))", "__attribute__((aligned(1 << 30)))", "__attribute__((unknown_thing(1, 2)))",
        "[1 << 62]", "[0x7fffffff]", "[-1]", "[0]", "[]", "[[1]]", ": 65", ": 0", ": -1", ": 33", "/*", "*/", "//", "\"abc",
        "\\\n", "\r", "\0", "\u00e9", "\ud83d\ude00", "\t\f\v", "struct {", "union { int a; }", "enum { A = 1 / 0 }", "enum { B = B }",
        "typedef struct x x;", "struct x { struct x y; };", "struct y { int a[sizeof(struct y)]; };", "_IOW('G', 1, struct nope)",
        "_IOC(", "_IOWR(0, 0, int[1 << 20])", "_IO(", "sizeof(", "__typeof__((struct a *)0)->b", "enum e : int { C };",
    ];

    public static readonly string[] RecursiveMacros =
    [
        "#define A B\n#define B A\nint v[A];\n",
        "#define F(x) F(F(x))\nint w = F(1);\n",
        "#define SELF SELF + 1\nenum { Z = SELF };\n",
        "#define P(x) x x x x x x x x\n#define Q P(P(P(P(1))))\nint q[Q];\n",
        "#define CAT(a, b) a ## b\n#define XCAT(a, b) CAT(a, b)\nint XCAT(XCAT(a, b), XCAT(c, d));\n",
        "#define E(...) __VA_ARGS__ __VA_ARGS__\n#define E2 E(E(E(E(E(E(E(E(E(E(1))))))))))\nint e = E2;\n",
    ];
}
