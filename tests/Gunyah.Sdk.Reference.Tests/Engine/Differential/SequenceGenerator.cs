using static Gunyah.Sdk.Reference.Tests.Engine.Differential.A64Encoding;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// Draws random straight-line sequences of integer instructions (4 to 12 each, plus the moves that set up a
/// register-offset index or a division's edge case) from one seed. Each sequence works on a pool of six registers so
/// results feed later instructions. X18 is never used; X28 and SP are the scratch buffer's bases, read as operands but
/// written only by write-back and SP adjustments, which the generator tracks statically (no write-back in the
/// reach of a forward branch), so every access stays inside the buffer.
/// </summary>
internal sealed partial class SequenceGenerator(int seed)
{
    private const int Zr = 31;
    private static readonly int[] DataRegisters = Enumerable.Range(0, 31).Where(r => r is not (18 or MachineState.BaseRegister)).ToArray();

    private static readonly ulong[] Special =
    [
        0, 1, 2, ulong.MaxValue, 0x8000_0000_0000_0000, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF, 0xFFFF_FFFF,
        0xFFFF_FFFF_8000_0000, 0x1_0000_0000, 63, 64, 31, 32,
    ];

    private readonly Random random = new(seed);
    private readonly List<uint> words = [];
    private int[] pool = [];
    private bool shadowed; // Inside a forward branch's reach: the words may not run, so X28 and set-up registers must not depend on them.

    public DifferentialSequence Next(int index)
    {
        words.Clear();
        Array.Clear(baseOffsets);
        pool = DataRegisters.OrderBy(_ => random.Next()).Take(6).ToArray();
        var count = random.Next(4, 13);
        for (var n = 0; n < count; n++)
            Emit();
        return new DifferentialSequence(index, words.ToArray(), InitialState());
    }

    /// <summary>A sequence of the given words from a fresh random state (the words drawn elsewhere).</summary>
    public DifferentialSequence Around(int index, uint[] given) => new(index, given, InitialState());

    private MachineState InitialState()
    {
        var state = new MachineState { Nzcv = (uint)random.Next(16) << 28 };
        foreach (var r in DataRegisters)
            state.X[r] = Value();
        state.X[MachineState.BaseRegister] = state.Sp = MachineState.ScratchStart; // Both runs start the bases here.
        random.NextBytes(state.Memory);
        return state;
    }

    private ulong Value() => random.Next(6) switch
    {
        0 or 1 => Special[random.Next(Special.Length)],
        2 => (ulong)random.Next(-300, 300),
        3 => (uint)random.NextInt64(),
        _ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 33),
    };

    private const int DataProcessingKinds = 15;

    private void Emit()
    {
        var kind = random.Next(shadowed ? DataProcessingKinds + 7 : DataProcessingKinds + 10);
        switch (kind - DataProcessingKinds)
        {
            case 8: Atomic(); break;
            case < 0: DataProcessing(kind); break;
            case 0 or 1: SingleRegisterImmediate(); break;
            case 2 when shadowed: SingleRegisterImmediate(); break;
            case 2: SingleRegisterOffset(); break;
            case 3 or 4: Pair(); break;
            case 5: Ordered(); break;
            case 6: SystemOrFlags(); break;
            case 7: Literal(); break;
            default: ForwardBranch(); break;
        }
    }

    private void DataProcessing(int kind)
    {
        switch (kind)
        {
            case 0: AddSubImmediate(); break;
            case 1: AddSubShiftedRegister(); break;
            case 2: AddSubExtendedRegister(); break;
            case 3: LogicalImmediateMask(); break;
            case 4: LogicalShiftedRegister(); break;
            case 5: MoveWideImmediate(); break;
            case 6: BitfieldMove(); break;
            case 7: words.Add(Extract(Is64(), Src(), (uint)random.Next(Is64Size()), Src(), Dst())); break;
            case 8: ConditionalSelection(); break;
            case 9: ConditionalComparison(); break;
            case 10: MultiplyAccumulate(); break;
            case 11: Division(); break;
            case 12: BitOperation(); break;
            case 13: words.Add(TwoSource(Is64(), 8 + (uint)random.Next(4), Src(), Src(), Dst())); break;
            default: words.Add(AddSubCarry(Is64(), Coin(), Coin(), Src(), Src(), Dst())); break;
        }
    }

    // B.cond, CBZ/CBNZ or TBZ/TBNZ over the next one to three instructions (never out of the sequence).
    private void ForwardBranch()
    {
        var at = words.Count;
        shadowed = true;
        var skipped = random.Next(1, 4);
        for (var n = 0; n < skipped; n++)
            Emit();
        shadowed = false;
        var reach = words.Count - at + 1;
        words.Insert(at, random.Next(3) switch
        {
            0 => BranchConditional((uint)random.Next(16), reach),
            1 => CompareBranch(Coin(), Coin(), reach, Src()),
            _ => TestBranch((uint)random.Next(64), Coin(), reach, Src()),
        });
    }

    // MRS/MSR NZCV, hints, barriers and CLREX.
    private void SystemOrFlags() => words.Add(random.Next(3) switch
    {
        0 => ReadNzcv(Dst()),
        1 => WriteNzcv(Src()),
        _ => NoEffect[random.Next(NoEffect.Length)],
    });

    // LDR (literal) of the sequence's own earlier words, which sit at different addresses but hold the same values
    // in both runs. Never in a branch's reach: the branch is inserted before those words and would shift the target.
    private void Literal()
    {
        var opc = (uint)random.Next(3);
        var at = words.Count;
        if (opc == 1 && at < 2)
            opc = 0;
        var back = random.Next(opc == 1 ? 2 : 0, at + 1);
        words.Add(LoadLiteral(opc, -back, Dst()));
    }

    // The width Is64() last drew, so a later argument of the same call (C# evaluates left to right) can bound a
    // shift or bit position by it.
    private bool lastIs64;

    private bool Is64() => lastIs64 = Coin();

    private int Is64Size() => lastIs64 ? 64 : 32;

    private bool Coin() => random.Next(2) == 0;

    private int Pool() => pool[random.Next(pool.Length)];

    private int Src() => random.Next(12) switch
    {
        0 => Zr,
        1 => MachineState.BaseRegister,
        _ => Pool(),
    };

    private int Dst() => Pool();

    // Also ADD/SUB with SP as the source (MOV Xd, SP; ADD X29, SP, #n) and, outside a branch's reach, SP adjustments.
    private void AddSubImmediate()
    {
        if (!shadowed && random.Next(6) == 0)
        {
            AdjustSp();
            return;
        }

        var setFlags = Coin();
        var rd = setFlags && random.Next(4) == 0 ? Zr : Dst(); // CMP/CMN; without flags 31 would be SP.
        var rn = random.Next(5) == 0 ? SpRegister : Pool();
        words.Add(A64Encoding.AddSubImmediate(Coin(), Coin(), setFlags, Coin(), (uint)random.Next(4096), rn, rd));
    }

    private void AddSubShiftedRegister()
    {
        var is64 = Is64();
        var setFlags = Coin();
        words.Add(AddSubShifted(is64, Coin(), setFlags, (uint)random.Next(3), Src(), (uint)random.Next(Is64Size()), Src(), setFlags && random.Next(4) == 0 ? Zr : Dst()));
    }

    private void AddSubExtendedRegister()
    {
        var setFlags = Coin();
        var rn = random.Next(5) == 0 ? SpRegister : Pool();
        words.Add(AddSubExtended(Coin(), Coin(), setFlags, Src(), (uint)random.Next(8), (uint)random.Next(5), rn, setFlags && random.Next(4) == 0 ? Zr : Dst()));
    }

    private void LogicalImmediateMask()
    {
        var is64 = Is64();
        var element = 2 << random.Next(is64 ? 6 : 5); // 2..64 (2..32 for W).
        var ones = random.Next(element - 1); // S: ones - 1, never all ones.
        var imms = element == 64 ? (uint)ones : ((~((uint)element * 2 - 1)) & 0x3F) | (uint)ones;
        var opc = (uint)random.Next(4);
        var rd = opc == 3 && random.Next(4) == 0 ? Zr : Dst(); // TST; otherwise 31 would be SP.
        words.Add(LogicalImmediate(is64, opc, element == 64 ? 1u : 0, (uint)random.Next(element), imms, Src(), rd));
    }

    private void LogicalShiftedRegister()
    {
        var is64 = Is64();
        var opc = (uint)random.Next(4);
        words.Add(LogicalShifted(is64, opc, (uint)random.Next(4), Coin(), Src(), (uint)random.Next(Is64Size()), Src(), opc == 3 && random.Next(4) == 0 ? Zr : Dst()));
    }

    private void MoveWideImmediate()
    {
        var is64 = Is64();
        var opc = new[] { 0u, 2u, 3u }[random.Next(3)];
        words.Add(MoveWide(is64, opc, (uint)random.Next(is64 ? 4 : 2), (uint)random.Next(65536), Dst()));
    }

    private void BitfieldMove()
    {
        var is64 = Is64();
        var size = Is64Size();
        var opc = (uint)random.Next(3);
        if (random.Next(4) == 0) // SXTB/SXTH/SXTW, UXTB/UXTH: fields random draws rarely hit.
            words.Add(Bitfield(is64, opc, 0, new[] { 7u, 15u, 31u }[random.Next(is64 ? 3 : 2)], Src(), Dst()));
        else
            words.Add(Bitfield(is64, opc, (uint)random.Next(size), (uint)random.Next(size), Src(), Dst()));
    }

    private void ConditionalSelection() =>
        words.Add(ConditionalSelect(Coin(), Coin(), Coin(), Src(), (uint)random.Next(16), Src(), Dst()));

    private void ConditionalComparison()
    {
        var immediate = Coin();
        var operand = immediate ? (uint)random.Next(32) : (uint)Src();
        words.Add(ConditionalCompare(Coin(), Coin(), immediate, operand, (uint)random.Next(16), Src(), (uint)random.Next(16)));
    }

    private void MultiplyAccumulate()
    {
        switch (random.Next(4))
        {
            case 0: words.Add(ThreeSource(Coin(), 0, Coin(), Src(), Src(), Src(), Dst())); break; // MADD/MSUB
            case 1: words.Add(ThreeSource(true, Coin() ? 1u : 5u, Coin(), Src(), Src(), Src(), Dst())); break; // [SU]M{ADD,SUB}L
            default: words.Add(ThreeSource(true, Coin() ? 2u : 6u, false, Src(), Zr, Src(), Dst())); break; // [SU]MULH
        }
    }

    // UDIV/SDIV; a third of them first set up INT_MIN / -1 or a zero divisor.
    private void Division()
    {
        var is64 = Is64();
        int rn = Pool(), rm = Pool();
        switch (random.Next(6))
        {
            case 0:
                words.Add(MoveWide(is64, 2, is64 ? 3u : 1u, 0x8000, rn)); // INT_MIN
                if (rm != rn)
                    words.Add(MoveWide(is64, 0, 0, 0, rm)); // -1
                break;
            case 1:
                words.Add(MoveWide(is64, 2, 0, 0, rm));
                break;
        }

        words.Add(TwoSource(is64, Coin() ? 2u : 3u, rm, rn, Dst()));
    }

    // RBIT, REV16, REV32 / REV, CLZ, CLS (no opcode 3 in the W form).
    private void BitOperation()
    {
        var is64 = Is64();
        var opcodes = is64 ? new[] { 0u, 1u, 2u, 3u, 4u, 5u } : [0u, 1u, 2u, 4u, 5u];
        words.Add(OneSource(is64, opcodes[random.Next(opcodes.Length)], Src(), Dst()));
    }
}
