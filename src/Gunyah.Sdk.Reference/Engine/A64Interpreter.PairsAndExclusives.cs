using System.Buffers.Binary;
using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// Load/store pair (incl. LDPSW and the no-allocate forms) and the exclusive and acquire/release forms. These carry
// no ISV syndrome, so one the bus refuses is a synchronous external data abort to the guest, not an MMIO exit.
public sealed partial class A64Interpreter
{
    private bool monitorArmed;
    private ulong monitorAddress;
    private int monitorSize;

    private bool Pair(uint i)
    {
        var opc = i >> 30;
        var load = (i & (1u << 22)) != 0;
        var mode = (i >> 23) & 3;
        if (opc == 3 || (opc == 1 && (!load || mode == 0)))
            return Undefined(i); // LDPSW has no store and no no-allocate form.
        var scale = opc == 2 ? 3 : 2;
        var size = 1 << scale;
        var rt = (int)(i & 31);
        var rt2 = (int)((i >> 10) & 31);
        var rn = (int)((i >> 5) & 31);
        var offset = SignExtend((i >> 15) & 0x7F, 7) << scale;
        var base_ = XOrSp(rn);
        var address = mode == 1 ? base_ : base_ + offset;
        Span<byte> data = stackalloc byte[16];
        if (load)
        {
            if (!bus.TryRead(address, data[..(2 * size)]))
                return DataAbort(address, write: false);
            var signed = opc == 1;
            var first = Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data), size, signed, to64: scale == 3 || signed);
            var second = Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data[size..]), size, signed, to64: scale == 3 || signed);
            SetX(rt, first);
            SetX(rt2, second);
        }
        else
        {
            BinaryPrimitives.WriteUInt64LittleEndian(data, x[rt]);
            BinaryPrimitives.WriteUInt64LittleEndian(data[size..], x[rt2]);
            if (scale == 2)
                BinaryPrimitives.WriteUInt32LittleEndian(data[4..], (uint)x[rt2]);
            if (!bus.TryWrite(address, data[..(2 * size)]))
                return DataAbort(address, write: true);
        }

        if (mode is 1 or 3)
            SetXOrSp(rn, base_ + offset);
        return true;
    }

    // LDXR/LDAXR/STXR/STLXR, LDAR/STLR, LDLAR/STLLR (the local monitor: one address and size). Pairs, CAS: undefined.
    private bool Exclusive(uint i)
    {
        var size = (int)(i >> 30);
        var bytes = 1 << size;
        var o2 = (i >> 23) & 1;
        var load = (i & (1u << 22)) != 0;
        var o1 = (i >> 21) & 1;
        var rs = (int)((i >> 16) & 31);
        var rt = (int)(i & 31);
        var rn = (int)((i >> 5) & 31);
        if (o1 != 0 || ((i >> 24) & 1) != 0)
            return Undefined(i);
        var address = XOrSp(rn);
        Span<byte> data = stackalloc byte[8];
        data.Clear();
        if (load)
        {
            if (o2 == 0 && rs != 31)
                return Undefined(i);
            if (!bus.TryRead(address, data[..bytes]))
                return DataAbort(address, write: false);
            SetX(rt, Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data), bytes, false, true));
            if (o2 == 0)
            {
                monitorArmed = true;
                monitorAddress = address;
                monitorSize = bytes;
            }

            return true;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(data, x[rt]);
        if (o2 != 0)
            return bus.TryWrite(address, data[..bytes]) || DataAbort(address, write: true);
        var matches = monitorArmed && monitorAddress == address && monitorSize == bytes;
        monitorArmed = false;
        if (matches && !bus.TryWrite(address, data[..bytes]))
            return DataAbort(address, write: true);
        SetX(rs, matches ? 0UL : 1UL);
        return true;
    }

    // A synchronous external abort on a data access, taken to EL1 (EC 0x24/0x25, DFSC 0x10, WnR, FAR).
    private bool DataAbort(ulong address, bool write)
    {
        Far = address;
        TakeException(El == 0 ? 0x24u : 0x25u, 0x10u | (write ? 1u << 6 : 0), Pc);
        return true;
    }
}
