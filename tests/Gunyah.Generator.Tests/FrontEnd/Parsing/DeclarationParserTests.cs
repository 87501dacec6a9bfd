using Gunyah.Generator.CFrontEnd.Semantics;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Parsing;

public class DeclarationParserTests
{
    [Theory]
    [InlineData("unsigned long long int", PrimitiveKind.ULongLong)]
    [InlineData("long int", PrimitiveKind.Long)]
    [InlineData("long unsigned", PrimitiveKind.ULong)]
    [InlineData("long long", PrimitiveKind.LongLong)]
    [InlineData("long double", PrimitiveKind.LongDouble)]
    [InlineData("unsigned __int128", PrimitiveKind.UInt128)]
    [InlineData("__int128", PrimitiveKind.Int128)]
    [InlineData("__signed__ char", PrimitiveKind.SChar)]
    [InlineData("__signed int", PrimitiveKind.Int)]
    [InlineData("char", PrimitiveKind.Char)]
    [InlineData("unsigned char", PrimitiveKind.UChar)]
    [InlineData("short unsigned", PrimitiveKind.UShort)]
    [InlineData("signed short int", PrimitiveKind.Short)]
    [InlineData("signed", PrimitiveKind.Int)]
    [InlineData("unsigned", PrimitiveKind.UInt)]
    [InlineData("_Bool", PrimitiveKind.Bool)]
    [InlineData("float", PrimitiveKind.Float)]
    [InlineData("double", PrimitiveKind.Double)]
    [InlineData("const volatile unsigned __const__ int __volatile__", PrimitiveKind.UInt)]
    [InlineData("__extension__ unsigned long long", PrimitiveKind.ULongLong)]
    public void Type_specifier_combinations_resolve_to_their_primitive(string specifiers, PrimitiveKind expected)
    {
        var parsed = ParserHarness.Parse($"typedef {specifiers} t;");
        Assert.Empty(parsed.Problems);
        Assert.Equal(expected, Assert.IsType<PrimitiveType>(parsed.Typedef("t").Target).Kind);
    }

    [Theory]
    [InlineData("typedef int *t[4];", "int *[4]")]
    [InlineData("typedef int (*t)[4];", "int (*)[4]")]
    [InlineData("typedef void (*t)(int, char *);", "void (*)(int, char *)")]
    [InlineData("typedef int t[2][3];", "int [2][3]")]
    [InlineData("typedef char (*(*t)[2])(void);", "char (*(*)[2])(void)")]
    [InlineData("typedef const char *const t;", "char *")]
    [InlineData("typedef struct s *t;", "struct s *")]
    [InlineData("typedef __u32 t[8];", "__u32 [8]")]
    public void Declarators_build_the_type_inside_out(string source, string spelling)
    {
        var parsed = ParserHarness.Parse(source);
        Assert.Empty(parsed.Problems);
        Assert.Equal(spelling, TypeSpelling.Of(parsed.Typedef("t").Target));
    }

    [Fact]
    public void Array_of_pointers_and_pointer_to_array_differ()
    {
        var parsed = ParserHarness.Parse("typedef int *a[4]; typedef int (*p)[4];");
        var array = Assert.IsType<ArrayType>(parsed.Typedef("a").Target);
        Assert.Equal(4, array.Length);
        Assert.IsType<PointerType>(array.Element);
        var pointer = Assert.IsType<PointerType>(parsed.Typedef("p").Target);
        Assert.Equal(4, Assert.IsType<ArrayType>(pointer.Target).Length);
    }

    [Fact]
    public void Typedef_names_can_be_reused_as_member_names()
    {
        var parsed = ParserHarness.Parse("typedef int foo; struct s { foo foo; foo bar; };");
        Assert.Empty(parsed.Problems);
        var record = parsed.Record("s");
        Assert.Equal(new[] { "foo", "bar" }, record.Members.Select(m => m.Name));
        Assert.Equal(8, record.Layout!.Size);
    }

    [Fact]
    public void Static_inline_functions_are_skipped_with_an_info_and_parsing_continues()
    {
        var parsed = ParserHarness.Parse(
            "static inline int f(int x)\n{\n\tif (x) { return 1; }\n\treturn 0;\n}\nstruct after { int a; };\n"
            + "static __inline__ void g(void) { }\nextern int h(void);\nint (*k(void))(int);\nstruct last { char b; };");
        Assert.Empty(parsed.Problems);
        var skipped = parsed.Diagnostics.Where(d => d.Id == DiagnosticIds.SkippedFunction).ToList();
        Assert.Equal(4, skipped.Count);
        Assert.Equal(new LocationInfo(ParserHarness.FilePath, 1, 19), skipped[0].Location);
        Assert.Contains("'f'", skipped[0].Message);
        Assert.Equal(4, parsed.Record("after").Layout!.Size);
        Assert.Equal(1, parsed.Record("last").Layout!.Size);
    }

    [Fact]
    public void Attributes_are_accepted_wherever_gcc_allows_them()
    {
        var parsed = ParserHarness.Parse(
            "struct __attribute__((packed)) __attribute((deprecated(\"x\"))) s {\n"
            + "  char a __attribute__((unused));\n"
            + "  __attribute__((__aligned__(4))) char b;\n"
            + "  int c __attribute__((__may_alias__, aligned(2)));\n"
            + "} __attribute__((__aligned__(8)));\n"
            + "enum __attribute__((packed)) e { E1 __attribute__((deprecated)) = 1, E2 };\n"
            + "typedef int * __attribute__((unused)) p_t;");
        Assert.Empty(parsed.Problems);
        var record = parsed.Record("s");
        Assert.True(record.IsPacked);
        Assert.Equal(8, record.Layout!.Alignment);
        Assert.Equal(new long[] { 0, 32, 48 }, record.Layout.MemberBitOffsets); // gcc: offsetof b = 4, c = 6
        Assert.Equal(16, record.Layout.Size);
        Assert.Equal(PrimitiveKind.UChar, parsed.Enum("e").UnderlyingType);
    }

    [Fact]
    public void Casts_sizeof_alignof_and_offsetof_use_the_type_system()
    {
        var parsed = ParserHarness.Parse(
            "struct other { char x; long y; struct { int z[4]; } in; };\n"
            + "typedef struct other other_t;\n"
            + "struct s {\n"
            + "  char a[sizeof(struct other)];\n"
            + "  char b[(int)sizeof(__u64) * 2];\n"
            + "  char c[__builtin_offsetof(struct other, y)];\n"
            + "  char d[_Alignof(long double)];\n"
            + "  char e[__builtin_offsetof(other_t, in.z[2])];\n"
            + "  char f[sizeof(int (*)[3]) + sizeof(char [5][2]) + (unsigned char)0x1ff];\n"
            + "  char g[sizeof(const volatile struct other *)];\n"
            + "};");
        Assert.Empty(parsed.Problems);
        var sizes = parsed.Record("s").Members.Select(m => ((ArrayType)m.Type).Length).ToArray();
        Assert.Equal(new long?[] { 32, 16, 8, 16, 24, 8 + 10 + 255, 8 }, sizes);
    }

    [Fact]
    public void Enumerators_count_on_and_feed_later_expressions()
    {
        var parsed = ParserHarness.Parse(
            "struct s { int a[3]; };\n"
            + "enum e { X = 4, Y = X * 2, Z = sizeof(struct s), W, NEG = -3, NEXT };\n"
            + "struct t { char arr[W]; };");
        Assert.Empty(parsed.Problems);
        var values = parsed.Enum("e").Members.Select(m => (long)m.Value.Bits).ToArray();
        Assert.Equal(new long[] { 4, 8, 12, 13, -3, -2 }, values);
        Assert.Equal(PrimitiveKind.Int, parsed.Enum("e").UnderlyingType);
        Assert.Equal(13, parsed.Record("t").Layout!.Size);
    }

    [Theory]
    [InlineData("enum e { A, B };", PrimitiveKind.UInt, 4)]
    [InlineData("enum e { A = -1, B = 5 };", PrimitiveKind.Int, 4)]
    [InlineData("enum e { A = 0xffffffff };", PrimitiveKind.UInt, 4)]
    [InlineData("enum e { A = 0x100000000 };", PrimitiveKind.ULong, 8)]
    [InlineData("enum e { A = -1, B = 0x80000000 };", PrimitiveKind.Long, 8)]
    [InlineData("enum e { A = -2147483648, B = 2147483647 };", PrimitiveKind.Int, 4)]
    [InlineData("enum __attribute__((packed)) e { A = 255 };", PrimitiveKind.UChar, 1)]
    [InlineData("enum __attribute__((packed)) e { A = -128, B = 127 };", PrimitiveKind.SChar, 1)]
    [InlineData("enum __attribute__((packed)) e { A = 256 };", PrimitiveKind.UShort, 2)]
    public void Enum_underlying_types_follow_gcc(string source, PrimitiveKind underlying, int size)
    {
        // Expectations from gcc 12.2 x86-64: sizeof(enum e) and whether (enum e)-1 < 0.
        var parsed = ParserHarness.Parse(source + " struct holder { enum e v; };");
        Assert.Empty(parsed.Problems);
        Assert.Equal(underlying, parsed.Enum("e").UnderlyingType);
        Assert.Equal(size, parsed.Record("holder").Layout!.Size);
    }

    [Fact]
    public void Enumerators_that_do_not_fit_int_take_the_enum_type()
    {
        var parsed = ParserHarness.Parse("enum c { C0 = 0xffffffff }; enum d { D0 = 0x100000000 }; enum f { F0 = 7 };");
        Assert.Equal(PrimitiveKind.UInt, parsed.Enum("c").Members[0].Value.Type);
        Assert.Equal(PrimitiveKind.ULong, parsed.Enum("d").Members[0].Value.Type);
        Assert.Equal(PrimitiveKind.Int, parsed.Enum("f").Members[0].Value.Type);
    }

    [Fact]
    public void Forward_declared_records_are_completed_in_place()
    {
        var parsed = ParserHarness.Parse("struct node; struct list { struct node *head; }; struct node { struct node *next; int v; };");
        Assert.Empty(parsed.Problems);
        var list = parsed.Record("list");
        var target = ((PointerType)list.Members[0].Type).Target;
        Assert.Same(parsed.Record("node"), target);
        Assert.Equal(16, parsed.Record("node").Layout!.Size);
    }

    [Fact]
    public void Nested_tagged_definitions_are_visible_at_file_scope()
    {
        var parsed = ParserHarness.Parse("struct outer { struct inner { short x; } i; int n; }; struct user { struct inner a, b; };");
        Assert.Empty(parsed.Problems);
        Assert.Same(parsed.Record("outer"), parsed.Record("inner").EnclosingRecord);
        Assert.Equal(4, parsed.Record("user").Layout!.Size);
    }

    [Fact]
    public void Typedefs_of_unnamed_records_and_enums_name_them()
    {
        var parsed = ParserHarness.Parse("typedef struct { int a; } rec_t; typedef enum { Q } en_t; typedef struct tagged { int b; } tagged_t;");
        Assert.Empty(parsed.Problems);
        Assert.Equal("rec_t", ((RecordDecl)parsed.Typedef("rec_t").Target).TypedefName);
        Assert.Equal("en_t", ((EnumDecl)parsed.Typedef("en_t").Target).TypedefName);
        Assert.Equal("tagged_t", parsed.Record("tagged").TypedefName);
    }

    [Fact]
    public void Identical_typedef_redeclarations_are_silent_and_incompatible_ones_reported()
    {
        var parsed = ParserHarness.Parse(
            "typedef unsigned int __u32;\ntypedef unsigned long long __aligned_u64 __attribute__((aligned(8)));\n"
            + "typedef struct { int val[2]; } __kernel_fsid_t;\ntypedef int myint; typedef int myint;\n"
            + "typedef int __u16;\n");
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(DiagnosticIds.Redefinition, problem.Id);
        Assert.Equal(new LocationInfo(ParserHarness.FilePath, 5, 13), problem.Location);
        Assert.Equal(PrimitiveKind.Int, ((PrimitiveType)parsed.Typedef("__u16").Target).Kind);
    }

    [Fact]
    public void Static_asserts_are_evaluated()
    {
        var parsed = ParserHarness.Parse(
            "struct s { int a; _Static_assert(sizeof(int) == 4, \"int\"); };\n_Static_assert(sizeof(struct s) == 4, \"ok\");\n"
            + "_Static_assert(sizeof(struct s) == 8, \"struct s is \" \"8 bytes\");");
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(DiagnosticIds.BadExpression, problem.Id);
        Assert.Equal(new LocationInfo(ParserHarness.FilePath, 3, 1), problem.Location);
        Assert.Contains("static assertion failed", problem.Message);
    }

    [Fact]
    public void Pragmas_other_than_pack_are_ignored_and_pack_applies_at_the_closing_brace()
    {
        var parsed = ParserHarness.Parse(
            "_Pragma(\"GCC diagnostic push\") _Pragma(\"once\")\n"
            + "struct s { char c; _Pragma(\"pack(1)\") int i; };\n"
            + "struct u { char c; int i; };\n_Pragma(\"pack(pop)\") _Pragma(\"pack(pop)\")\nstruct v { char c; int i; };");
        Assert.Empty(parsed.Problems);
        Assert.Equal(5, parsed.Record("s").Layout!.Size);
        Assert.Equal(5, parsed.Record("u").Layout!.Size);
        Assert.Equal(8, parsed.Record("v").Layout!.Size);
    }

    [Fact]
    public void Typeof_of_a_type_name_is_that_type()
    {
        var parsed = ParserHarness.Parse("struct s { __typeof__(unsigned short) a; __typeof__(struct s *) next; };");
        Assert.Empty(parsed.Problems);
        Assert.Equal(16, parsed.Record("s").Layout!.Size);
    }

    [Fact]
    public void Extern_and_static_data_declarations_are_ignored()
    {
        var parsed = ParserHarness.Parse(
            "extern int counter; static const int table[] = { 1, 2, 3 }, other = (1 + 2);\n"
            + "extern char *strerror_r(int, char *, unsigned long) __asm__(\"\" \"__xpg_strerror_r\") __attribute__((__nothrow__));\n"
            + "extern int renamed __asm__(\"other_name\");\nstruct s { int a; };");
        Assert.Empty(parsed.Problems);
        Assert.Equal(4, parsed.Record("s").Layout!.Size);
    }
}
