namespace Gunyah.Sdk.GuestToolkit;

// Exclusive pairs and the LSE atomics (ARMv8.1), for guests that share memory between vCPUs.
public sealed partial class A64Assembler
{
    /// <summary>An LSE read-modify-write operation: LD&lt;op&gt; (or SWP), which returns the old value.</summary>
    public enum AtomicOp
    {
        /// <summary>LDADD: memory += Rs.</summary>
        Add = 0,

        /// <summary>LDCLR: memory &amp;= ~Rs.</summary>
        Clear = 1,

        /// <summary>LDEOR: memory ^= Rs.</summary>
        ExclusiveOr = 2,

        /// <summary>LDSET: memory |= Rs.</summary>
        Set = 3,

        /// <summary>LDSMAX: signed maximum.</summary>
        SignedMax = 4,

        /// <summary>LDSMIN: signed minimum.</summary>
        SignedMin = 5,

        /// <summary>LDUMAX: unsigned maximum.</summary>
        UnsignedMax = 6,

        /// <summary>LDUMIN: unsigned minimum.</summary>
        UnsignedMin = 7,

        /// <summary>SWP: memory = Rs.</summary>
        Swap = 8,
    }

    /// <summary>LDXP (LDAXP with <paramref name="acquire"/>) of two X or two W registers.</summary>
    public A64Assembler LoadExclusivePair(A64Register rt, A64Register rt2, A64Register rn, bool acquire = false)
    {
        SameWidth(rt, rt2);
        return Emit(0x887F0000 | (Bit(rt.Is64) << 30) | (Bit(acquire) << 15) | (rt2.N << 10) | (rn.N << 5) | rt.N);
    }

    /// <summary>STXP (STLXP with <paramref name="release"/>): <paramref name="rs"/> (a W register) gets 0 on success.</summary>
    public A64Assembler StoreExclusivePair(A64Register rs, A64Register rt, A64Register rt2, A64Register rn, bool release = false)
    {
        SameWidth(rt, rt2);
        return Emit(0x88200000 | (Bit(rt.Is64) << 30) | (rs.N << 16) | (Bit(release) << 15) | (rt2.N << 10) | (rn.N << 5) | rt.N);
    }

    /// <summary>
    /// LD&lt;op&gt; / SWP of <paramref name="access"/> (Byte, Half, Word or Double): memory = op(memory, rs) and
    /// <paramref name="rt"/> gets the old value; <paramref name="acquire"/>/<paramref name="release"/> give the A/L forms.
    /// </summary>
    public A64Assembler Atomic(AtomicOp operation, Access access, A64Register rs, A64Register rt, A64Register rn, bool acquire = false, bool release = false)
    {
        var size = AtomicSize(access);
        var (o3, opc) = operation == AtomicOp.Swap ? (1u, 0u) : (0u, (uint)operation);
        return Emit(0x38200000 | (size << 30) | (Bit(acquire) << 23) | (Bit(release) << 22) | (rs.N << 16) | (o3 << 15) | (opc << 12) | (rn.N << 5) | rt.N);
    }

    /// <summary>CAS of <paramref name="access"/>: if memory equals <paramref name="rs"/> it becomes <paramref name="rt"/>;
    /// <paramref name="rs"/> gets the old value either way.</summary>
    public A64Assembler CompareAndSwap(Access access, A64Register rs, A64Register rt, A64Register rn, bool acquire = false, bool release = false) =>
        Emit(0x08A07C00 | (AtomicSize(access) << 30) | (Bit(acquire) << 22) | (rs.N << 16) | (Bit(release) << 15) | (rn.N << 5) | rt.N);

    /// <summary>CASP: the even pairs <paramref name="rs"/>:rs+1 (compare, then old) and <paramref name="rt"/>:rt+1 (new).</summary>
    public A64Assembler CompareAndSwapPair(A64Register rs, A64Register rt, A64Register rn, bool acquire = false, bool release = false)
    {
        SameWidth(rs, rt);
        if (rs.N % 2 != 0 || rt.N % 2 != 0)
            throw new ArgumentException("CASP takes even-numbered register pairs.");
        return Emit(0x08207C00 | (Bit(rt.Is64) << 30) | (Bit(acquire) << 22) | (rs.N << 16) | (Bit(release) << 15) | (rn.N << 5) | rt.N);
    }

    /// <summary>LDAR of an X or W register (a load-acquire).</summary>
    public A64Assembler LoadAcquire(A64Register rt, A64Register rn) => Emit(0x88DFFC00 | (Bit(rt.Is64) << 30) | (rn.N << 5) | rt.N);

    /// <summary>STLR of an X or W register (a store-release).</summary>
    public A64Assembler StoreRelease(A64Register rt, A64Register rn) => Emit(0x889FFC00 | (Bit(rt.Is64) << 30) | (rn.N << 5) | rt.N);

    private static uint AtomicSize(Access access) => access <= Access.Double ? (uint)access : throw new ArgumentException("An atomic has no sign extension.");

    private static uint Bit(bool value) => value ? 1u : 0u;
}
