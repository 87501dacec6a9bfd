namespace Gunyah.Sdk.Reference.Hypervisor.Gic;

// The distributor and redistributor register frames, which the hypervisor emulates (they never reach the VMM as
// MMIO exits). Registers outside the subset read as zero and ignore writes, as reserved GIC registers do.
public sealed partial class VirtualGic
{
    /// <summary>The distributor frame's size.</summary>
    public const ulong DistributorSize = 0x1_0000;

    /// <summary>One vCPU's redistributor: the RD_base and SGI_base frames.</summary>
    public const ulong RedistributorStride = 0x2_0000;

    private const uint PeripheralId2 = 0x3B; // ArchRev 3 (GICv3).
    private const uint ImplementerArm = 0x43B;

    /// <summary>Whether <paramref name="ipa"/> lies in one of this GIC's frames.</summary>
    public bool Contains(ulong ipa) =>
        ipa - DistributorBase < DistributorSize || ipa - RedistributorBase < RedistributorStride * (ulong)cpus.Length;

    /// <summary>A guest read of a GIC register (1, 2, 4 or 8 bytes, little-endian); false: not a GIC address.</summary>
    public bool TryRead(ulong ipa, Span<byte> destination)
    {
        if (!Contains(ipa))
            return false;
        ulong value = 0;
        lock (gate)
        {
            TakeRaisedLocked();
            for (var i = 0; i < destination.Length; i += Step(ipa + (ulong)i, destination.Length - i))
            {
                var width = Step(ipa + (ulong)i, destination.Length - i);
                value |= ReadLocked(ipa + (ulong)i, width) << (8 * i);
            }
        }

        for (var i = 0; i < destination.Length; i++)
            destination[i] = (byte)(value >> (8 * i));
        return true;
    }

    /// <summary>A guest write of a GIC register; false: not a GIC address.</summary>
    public bool TryWrite(ulong ipa, ReadOnlySpan<byte> source)
    {
        if (!Contains(ipa))
            return false;
        ulong value = 0;
        for (var i = source.Length - 1; i >= 0; i--)
            value = (value << 8) | source[i];
        lock (gate)
        {
            for (var i = 0; i < source.Length; i += Step(ipa + (ulong)i, source.Length - i))
            {
                var width = Step(ipa + (ulong)i, source.Length - i);
                WriteLocked(ipa + (ulong)i, width, (value >> (8 * i)) & (width == 8 ? ulong.MaxValue : (1UL << (8 * width)) - 1));
            }
        }

        vm.Hypervisor.WakeVcpus(vm); // An enable or a pending bit may make an interrupt signalled to a sleeping vCPU.
        return true;
    }

    // Priority bytes may be accessed one by one; everything else as whole 32-bit (IROUTER, TYPER: 64-bit) registers.
    private static int Step(ulong ipa, int remaining) => remaining >= 8 && ipa % 8 == 0 ? 8 : remaining >= 4 && ipa % 4 == 0 ? 4 : 1;

    private ulong ReadLocked(ulong ipa, int width)
    {
        if (ipa - DistributorBase < DistributorSize)
            return ReadDistributor((uint)(ipa - DistributorBase), width);
        var offset = ipa - RedistributorBase;
        var cpu = (int)(offset / RedistributorStride);
        return ReadRedistributor(cpu, (uint)(offset % RedistributorStride), width);
    }

    private void WriteLocked(ulong ipa, int width, ulong value)
    {
        if (ipa - DistributorBase < DistributorSize)
        {
            WriteDistributor((uint)(ipa - DistributorBase), width, value);
            return;
        }

        var offset = ipa - RedistributorBase;
        WriteRedistributor((int)(offset / RedistributorStride), (uint)(offset % RedistributorStride), width, value);
    }

    private ulong ReadDistributor(uint offset, int width)
    {
        if (width == 8 && offset is >= 0x6100 and < 0x6100 + 8 * InterruptCount)
            return spiRoute[(offset - 0x6000) / 8];
        if (offset is >= 0x400 and < 0x400 + InterruptCount)
            return Bytes(spiPriority, (int)(offset - 0x400), width, firstValid: 32);
        return (offset, width) switch
        {
            (0x0000, 4) => (distributorEnabled ? 2u : 0) | (1u << 4), // EnableGrp1NS, ARE_NS (fixed).
            (0x0004, 4) => (9u << 19) | 31, // IDbits 10, ITLinesNumber 31 (INTIDs to 1023).
            (0x0008, 4) => ImplementerArm,
            (>= 0x0084 and < 0x0100, 4) => uint.MaxValue, // IGROUPR: everything is group 1.
            (>= 0x0104 and < 0x0180, 4) => Word(spiEnabled, (offset - 0x0100) / 4),
            (>= 0x0184 and < 0x0200, 4) => Word(spiEnabled, (offset - 0x0180) / 4),
            (>= 0x0204 and < 0x0280, 4) => Word(spiPending, (offset - 0x0200) / 4),
            (>= 0x0284 and < 0x0300, 4) => Word(spiPending, (offset - 0x0280) / 4),
            (>= 0x0C08 and < 0x0D00, 4) => spiConfig[(offset - 0x0C00) / 4],
            (0xFFE8, 4) => PeripheralId2,
            _ => 0,
        };
    }

    private void WriteDistributor(uint offset, int width, ulong value)
    {
        if (width == 8 && offset is >= 0x6100 and < 0x6100 + 8 * InterruptCount)
        {
            spiRoute[(offset - 0x6000) / 8] = value & 0x80FF_FFFFUL; // IRM and Aff2:Aff1:Aff0 (Aff3 dropped: one cluster).
            return;
        }

        if (offset is >= 0x400 and < 0x400 + InterruptCount)
        {
            SetBytes(spiPriority, (int)(offset - 0x400), width, value, firstValid: 32);
            return;
        }

        if (width != 4)
            return;
        var bits = (uint)value;
        switch (offset)
        {
            case 0x0000: distributorEnabled = (bits & 2) != 0; break;
            case >= 0x0104 and < 0x0180: SetWord(spiEnabled, (offset - 0x0100) / 4, bits, set: true); break;
            case >= 0x0184 and < 0x0200: SetWord(spiEnabled, (offset - 0x0180) / 4, bits, set: false); break;
            case >= 0x0204 and < 0x0280: SetWord(spiPending, (offset - 0x0200) / 4, bits, set: true); anyPending |= bits != 0; break;
            case >= 0x0284 and < 0x0300: SetWord(spiPending, (offset - 0x0280) / 4, bits, set: false); break;
            case >= 0x0C08 and < 0x0D00: spiConfig[(offset - 0x0C00) / 4] = bits; break;
        }
    }

    private ulong ReadRedistributor(int cpu, uint offset, int width)
    {
        var c = cpus[cpu];
        if (offset is >= 0x1_0400 and < 0x1_0420)
            return Bytes(c.Priority, (int)(offset - 0x1_0400), width, firstValid: 0);
        return (offset, width) switch
        {
            (0x0004, 4) => ImplementerArm,
            (0x0008, 8) => ((ulong)(cpu & 0xFF) << 32) | ((ulong)(cpu >> 8 & 0xFF) << 40) | ((ulong)cpu << 8) | (cpu == cpus.Length - 1 ? 1UL << 4 : 0),
            (0x0008, 4) => ((uint)cpu << 8) | (cpu == cpus.Length - 1 ? 1u << 4 : 0), // GICR_TYPER's lower half.
            (0x000C, 4) => (uint)(cpu & 0xFF) | ((uint)(cpu >> 8 & 0xFF) << 8), // GICR_TYPER's upper half: the affinity.
            (0x0014, 4) => c.Asleep ? 6u : 0, // GICR_WAKER: ProcessorSleep and ChildrenAsleep follow each other.
            (0xFFE8, 4) => PeripheralId2,
            (0x1_0080, 4) => uint.MaxValue, // IGROUPR0.
            (0x1_0100 or 0x1_0180, 4) => c.Enabled,
            (0x1_0200 or 0x1_0280, 4) => c.Pending,
            (0x1_0C00, 4) => c.Config,
            (0x1_0C04, 4) => c.PpiConfig,
            _ => 0,
        };
    }

    private void WriteRedistributor(int cpu, uint offset, int width, ulong value)
    {
        var c = cpus[cpu];
        if (offset is >= 0x1_0400 and < 0x1_0420)
        {
            SetBytes(c.Priority, (int)(offset - 0x1_0400), width, value, firstValid: 0);
            return;
        }

        if (width != 4)
            return;
        var bits = (uint)value;
        switch (offset)
        {
            case 0x0014: c.Asleep = (bits & 2) != 0; break;
            case 0x1_0100: c.Enabled |= bits; break;
            case 0x1_0180: c.Enabled &= ~bits | 0xFFFF; break; // SGIs stay enabled.
            case 0x1_0200: c.Pending |= bits; anyPending |= bits != 0; break;
            case 0x1_0280: c.Pending &= ~bits; break;
            case 0x1_0C04: c.PpiConfig = bits; break;
        }
    }

    private static uint Word(ulong[] bits, uint n) => (uint)(bits[n / 2] >> (int)(32 * (n % 2)));

    // Writes 1s set (or clear) bits of 32-bit register n; INTIDs below 32 live in the redistributors.
    private static void SetWord(ulong[] bits, uint n, uint value, bool set)
    {
        var mask = (ulong)value << (int)(32 * (n % 2));
        if (set)
            bits[n / 2] |= mask;
        else
            bits[n / 2] &= ~mask;
    }

    private static ulong Bytes(byte[] bytes, int first, int width, int firstValid)
    {
        ulong value = 0;
        for (var i = width - 1; i >= 0; i--)
            value = (value << 8) | (first + i >= firstValid && first + i < bytes.Length ? bytes[first + i] : 0u);
        return value;
    }

    // Priorities keep their top five bits (32 levels), as ICC_CTLR_EL1.PRIbits says.
    private static void SetBytes(byte[] bytes, int first, int width, ulong value, int firstValid)
    {
        for (var i = 0; i < width; i++)
        {
            if (first + i >= firstValid && first + i < bytes.Length)
                bytes[first + i] = (byte)((value >> (8 * i)) & 0xF8);
        }
    }
}
