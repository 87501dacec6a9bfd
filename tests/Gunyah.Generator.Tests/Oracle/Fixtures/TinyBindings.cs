namespace Gunyah.Generator.Tests.Oracle.Fixtures;

/// <summary>
/// Hand-written C# for <see cref="TinyHeader"/> in the emitter's conventions ([CName] on types, fields,
/// bitfield properties and consts; explicit layout). {0} marks tiny_pair.b's offset so tests can break it.
/// </summary>
internal static class TinyBindings
{
    public static (string HintName, string Text) Source(int pairBOffset = 8) =>
        ("Tiny.g.cs", Template.Replace("{0}", pairBOffset.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private const string Template = """
        using System.Runtime.InteropServices;
        using Gunyah.Interop;

        namespace Tiny;

        [CName("tiny_pair")]
        [StructLayout(LayoutKind.Explicit, Size = 16)]
        public struct TinyPair
        {
            [FieldOffset(0), CName("a")] public uint A;
            [FieldOffset({0}), CName("b")] public ulong B;
        }

        [CName("tiny_bits")]
        [StructLayout(LayoutKind.Explicit, Size = 8)]
        public struct TinyBits
        {
            [FieldOffset(0), CName("tag")] public byte Tag;
            [FieldOffset(0)] private ulong storage;

            [CName("lo")] public uint Lo { get => (uint)((storage >> 8) & 0x7); set => storage = (storage & ~(0x7UL << 8)) | (((ulong)value & 0x7) << 8); }
            [CName("mid")] public uint Mid { get => (uint)((storage >> 11) & 0x7F); set => storage = (storage & ~(0x7FUL << 11)) | (((ulong)value & 0x7F) << 11); }
            [CName("sgn")] public short Sgn { get => (short)((short)(storage >> 7) >> 11); set => storage = (storage & ~(0x1FUL << 18)) | (((ulong)(ushort)value & 0x1F) << 18); }
            [CName("wide")] public ulong Wide { get => (storage >> 23) & 0xFF_FFFF_FFFF; set => storage = (storage & ~(0xFF_FFFF_FFFFUL << 23)) | ((value & 0xFF_FFFF_FFFF) << 23); }
        }

        [CName("tiny_flex")]
        [StructLayout(LayoutKind.Explicit, Size = 8)]
        public struct TinyFlex
        {
            public const int ItemsOffset = 8;
            [FieldOffset(0), CName("count")] public uint Count;

            [CName("items")]
            [System.Diagnostics.CodeAnalysis.UnscopedRef]
            public System.Span<ulong> Items(int count) =>
                MemoryMarshal.CreateSpan(ref System.Runtime.CompilerServices.Unsafe.As<byte, ulong>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref System.Runtime.CompilerServices.Unsafe.As<TinyFlex, byte>(ref this), (nint)ItemsOffset)), count);

            // The ulong items[] adds no bytes but raises the alignment to 8; an overlapping field says so.
            [FieldOffset(0)] private ulong alignment;
        }

        [CName("tiny_outer")]
        [StructLayout(LayoutKind.Explicit, Size = 24)]
        public struct TinyOuter
        {
            [FieldOffset(0), CName("kind")] public uint Kind;
            [FieldOffset(8), CName("u")] public UUnion U;
            [FieldOffset(16), CName("named")] public NamedStruct Named;

            [CName("tiny_outer.u")]
            [StructLayout(LayoutKind.Explicit, Size = 8)]
            public struct UUnion
            {
                [FieldOffset(0), CName("x")] public uint X;
                [FieldOffset(0), CName("y")] public ulong Y;
            }

            [CName("tiny_outer.named")]
            [StructLayout(LayoutKind.Explicit, Size = 2)]
            public struct NamedStruct
            {
                [FieldOffset(0), CName("p")] public ushort P;
            }
        }

        [CName("tiny_kind")]
        public enum TinyKind : int
        {
            [CName("TINY_KIND_A")] A = 1,
            [CName("TINY_KIND_B")] B = -3,
        }

        [CName("tiny_flags")]
        public enum TinyFlags : uint
        {
            [CName("TINY_FLAG_ALL")] All = 0xffffffff,
        }

        public static class Constants
        {
            [CName("TINY_MAGIC")] public const int TinyMagic = 0x54;
            [CName("TINY_BIG")] public const uint TinyBig = 0x80000000;
            [CName("TINY_NEG")] public const int TinyNeg = -2;
            [CName("TINY_BYTE")] public const byte TinyByte = 200;
            [CName("TINY_ALL")] public const ulong TinyAll = ulong.MaxValue;
            [CName("TINY_NAME")] public const string TinyName = "tiny\n";
        }

        public static class Ioctls
        {
            [CName("TINY_SET")] public const uint TinySet = 0x40105401;
            [CName("TINY_GO")] public const uint TinyGo = 0x5402;
        }
        """;
}
