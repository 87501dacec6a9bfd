using System.Buffers.Binary;
using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// Loads and stores of one general register: unsigned offset, unscaled, pre/post-index, unprivileged, register
// offset and literal. An access the bus refuses is an MMIO stop (the ISV syndrome's information, kept in
// pendingMmio until the host resumes).
public sealed partial class A64Interpreter
{
    private bool LoadStore(uint i)
    {
        if ((i & (1u << 26)) != 0)
            return Undefined(i); // SIMD&FP registers: not with general registers only.
        switch ((i >> 28) & 3)
        {
            case 0:
                return Exclusive(i);
            case 1:
                return (i & (1u << 24)) == 0 ? LoadLiteral(i) : Undefined(i);
            case 2:
                return Pair(i);
        }

        var size = (int)(i >> 30);
        var opc = (i >> 22) & 3;
        var rn = (int)((i >> 5) & 31);
        ulong address;
        var writeBack = false;
        ulong newBase = 0;
        var prefetchForm = (i & (1u << 24)) != 0 || (i & (1u << 21)) != 0 || ((i >> 10) & 3) == 0;
        if (opc == 2 && size == 3 && !prefetchForm)
            return Undefined(i); // Size 3, opc 2 is PRFM/PRFUM only with an offset: pre/post-index and LDTR forms are unallocated.
        if ((i & (1u << 24)) != 0)
        {
            address = XOrSp(rn) + (((i >> 10) & 0xFFF) << size);
        }
        else if ((i & (1u << 21)) == 0)
        {
            var offset = SignExtend((i >> 12) & 0x1FF, 9);
            var base_ = XOrSp(rn);
            switch ((i >> 10) & 3)
            {
                case 1: // Post-index.
                    address = base_;
                    writeBack = true;
                    newBase = base_ + offset;
                    break;
                case 3: // Pre-index.
                    address = base_ + offset;
                    writeBack = true;
                    newBase = address;
                    break;
                default: // Unscaled, unprivileged (the same with the MMU off).
                    address = base_ + offset;
                    break;
            }
        }
        else if (((i >> 10) & 3) == 2)
        {
            var option = (i >> 13) & 7;
            if ((option & 2) == 0)
                return Undefined(i);
            var shift = (i & (1u << 12)) != 0 ? size : 0;
            address = XOrSp(rn) + Extend(x[(i >> 16) & 31], option, shift, true);
        }
        else if (((i >> 10) & 3) == 0)
        {
            return AtomicMemory(i);
        }
        else
        {
            return Undefined(i); // Pointer-authenticated loads (LDRAA/LDRAB): not advertised.
        }

        if (opc == 2 && size == 3)
            return true; // PRFM / PRFUM: a hint.
        if (opc == 3 && size >= 2 || opc == 2 && size == 3)
            return Undefined(i);
        var rt = (int)(i & 31);
        return opc == 0
            ? StoreValue(address, 1 << size, x[rt], writeBack, rn, newBase)
            : LoadValue(address, 1 << size, rt, signed: opc >= 2, to64: opc == 2 || size == 3, writeBack, rn, newBase);
    }

    private bool LoadLiteral(uint i)
    {
        var opc = i >> 30;
        var address = Pc + SignExtend(((i >> 5) & 0x7FFFF) << 2, 21);
        var rt = (int)(i & 31);
        return opc switch
        {
            0 => LoadValue(address, 4, rt, signed: false, to64: false, false, 0, 0),
            1 => LoadValue(address, 8, rt, signed: false, to64: true, false, 0, 0),
            2 => LoadValue(address, 4, rt, signed: true, to64: true, false, 0, 0),
            _ => true, // PRFM (literal).
        };
    }

    private bool LoadValue(ulong address, int size, int rt, bool signed, bool to64, bool writeBack, int rn, ulong newBase)
    {
        Span<byte> data = stackalloc byte[8];
        data.Clear();
        if (!bus.TryRead(address, data[..size]))
        {
            pendingMmio = new PendingMmio(true, rt, size, signed, to64, writeBack, rn, newBase, address);
            nextPc = Pc; // The access completes when the host resumes.
            return Stop(Hypervisor.VcpuStop.MmioRead(address, size));
        }

        if (writeBack)
            SetXOrSp(rn, newBase);
        SetX(rt, Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data), size, signed, to64));
        return true;
    }

    private bool StoreValue(ulong address, int size, ulong value, bool writeBack, int rn, ulong newBase)
    {
        Span<byte> data = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(data, value);
        if (!bus.TryWrite(address, data[..size]))
        {
            pendingMmio = new PendingMmio(false, 0, size, false, false, writeBack, rn, newBase, address);
            nextPc = Pc;
            return Stop(Hypervisor.VcpuStop.MmioWrite(address, size, value & Ones(size * 8)));
        }

        if (writeBack)
            SetXOrSp(rn, newBase);
        return true;
    }

    private static ulong Loaded(ulong raw, int size, bool signed, bool to64)
    {
        var value = raw & Ones(size * 8);
        if (signed)
            value = SignExtend(value, size * 8);
        return to64 ? value : value & 0xFFFF_FFFF;
    }
}
