namespace Gunyah.Sdk.GuestToolkit;

// Loads and stores.
public sealed partial class A64Assembler
{
    /// <summary>The width and extension of a single-register load or store.</summary>
    public enum Access
    {
        /// <summary>STRB / LDRB.</summary>
        Byte,

        /// <summary>STRH / LDRH.</summary>
        Half,

        /// <summary>STR / LDR of a W register.</summary>
        Word,

        /// <summary>STR / LDR of an X register.</summary>
        Double,

        /// <summary>LDRSB to an X register.</summary>
        SignedByte64,

        /// <summary>LDRSB to a W register.</summary>
        SignedByte32,

        /// <summary>LDRSH to an X register.</summary>
        SignedHalf64,

        /// <summary>LDRSH to a W register.</summary>
        SignedHalf32,

        /// <summary>LDRSW.</summary>
        SignedWord,
    }

    /// <summary>How a single-register access forms its address from the base.</summary>
    public enum Indexing
    {
        /// <summary>[base, #offset] (scaled unsigned offset, or the unscaled LDUR/STUR form when it does not fit).</summary>
        Offset,

        /// <summary>[base, #offset]! — the base is updated first.</summary>
        PreIndex,

        /// <summary>[base], #offset — the base is updated after.</summary>
        PostIndex,
    }

    /// <summary>A load of <paramref name="access"/> into <paramref name="rt"/> from <paramref name="rn"/> (31 = SP) + offset.</summary>
    public A64Assembler Load(Access access, A64Register rt, A64Register rn, long offset = 0, Indexing indexing = Indexing.Offset) =>
        SingleImmediate(access, true, rt, rn, offset, indexing);

    /// <summary>A store of <paramref name="access"/> (Byte, Half, Word or Double) from <paramref name="rt"/>.</summary>
    public A64Assembler Store(Access access, A64Register rt, A64Register rn, long offset = 0, Indexing indexing = Indexing.Offset) =>
        access <= Access.Double ? SingleImmediate(access, false, rt, rn, offset, indexing) : throw new ArgumentException("A store has no sign extension.");

    /// <summary>A load from [rn, rm{, extend {#amount}}]; <paramref name="scaled"/> shifts rm by the access size.</summary>
    public A64Assembler LoadRegisterOffset(Access access, A64Register rt, A64Register rn, A64Register rm, A64Extend extend = A64Extend.Uxtx, bool scaled = false)
    {
        var (size, opc) = SizeOpc(access, true);
        return Emit(0x38200800 | (size << 30) | (opc << 22) | (rm.N << 16) | ((uint)extend << 13) | ((scaled ? 1u : 0u) << 12) | (rn.N << 5) | rt.N);
    }

    /// <summary>LDR (literal) of an X or W register from <paramref name="label"/>.</summary>
    public A64Assembler LoadLiteral(A64Register rt, A64Label label) => EmitFixup((rt.Is64 ? 0x58000000u : 0x18000000u) | rt.N, label, FixupKind.Imm19);

    /// <summary>STP of two X or two W registers.</summary>
    public A64Assembler StorePair(A64Register rt, A64Register rt2, A64Register rn, long offset = 0, Indexing indexing = Indexing.Offset) =>
        Pair(false, rt, rt2, rn, offset, indexing);

    /// <summary>LDP of two X or two W registers.</summary>
    public A64Assembler LoadPair(A64Register rt, A64Register rt2, A64Register rn, long offset = 0, Indexing indexing = Indexing.Offset) =>
        Pair(true, rt, rt2, rn, offset, indexing);

    /// <summary>LDXR (or LDAXR with <paramref name="acquire"/>) of an X or W register.</summary>
    public A64Assembler LoadExclusive(A64Register rt, A64Register rn, bool acquire = false) =>
        Emit(0x085F7C00 | ((rt.Is64 ? 3u : 2u) << 30) | ((acquire ? 1u : 0u) << 15) | (rn.N << 5) | rt.N);

    /// <summary>STXR (or STLXR with <paramref name="release"/>): <paramref name="rs"/> gets 0 on success, 1 on failure.</summary>
    public A64Assembler StoreExclusive(A64Register rs, A64Register rt, A64Register rn, bool release = false) =>
        Emit(0x08007C00 | ((rt.Is64 ? 3u : 2u) << 30) | (rs.N << 16) | ((release ? 1u : 0u) << 15) | (rn.N << 5) | rt.N);

    private A64Assembler SingleImmediate(Access access, bool load, A64Register rt, A64Register rn, long offset, Indexing indexing)
    {
        var (size, opc) = SizeOpc(access, load);
        var fields = (size << 30) | (opc << 22) | (rn.N << 5) | rt.N;
        if (indexing == Indexing.Offset && offset >= 0 && offset % (1L << (int)size) == 0 && (offset >> (int)size) < 4096)
            return Emit(0x39000000 | fields | ((uint)(offset >> (int)size) << 10));
        var index = indexing switch { Indexing.PreIndex => 3u, Indexing.PostIndex => 1u, _ => 0u };
        return Emit(0x38000000 | fields | (Signed(offset, 9, "load/store") << 12) | (index << 10));
    }

    private A64Assembler Pair(bool load, A64Register rt, A64Register rt2, A64Register rn, long offset, Indexing indexing)
    {
        SameWidth(rt, rt2);
        var scale = rt.Is64 ? 3 : 2;
        if (offset % (1L << scale) != 0)
            throw new ArgumentException($"A pair offset is a multiple of {1 << scale}; not {offset}.");
        var mode = indexing switch { Indexing.PostIndex => 1u, Indexing.PreIndex => 3u, _ => 2u };
        return Emit(0x28000000 | ((rt.Is64 ? 2u : 0u) << 30) | (mode << 23) | ((load ? 1u : 0u) << 22)
                    | (Signed(offset >> scale, 7, "pair") << 15) | (rt2.N << 10) | (rn.N << 5) | rt.N);
    }

    private static (uint Size, uint Opc) SizeOpc(Access access, bool load) => access switch
    {
        Access.Byte => (0, load ? 1u : 0u),
        Access.Half => (1, load ? 1u : 0u),
        Access.Word => (2, load ? 1u : 0u),
        Access.Double => (3, load ? 1u : 0u),
        Access.SignedByte64 => (0, 2),
        Access.SignedByte32 => (0, 3),
        Access.SignedHalf64 => (1, 2),
        Access.SignedHalf32 => (1, 3),
        _ => (2, 2),
    };
}
