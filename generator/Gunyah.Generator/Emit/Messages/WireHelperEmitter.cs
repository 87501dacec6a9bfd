namespace Gunyah.Generator.Emit.Messages;

/// <summary>Emits the internal helpers the codecs share: list padding, zero checks and bit-level access for bitfields.</summary>
internal static class WireHelperEmitter
{
    private static readonly string[] Body =
    [
        "/// <summary>Wire helpers shared by the generated message codecs.</summary>",
        "internal static class " + MessagePlan.WireClass,
        "{",
        "    /// <summary><paramref name=\"length\"/> rounded up to a multiple of <paramref name=\"alignment\"/> (in long: it may pass int.MaxValue).</summary>",
        "    public static long Pad(long length, int alignment) => (length + alignment - 1) / alignment * alignment;",
        "",
        "    public static bool IsZero(global::System.ReadOnlySpan<byte> bytes) => global::System.MemoryExtensions.IndexOfAnyExcept(bytes, (byte)0) < 0;",
        "",
        "    /// <summary>ORs the low <paramref name=\"width\"/> bits of <paramref name=\"value\"/> in at bit <paramref name=\"bitOffset\"/> (bit 0 = the first byte's lowest bit, as C lays out bitfields on little-endian ABIs).</summary>",
        "    public static void WriteBits(global::System.Span<byte> destination, int bitOffset, int width, ulong value)",
        "    {",
        "        for (var i = 0; i < width; i++)",
        "        {",
        "            if (((value >> i) & 1) != 0)",
        "            {",
        "                var bit = bitOffset + i;",
        "                destination[bit >> 3] |= (byte)(1 << (bit & 7));",
        "            }",
        "        }",
        "    }",
        "",
        "    /// <summary>The <paramref name=\"width\"/> bits at bit <paramref name=\"bitOffset\"/>, zero-extended.</summary>",
        "    public static ulong ReadBits(global::System.ReadOnlySpan<byte> source, int bitOffset, int width)",
        "    {",
        "        var value = 0UL;",
        "        for (var i = 0; i < width; i++)",
        "        {",
        "            var bit = bitOffset + i;",
        "            if (((source[bit >> 3] >> (bit & 7)) & 1) != 0)",
        "            {",
        "                value |= 1UL << i;",
        "            }",
        "        }",
        "",
        "        return value;",
        "    }",
        "}",
    ];

    public static GeneratedSource Emit(EmitContext context) => context.FixedFile(MessagePlan.WireClass, Body);
}
