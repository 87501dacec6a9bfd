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
    private ulong monitorLow;
    private ulong monitorHigh;

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

    // The exclusive space: LD(A)XR/ST(L)XR and their pairs, LDAR/STLR, LDLAR/STLLR, and (o1 set) CAS and CASP.
    private bool Exclusive(uint i)
    {
        if (((i >> 24) & 1) != 0)
            return Undefined(i);
        var o2 = (i >> 23) & 1;
        var load = (i & (1u << 22)) != 0;
        var rs = (int)((i >> 16) & 31);
        var rt = (int)(i & 31);
        var rn = (int)((i >> 5) & 31);
        if (((i >> 21) & 1) != 0)
        {
            if (o2 != 0)
                return CompareAndSwap(i, 1 << (int)(i >> 30), rs, rt, rn);
            var elementBytes = (i & (1u << 30)) != 0 ? 8 : 4;
            return (i >> 31) != 0
                ? ExclusivePair(i, load, elementBytes, rs, rt, rn)
                : CompareAndSwapPair(i, elementBytes, rs, rt, rn);
        }

        var bytes = 1 << (int)(i >> 30);
        var address = XOrSp(rn);
        Span<byte> data = stackalloc byte[8];
        data.Clear();
        if (load)
        {
            if (o2 == 0 && rs != 31)
                return Undefined(i);
            if (!bus.TryRead(address, data[..bytes]))
                return DataAbort(address, write: false);
            var value = Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data), bytes, false, true);
            SetX(rt, value);
            if (o2 == 0)
                Arm(address, bytes, value, 0);
            return true;
        }

        if (o2 != 0)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(data, x[rt]);
            return bus.TryWrite(address, data[..bytes]) || DataAbort(address, write: true);
        }

        return StoreExclusive(address, bytes, x[rt], 0, rs);
    }

    // LDXP/LDAXP/STXP/STLXP: two elements of 4 or 8 bytes, one exclusive access of twice that.
    private bool ExclusivePair(uint i, bool load, int elementBytes, int rs, int rt, int rn)
    {
        var rt2 = (int)((i >> 10) & 31);
        var address = XOrSp(rn);
        // A pair of words is one doubleword to the monitor; a pair of doublewords is two halves of 16 bytes.
        if (!load)
            return elementBytes == 4
                ? StoreExclusive(address, 8, (x[rt] & 0xFFFF_FFFF) | (x[rt2] << 32), 0, rs)
                : StoreExclusive(address, 16, x[rt], x[rt2], rs);
        if (rs != 31)
            return Undefined(i);
        Span<byte> data = stackalloc byte[16];
        if (!bus.TryRead(address, data[..(2 * elementBytes)]))
            return DataAbort(address, write: false);
        var low = Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data), elementBytes, false, true);
        var high = Loaded(BinaryPrimitives.ReadUInt64LittleEndian(data[elementBytes..]), elementBytes, false, true);
        SetX(rt, low);
        SetX(rt2, high);
        if (elementBytes == 4)
            Arm(address, 8, low | (high << 32), 0);
        else
            Arm(address, 16, low, high);
        return true;
    }

    // The load half marks the address, size and what it read. The monitor is "global" by value: the store succeeds
    // only while memory still holds what the load saw, checked and written in one atomic bus update, so a store of
    // any other vCPU in between fails it (a write of the same value does not — the ABA case, harmless for locks,
    // counters and lists built on LL/SC; qemu's TCG makes the same choice).
    private void Arm(ulong address, int bytes, ulong low, ulong high)
    {
        monitorArmed = true;
        monitorAddress = address;
        monitorSize = bytes;
        monitorLow = low;
        monitorHigh = high;
    }

    private bool StoreExclusive(ulong address, int bytes, ulong low, ulong high, int rs)
    {
        var matches = monitorArmed && monitorAddress == address && monitorSize == bytes;
        monitorArmed = false;
        if (!matches)
        {
            SetX(rs, 1);
            return true;
        }

        var update = bytes == 16
            ? new CompareExchangeUpdate(8, monitorLow, monitorHigh, low, high)
            : new CompareExchangeUpdate(bytes, monitorLow, 0, low, 0);
        if (!bus.TryUpdate(address, bytes, ref update))
            return DataAbort(address, write: true);
        SetX(rs, update.Swapped ? 0UL : 1UL);
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
