using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Generator.Tests.Oracle.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle.Fixtures;

/// <summary>
/// A small header exercising every fact kind (plain, nested, flexible and bitfield members; signed and
/// unsigned constants, enums, strings, ioctls), with a hand-built correct model and hand-written bindings
/// in the emitter's conventions. Lets the oracle be tested before, and independently of, the front-end.
/// </summary>
internal sealed class TinyHeader : IDisposable
{
    public TinyHeader()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("gh-oracle-tiny-").FullName;
        RootPath = Path.Combine(Directory, "tiny.h");
        File.WriteAllText(RootPath, Text);
    }

    public string Directory { get; }

    public string RootPath { get; }

    public static IReadOnlyList<string> IncludeDirectories => [RepoPaths.CommonHeaders];

    public HeaderModel Model() => Builder().Build(IncludeDirectories);

    /// <summary>The builder with the correct model already added, for tests that add a wrong fact.</summary>
    public ModelBuilder Builder() => new ModelBuilder(RootPath)
        .Struct("tiny_pair", "struct tiny_pair", 16, 8, ModelBuilder.Field("a", 0, CTypes.U32), ModelBuilder.Field("b", 8, CTypes.U64))
        .Struct(
            "tiny_bits", "struct tiny_bits", 8, 8,
            ModelBuilder.Field("tag", 0, CTypes.U8),
            ModelBuilder.Bitfield("lo", 8, 3, CTypes.U32),
            ModelBuilder.Bitfield("mid", 11, 7, CTypes.U32),
            ModelBuilder.Bitfield("sgn", 18, 5, CTypes.S16),
            ModelBuilder.Bitfield("wide", 23, 40, CTypes.U64))
        .Struct("tiny_flex", "struct tiny_flex", 8, 8, ModelBuilder.Field("count", 0, CTypes.U32), ModelBuilder.Flexible("items", 8, CTypes.U64))
        .Struct(
            "tiny_outer", "struct tiny_outer", 24, 8,
            ModelBuilder.Field("kind", 0, CTypes.U32),
            ModelBuilder.Field("u", 8, CTypes.Record("tiny_outer.u", 8, 8, "union {...}")),
            ModelBuilder.Field("named", 16, CTypes.Record("tiny_outer.named", 2, 2, "struct {...}")))
        .Record("tiny_outer.u", "__typeof__(((struct tiny_outer *)0)->u)", 8, 8, isUnion: true, ModelBuilder.Field("x", 0, CTypes.U32), ModelBuilder.Field("y", 0, CTypes.U64))
        .Record("tiny_outer.named", "__typeof__(((struct tiny_outer *)0)->named)", 2, 2, isUnion: false, ModelBuilder.Field("p", 0, CTypes.U16))
        .Enum("tiny_kind", PrimitiveKind.Int, ("TINY_KIND_A", 1), ("TINY_KIND_B", -3))
        .Enum("tiny_flags", PrimitiveKind.UInt, ("TINY_FLAG_ALL", 0xffffffffL))
        .Integer("TINY_MAGIC", PrimitiveKind.Int, 0x54)
        .Integer("TINY_BIG", PrimitiveKind.UInt, 0x80000000)
        .Integer("TINY_NEG", PrimitiveKind.Int, unchecked((ulong)-2L))
        .Integer("TINY_BYTE", PrimitiveKind.Int, 200)
        .Integer("TINY_ALL", PrimitiveKind.ULongLong, ulong.MaxValue)
        .String("TINY_NAME", "tiny\n")
        .Ioctl("TINY_SET", 0x40105401)
        .Ioctl("TINY_GO", 0x5402);

    public const string Text = """
        #ifndef TINY_H
        #define TINY_H
        #include <linux/types.h>
        #include <linux/ioctl.h>

        #define TINY_MAGIC 0x54
        #define TINY_BIG 0x80000000
        #define TINY_NEG (-2)
        #define TINY_BYTE ((__u8)200)
        #define TINY_ALL 0xffffffffffffffffULL
        #define TINY_NAME "tiny\n"

        enum tiny_kind { TINY_KIND_A = 1, TINY_KIND_B = -3 };
        enum tiny_flags { TINY_FLAG_ALL = 0xffffffffu };

        struct tiny_pair { __u32 a; __u64 b; };
        struct tiny_bits { __u8 tag; __u32 lo : 3, mid : 7; __s16 sgn : 5; __u64 wide : 40; };
        struct tiny_flex { __u32 count; __u64 items[]; };
        struct tiny_outer {
            __u32 kind;
            union { __u32 x; __u64 y; } u;
            struct { __u16 p; } named;
        };

        #define TINY_SET _IOW(TINY_MAGIC, 1, struct tiny_pair)
        #define TINY_GO _IO(TINY_MAGIC, 2)
        #endif
        """;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
