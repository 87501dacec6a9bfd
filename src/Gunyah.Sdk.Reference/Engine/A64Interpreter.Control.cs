using Gunyah.Sdk.Reference.Hypervisor;
using static Gunyah.Sdk.Reference.Engine.A64Bits;

namespace Gunyah.Sdk.Reference.Engine;

// Branches, exception generation (SVC, HVC/SMC as PSCI, BRK), ERET.
public sealed partial class A64Interpreter
{
    private bool BranchOrSystem(uint i)
    {
        var top = i >> 29;
        if ((top & 3) == 0) // B / BL (bits 30:29 = 00, bits 28:26 = 101).
        {
            if ((top & 4) != 0)
                x[30] = Pc + 4;
            nextPc = Pc + SignExtend((i & 0x3FF_FFFF) << 2, 28);
            return true;
        }

        if ((top & 3) == 1) // CBZ/CBNZ, TBZ/TBNZ.
            return (i & (1u << 25)) == 0 ? CompareBranch(i) : TestBranch(i);
        if (top == 2)
        {
            if ((i & 0x0300_0010) != 0)
                return Undefined(i);
            if (ConditionHolds(i & 0xF, Nzcv))
                nextPc = Pc + SignExtend(((i >> 5) & 0x7FFFF) << 2, 21);
            return true;
        }

        if (top == 6)
        {
            if ((i & (1u << 25)) != 0)
                return BranchRegister(i);
            if ((i >> 24) == 0xD4)
                return ExceptionGeneration(i);
            if ((i >> 22) == 0x354)
                return SystemInstruction(i);
        }

        return Undefined(i);
    }

    private bool CompareBranch(uint i)
    {
        var value = Trim(x[i & 31], (i >> 31) != 0);
        var nonZero = (i & (1u << 24)) != 0;
        if ((value != 0) == nonZero)
            nextPc = Pc + SignExtend(((i >> 5) & 0x7FFFF) << 2, 21);
        return true;
    }

    private bool TestBranch(uint i)
    {
        var bit = (int)(((i >> 31) << 5) | ((i >> 19) & 31));
        var set = ((x[i & 31] >> bit) & 1) != 0;
        if (set == ((i & (1u << 24)) != 0))
            nextPc = Pc + SignExtend(((i >> 5) & 0x3FFF) << 2, 16);
        return true;
    }

    // BR, BLR, RET, ERET (no pointer authentication).
    private bool BranchRegister(uint i)
    {
        var opc = (i >> 21) & 0xF;
        var rn = (int)((i >> 5) & 31);
        if (((i >> 16) & 0x1F) != 0x1F || ((i >> 10) & 0x3F) != 0 || (i & 31) != 0)
            return Undefined(i);
        switch (opc)
        {
            case 0 or 2:
                nextPc = x[rn];
                return true;
            case 1:
                var target = x[rn];
                x[30] = Pc + 4;
                nextPc = target;
                return true;
            case 4 when rn == 31 && El == 1:
                ExceptionReturn();
                return true;
            default:
                return Undefined(i);
        }
    }

    private bool ExceptionGeneration(uint i)
    {
        var imm16 = (i >> 5) & 0xFFFF;
        switch (((i >> 21) & 7, i & 0x1F))
        {
            case (0, 1): // SVC: ELR is the next instruction.
                TakeException(0x15, imm16, Pc + 4);
                return true;
            case (0, 2) when El == 1: // HVC: the hypervisor's.
                return Hypercall(imm16);
            case (0, 3) when El == 1: // SMC: trapped by the hypervisor, PSCI as HVC.
                return Hypercall(imm16);
            case (1, 0): // BRK: ELR is the BRK itself.
                TakeException(0x3C, imm16, Pc);
                return true;
            default:
                return Undefined(i);
        }
    }

    // HVC/SMC #0 is a PSCI call (function id in W0) or an SMCCC Gunyah hypercall (W0 = 0xC6008000 | number); an
    // immediate 0x6000..0x61FF is a native Gunyah hypercall; anything else is not implemented.
    private bool Hypercall(uint imm16)
    {
        if (imm16 is >= 0x6000 and <= 0x61FF)
            return GunyahHypercall(imm16, first: 0);
        if (imm16 != 0)
        {
            x[0] = unchecked((ulong)(long)HypError.Unimplemented);
            return true;
        }

        var function = (uint)x[0];
        return (function & 0xFFFF_C000) == GunyahSmcccBase ? GunyahHypercall(0x6000 | (function & 0x3FFF), first: 1) : Psci(function);
    }
}
