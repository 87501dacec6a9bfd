using static Gunyah.Sdk.Reference.Tests.Engine.Differential.A64Encoding;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

// Loads and stores against the scratch buffer through X28 or SP (both start at its middle): every address lies
// inside it, and write-back keeps each base within ±WriteBackLimit of the middle so later accesses still fit. SP
// moves in 16-byte steps only, so it stays aligned as the architecture's SP alignment check wants.
internal sealed partial class SequenceGenerator
{
    private const int WriteBackLimit = 96;
    private const int SpRegister = 31;

    // (size, opc): STRB/H/W/X, LDRB/H/W/X, LDRSB/LDRSH to X and W, LDRSW.
    private static readonly (uint Size, uint Opc)[] SingleForms =
        [(0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (1, 1), (2, 1), (3, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 2)];

    private readonly int[] baseOffsets = new int[2]; // X28's and SP's distance from the scratch middle.
    private int baseIndex;

    private int BaseRegister => baseIndex == 0 ? MachineState.BaseRegister : SpRegister;

    private int BaseOffset
    {
        get => baseOffsets[baseIndex];
        set => baseOffsets[baseIndex] = value;
    }

    private int Step => baseIndex == 0 ? 1 : 16;

    private void PickBase() => baseIndex = random.Next(3) == 0 ? 1 : 0;

    private void SingleRegisterImmediate()
    {
        PickBase();
        var (size, opc) = SingleForms[random.Next(SingleForms.Length)];
        var bytes = 1 << (int)size;
        var rt = opc == 0 ? Src() : Dst();
        var mode = random.Next(5);
        if (shadowed && mode is 1 or 3)
            mode = 2; // No write-back where the access may be skipped.
        if (mode == 4)
        {
            // Unsigned scaled offset: base + k * bytes with k >= 0.
            var (low, high) = Range(BaseOffset, bytes, bytes);
            low = Math.Max(low, 0);
            if (low <= high)
            {
                words.Add(LoadStoreUnsigned(size, opc, (uint)random.Next(low, high + 1), BaseRegister, rt));
                return;
            }

            mode = 0;
        }

        if (mode == 1 && !Fits(BaseOffset, bytes))
            mode = 0;
        if (mode is 1 or 3)
        {
            // Post-index accesses the old base, pre-index the new one; both move the base by the offset.
            var offset = WriteBackStep() * Step;
            words.Add(LoadStoreImm9(size, opc, offset, (uint)mode, BaseRegister, rt == MachineState.BaseRegister ? pool[0] : rt)); // Rt = Rn: unpredictable.
            BaseOffset += offset;
            return;
        }

        var (from, to) = Range(BaseOffset, bytes, 1);
        words.Add(LoadStoreImm9(size, opc, random.Next(from, to + 1), (uint)mode, BaseRegister, rt));
    }

    // Register offset: the index register is set first (with junk above bit 31 for the W extends), then used.
    private void SingleRegisterOffset()
    {
        PickBase();
        var (size, opc) = SingleForms[random.Next(SingleForms.Length)];
        var bytes = 1 << (int)size;
        var scaled = Coin();
        var option = new[] { 2u, 3u, 6u, 7u }[random.Next(4)];
        var (low, high) = Range(BaseOffset, bytes, scaled ? bytes : 1);
        if (option == 2)
            low = Math.Max(low, 0); // UXTW cannot go below the base.
        var index = random.Next(low, high + 1);
        var rm = Pool();
        var rt = opc == 0 ? Src() : Dst();
        if (rt == rm && opc != 0)
            rt = rm == pool[0] ? pool[1] : pool[0];
        var is64Index = option is 3 or 7;
        words.Add(index >= 0
            ? MoveWide(is64Index, 2, 0, (uint)index, rm)
            : MoveWide(is64Index, 0, 0, (uint)(-index - 1), rm));
        if (!is64Index && Coin())
            words.Add(MoveWide(true, 3, 2 + (uint)random.Next(2), (uint)random.Next(65536), rm)); // Junk in bits 63:32.
        words.Add(LoadStoreRegister(size, opc, rm, option, scaled, BaseRegister, rt));
    }

    // LDP/STP (W, X), LDPSW, LDNP/STNP; offset, pre- and post-index.
    private void Pair()
    {
        PickBase();
        var opc = new[] { 0u, 1u, 2u }[random.Next(3)];
        var load = opc == 1 || Coin();
        var mode = (uint)random.Next(opc == 1 ? 1 : 0, 4);
        if (shadowed && mode is 1 or 3)
            mode = 2;
        var unit = opc == 2 ? 8 : 4;
        int rt = load ? Dst() : Src(), rt2 = load ? Dst() : Src();
        if (load && rt == rt2)
            rt2 = rt == pool[0] ? pool[1] : pool[0];
        if (mode == 1 && !Fits(BaseOffset, 2 * unit))
            mode = 2;
        if (mode is 1 or 3)
        {
            var stride = Math.Max(unit, Step); // A multiple of the scale and of SP's step.
            var offset = WriteBackStep(stride) * stride;
            if (rt == MachineState.BaseRegister || rt2 == MachineState.BaseRegister) // Rt = Rn: unpredictable.
                (rt, rt2) = (pool[0], pool[1]);
            words.Add(LoadStorePair(opc, mode, load, offset / unit, rt2, BaseRegister, rt));
            BaseOffset += offset;
            return;
        }

        var (first, last) = Range(BaseOffset, 2 * unit, unit);
        words.Add(LoadStorePair(opc, mode, load, Math.Clamp(random.Next(first, last + 1), -64, 63), rt2, BaseRegister, rt));
    }

    // LDAR/STLR, LDLAR/STLLR, or an LDXR/LDAXR … STXR/STLXR pair at one address and size with at most one
    // data-processing instruction between (nothing that touches memory, so the store-exclusive must succeed).
    // These need the address aligned to the size.
    private void Ordered()
    {
        PickBase();
        var size = (uint)random.Next(4);
        var bytes = 1 << (int)size;
        if (!Fits(BaseOffset, bytes) || (MachineState.ScratchMiddle + BaseOffset) % bytes != 0)
        {
            SingleRegisterImmediate();
            return;
        }

        if (Coin())
        {
            words.Add(Coin() ? LoadAcquire(size, Coin(), BaseRegister, Dst()) : StoreRelease(size, Coin(), BaseRegister, Src()));
            return;
        }

        var rt = Dst();
        var status = rt == pool[0] ? pool[1] : pool[0];
        var rn = BaseRegister;
        words.Add(LoadExclusive(size, Coin(), rn, rt));
        if (Coin())
            DataProcessing(random.Next(DataProcessingKinds));
        words.Add(StoreExclusive(size, Coin(), status, rn, Src() is var value && value == status ? rt : value));
    }

    // ADD/SUB SP, SP, #16k keeping SP aligned and within reach of the buffer.
    private void AdjustSp()
    {
        baseIndex = 1;
        var offset = WriteBackStep(16) * 16;
        words.Add(A64Encoding.AddSubImmediate(true, offset < 0, false, false, (uint)Math.Abs(offset), SpRegister, SpRegister));
        BaseOffset += offset;
    }

    // A random k with the base moved by k * stride still within ±WriteBackLimit.
    private int WriteBackStep(int? stride = null)
    {
        var unit = stride ?? Step;
        return random.Next((int)Math.Ceiling((-WriteBackLimit - BaseOffset) / (double)unit), (int)Math.Floor((WriteBackLimit - BaseOffset) / (double)unit) + 1);
    }

    // The offsets k * unit from the base at which an access of `bytes` stays inside the buffer.
    private static (int Low, int High) Range(int baseOffset, int bytes, int unit)
    {
        var first = -(MachineState.ScratchMiddle + baseOffset);
        var last = MachineState.ScratchSize - bytes - MachineState.ScratchMiddle - baseOffset;
        return ((int)Math.Ceiling(first / (double)unit), (int)Math.Floor(last / (double)unit));
    }

    private static bool Fits(int baseOffset, int bytes) =>
        MachineState.ScratchMiddle + baseOffset >= 0 && MachineState.ScratchMiddle + baseOffset + bytes <= MachineState.ScratchSize;
}
