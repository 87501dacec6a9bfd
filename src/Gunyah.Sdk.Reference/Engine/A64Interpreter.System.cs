using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

// System instructions: hints (NOP, WFI, …), barriers, CLREX, PSTATE fields (SPSel, DAIFSet/Clr), cache and TLB
// maintenance (no-ops with the MMU and caches off), DC ZVA, and MRS/MSR.
public sealed partial class A64Interpreter
{
    private bool SystemInstruction(uint i)
    {
        var l = (i >> 21) & 1;
        var op0 = (int)((i >> 19) & 3);
        var op1 = (int)((i >> 16) & 7);
        var crn = (int)((i >> 12) & 0xF);
        var crm = (int)((i >> 8) & 0xF);
        var op2 = (int)((i >> 5) & 7);
        var rt = (int)(i & 31);
        if (op0 == 0 && l == 0)
        {
            return crn switch
            {
                2 when rt == 31 => Hint((crm << 3) | op2),
                3 when rt == 31 => Barrier(i, op2),
                4 when rt == 31 => PstateField(i, op1, op2, crm),
                _ => Undefined(i),
            };
        }

        if (op0 == 1)
            return l == 0 ? SystemOperation(i, op1, crn, crm, op2, rt) : Undefined(i);
        if (op0 == 0)
            return Undefined(i);
        var key = SystemRegisterKey(op0, op1, crn, crm, op2);
        if (l == 1)
        {
            if (!TryReadSystemRegister(key, out var value))
                return Undefined(i);
            SetX(rt, value);
            return true;
        }

        return TryWriteSystemRegister(key, x[rt]) || Undefined(i);
    }

    private bool Hint(int hint)
    {
        if (hint == 3) // WFI: the vCPU yields to its host until an interrupt is pending.
            return InterruptSignalled() || Stop(VcpuStop.WaitForInterrupt());
        return true; // NOP, YIELD, WFE, SEV, SEVL and every unallocated hint: a NOP here.
    }

    private bool Barrier(uint i, int op2)
    {
        switch (op2)
        {
            case 2: // CLREX
                monitorArmed = false;
                return true;
            case 4 or 5: // DSB, DMB: every access here is already complete and in order.
                Thread.MemoryBarrier();
                return true;
            case 6: // ISB
                return true;
            default:
                return Undefined(i);
        }
    }

    private bool PstateField(uint i, int op1, int op2, int crm)
    {
        switch (op1, op2)
        {
            case (0, 5) when El == 1: // SPSel
                SpSel = crm & 1;
                return true;
            case (3, 6): // DAIFSet
                Daif |= (uint)crm;
                return true;
            case (3, 7): // DAIFClr
                Daif &= ~(uint)crm;
                return true;
            default:
                return Undefined(i);
        }
    }

    // SYS: IC, DC, TLBI, AT. Only DC ZVA changes memory (zeroes a 64-byte block, as DCZID_EL0 says).
    private bool SystemOperation(uint i, int op1, int crn, int crm, int op2, int rt)
    {
        if (El == 0 && !(op1 == 3 && crn == 7))
            return Undefined(i);
        if (op1 == 3 && crn == 7 && crm == 4 && op2 == 1)
        {
            var block = x[rt] & ~63UL;
            Span<byte> zeros = stackalloc byte[64];
            zeros.Clear();
            return bus.TryWrite(block, zeros) || DataAbort(x[rt], write: true);
        }

        return crn is 7 or 8 ? true : Undefined(i);
    }
}
