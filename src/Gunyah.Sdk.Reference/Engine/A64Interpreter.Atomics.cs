using System.Buffers.Binary;
using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// The LSE atomics (ARMv8.1: LDADD/LDCLR/LDEOR/LDSET/LD{S,U}{MAX,MIN}, SWP, CAS, CASP) and the store half of the
// exclusives. Each is one IGuestBus.TryUpdate, so no access of another vCPU comes between its read and its write;
// with every access serialised by the bus the vCPUs see one order of memory (stronger than Arm's, never weaker), so
// the acquire/release variants need nothing more. Like the exclusives they have no ISV syndrome: a refused access is
// a data abort to the guest.
public sealed partial class A64Interpreter
{
    /// <summary>ID_AA64ISAR0_EL1 as this engine reports it: Atomic = 2 (the LSE instructions), nothing else.</summary>
    public const ulong IsaFeatures0 = 2UL << 20;

    // size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt.
    private bool AtomicMemory(uint i)
    {
        var size = (int)(i >> 30);
        var bytes = 1 << size;
        var rs = (int)((i >> 16) & 31);
        var rt = (int)(i & 31);
        var rn = (int)((i >> 5) & 31);
        var o3 = (i >> 15) & 1;
        var opc = (AtomicOperation)((i >> 12) & 7);
        if (o3 == 1)
        {
            if (opc != 0)
                return Undefined(i); // LDAPR (o3 1, opc 100) is ARMv8.3: not advertised.
            opc = AtomicOperation.Swap;
        }

        var address = XOrSp(rn);
        var update = new AtomicUpdate(opc, bytes, x[rs]);
        if (!bus.TryUpdate(address, bytes, ref update))
            return DataAbort(address, write: true);
        SetX(rt, update.Old);
        return true;
    }

    // CAS{A,L,AL}{B,H,}: Rs holds the compare value and receives the old one; Rt the new value (Rt2 field 11111).
    private bool CompareAndSwap(uint i, int bytes, int rs, int rt, int rn)
    {
        if (((i >> 10) & 31) != 31)
            return Undefined(i);
        var address = XOrSp(rn);
        var update = new CompareExchangeUpdate(bytes, x[rs], 0, x[rt], 0);
        if (!bus.TryUpdate(address, bytes, ref update))
            return DataAbort(address, write: true);
        SetX(rs, update.OldLow);
        return true;
    }

    // CASP{A,L,AL}: the even register pairs Rs:Rs+1 (compare, then old) and Rt:Rt+1 (new), each of `bytes`.
    private bool CompareAndSwapPair(uint i, int bytes, int rs, int rt, int rn)
    {
        if (((i >> 10) & 31) != 31 || (rs & 1) != 0 || (rt & 1) != 0)
            return Undefined(i);
        var address = XOrSp(rn);
        var update = new CompareExchangeUpdate(bytes, x[rs], x[rs + 1], x[rt], x[rt + 1]);
        if (!bus.TryUpdate(address, 2 * bytes, ref update))
            return DataAbort(address, write: true);
        SetX(rs, update.OldLow);
        SetX(rs + 1, update.OldHigh);
        return true;
    }

    private enum AtomicOperation
    {
        Add = 0,
        Clear = 1,
        ExclusiveOr = 2,
        Set = 3,
        SignedMax = 4,
        SignedMin = 5,
        UnsignedMax = 6,
        UnsignedMin = 7,
        Swap = 8,
    }

    // One LSE read-modify-write: Old is the value before (zero-extended), memory gets op(old, operand).
    private struct AtomicUpdate(AtomicOperation operation, int bytes, ulong operand) : IGuestMemoryUpdate
    {
        public ulong Old;

        public bool Update(Span<byte> memory)
        {
            var bits = bytes * 8;
            var old = Read(memory, bytes);
            var value = operand & Ones(bits);
            var oldSigned = (long)SignExtend(old, bits);
            var valueSigned = (long)SignExtend(value, bits);
            var result = operation switch
            {
                AtomicOperation.Add => old + value,
                AtomicOperation.Clear => old & ~value,
                AtomicOperation.ExclusiveOr => old ^ value,
                AtomicOperation.Set => old | value,
                AtomicOperation.SignedMax => oldSigned >= valueSigned ? old : value,
                AtomicOperation.SignedMin => oldSigned <= valueSigned ? old : value,
                AtomicOperation.UnsignedMax => Math.Max(old, value),
                AtomicOperation.UnsignedMin => Math.Min(old, value),
                _ => value,
            };
            Old = old;
            Write(memory, bytes, result);
            return true;
        }
    }

    // A compare-exchange of one or two elements of `bytes` each: written only when memory equals the expected value.
    private struct CompareExchangeUpdate(int bytes, ulong expectedLow, ulong expectedHigh, ulong newLow, ulong newHigh) : IGuestMemoryUpdate
    {
        public ulong OldLow;
        public ulong OldHigh;

        public bool Swapped { get; private set; }

        public bool Update(Span<byte> memory)
        {
            var mask = Ones(bytes * 8);
            OldLow = Read(memory, bytes);
            var pair = memory.Length > bytes;
            OldHigh = pair ? Read(memory[bytes..], bytes) : 0;
            Swapped = OldLow == (expectedLow & mask) && (!pair || OldHigh == (expectedHigh & mask));
            if (!Swapped)
                return false;
            Write(memory, bytes, newLow);
            if (pair)
                Write(memory[bytes..], bytes, newHigh);
            return true;
        }
    }

    private static ulong Read(ReadOnlySpan<byte> memory, int bytes) => bytes switch
    {
        1 => memory[0],
        2 => BinaryPrimitives.ReadUInt16LittleEndian(memory),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(memory),
        _ => BinaryPrimitives.ReadUInt64LittleEndian(memory),
    };

    private static void Write(Span<byte> memory, int bytes, ulong value)
    {
        switch (bytes)
        {
            case 1: memory[0] = (byte)value; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(memory, (ushort)value); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(memory, (uint)value); break;
            default: BinaryPrimitives.WriteUInt64LittleEndian(memory, value); break;
        }
    }
}
