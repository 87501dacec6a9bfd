using static Gunyah.Sdk.Reference.Tests.Engine.Differential.A64Encoding;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

// The LSE atomics, CAS/CASP and the exclusive pairs, at the current base (no offset in these forms), naturally
// aligned (qemu faults a misaligned atomic, as hardware does). CAS and CASP are often preceded by a load of the same
// location into the compare registers, so both the swap and the no-swap outcome come up.
internal sealed partial class SequenceGenerator
{
    // Even first registers of a pair whose two halves are data registers (never X18 or the base X28).
    private static readonly int[] EvenPairs = Enumerable.Range(0, 15).Select(i => 2 * i).Where(r => r is not (18 or 28) && r + 1 is not (18 or 28)).ToArray();

    private void Atomic()
    {
        PickBase();
        var kind = random.Next(4);
        var bytes = kind switch
        {
            0 or 1 => 1 << random.Next(4),
            _ => Coin() ? 8 : 16,
        };
        if (!Fits(BaseOffset, bytes) || (MachineState.ScratchMiddle + BaseOffset) % bytes != 0)
        {
            SingleRegisterImmediate();
            return;
        }

        var size = (uint)System.Numerics.BitOperations.Log2((uint)bytes);
        var rn = BaseRegister;
        switch (kind)
        {
            case 0:
                // Rt 31 with A clear is the ST<op> alias.
                words.Add(AtomicMemory(size, (uint)random.Next(9), Coin(), Coin(), Src(), rn, random.Next(8) == 0 ? Zr : Dst()));
                break;
            case 1:
            {
                var rs = Dst();
                if (Coin())
                    words.Add(LoadAcquire(size, true, rn, rs)); // Compare with what is there: the swap happens.
                words.Add(CompareAndSwap(size, Coin(), Coin(), rs, rn, Src()));
                break;
            }

            case 2:
            {
                var x = bytes == 16;
                var rs = EvenPairs[random.Next(EvenPairs.Length)];
                var rt = EvenPairs[random.Next(EvenPairs.Length)];
                if (Coin())
                    words.Add(LoadExclusivePair(x, false, rs + 1, rn, rs));
                words.Add(CompareAndSwapPair(x, Coin(), Coin(), rs, rn, rt));
                break;
            }

            default:
            {
                var x = bytes == 16;
                var rt = pool[0];
                var rt2 = pool[1];
                var status = pool[2];
                words.Add(LoadExclusivePair(x, Coin(), rt2, rn, rt));
                if (Coin())
                    DataProcessing(random.Next(DataProcessingKinds));
                words.Add(StoreExclusivePair(x, Coin(), status, pool[random.Next(3, pool.Length)], rn, pool[random.Next(3, pool.Length)]));
                break;
            }
        }
    }
}
