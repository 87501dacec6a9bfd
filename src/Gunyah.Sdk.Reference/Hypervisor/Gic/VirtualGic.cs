using System.Numerics;
using Gunyah.Sdk.Reference.Engine;

namespace Gunyah.Sdk.Reference.Hypervisor.Gic;

/// <summary>
/// A GICv3 subset for one VM (Arm IHI 0069), as Gunyah's virtual GIC presents it to a guest: a distributor and one
/// redistributor per vCPU at the addresses the VM's devicetree gives, and the CPU interface system registers. Group 1
/// only, affinity routing always on, SGIs/PPIs per vCPU and SPIs 32..1019. vIRQs the hypervisor raises for the VM
/// (doorbells, message queues) become pending SPIs here; an enabled one above the priority mask is signalled to the
/// vCPU its IROUTER names (or any, for 1-of-N), which takes it at its IRQ vector and acknowledges it through IAR1.
/// </summary>
public sealed partial class VirtualGic : IInterruptController
{
    /// <summary>INTIDs 0..1019 (SGIs, PPIs, SPIs); 1023 is "none pending".</summary>
    public const int InterruptCount = 1020;

    /// <summary>The INTID IAR1 returns when nothing can be acknowledged.</summary>
    public const uint Spurious = 1023;

    private const int Idle = 0x100; // The running priority with nothing active.
    private readonly object gate = new();
    private readonly HypervisorVm vm;
    private readonly CpuState[] cpus;
    private readonly ulong[] spiEnabled = new ulong[16];
    private readonly ulong[] spiPending = new ulong[16];
    private readonly byte[] spiPriority = new byte[InterruptCount];
    private readonly ulong[] spiRoute = new ulong[InterruptCount];
    private readonly uint[] spiConfig = new uint[64];
    private bool distributorEnabled;
    private int lastPendingStamp = -1;
    private volatile bool anyPending;

    /// <summary>A virtual GIC of <paramref name="vm"/> with <paramref name="vcpus"/> redistributors.</summary>
    public VirtualGic(HypervisorVm vm, ulong distributorBase, ulong redistributorBase, int vcpus)
    {
        ArgumentNullException.ThrowIfNull(vm);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vcpus);
        this.vm = vm;
        DistributorBase = distributorBase;
        RedistributorBase = redistributorBase;
        cpus = [.. Enumerable.Range(0, vcpus).Select(_ => new CpuState())];
    }

    /// <summary>The distributor's base IPA (64 KiB).</summary>
    public ulong DistributorBase { get; }

    /// <summary>The first redistributor's base IPA (128 KiB per vCPU).</summary>
    public ulong RedistributorBase { get; }

    /// <summary>Interrupts acknowledged so far (for tests).</summary>
    public long Acknowledged { get; private set; }

    /// <inheritdoc />
    public bool HasSignalled(int cpu)
    {
        if (!anyPending && vm.PendingStamp == Volatile.Read(ref lastPendingStamp))
            return false;
        lock (gate)
        {
            TakeRaisedLocked();
            return (uint)cpu < (uint)cpus.Length && SignalledLocked(cpu, out _, out _);
        }
    }

    /// <summary>Makes SPI <paramref name="intid"/> pending (as a raised vIRQ does) and wakes the vCPUs.</summary>
    public void SetPending(uint intid)
    {
        lock (gate)
            SetPendingLocked(intid);
        vm.Hypervisor.WakeVcpus(vm);
    }

    /// <inheritdoc />
    public bool TryReadCpuRegister(int cpu, GicCpuRegister register, out ulong value)
    {
        value = 0;
        if ((uint)cpu >= (uint)cpus.Length)
            return false; // A vCPU without a redistributor has no CPU interface either.
        lock (gate)
        {
            TakeRaisedLocked();
            var c = cpus[cpu];
            value = register switch
            {
                GicCpuRegister.PriorityMask => c.PriorityMask,
                GicCpuRegister.Acknowledge => AcknowledgeLocked(cpu),
                GicCpuRegister.HighestPending => HighestLocked(cpu, out var intid, out _) ? intid : Spurious,
                GicCpuRegister.BinaryPoint => c.BinaryPoint,
                GicCpuRegister.Control => (1UL << 10) | (1UL << 8) | (4UL << 11), // A3V, IDbits 0 (16), PRIbits 4 (5 bits).
                GicCpuRegister.SystemRegisterEnable => 0x7, // SRE, DFB, DIB: always set.
                GicCpuRegister.GroupEnable => c.GroupEnabled ? 1UL : 0,
                GicCpuRegister.RunningPriority => (ulong)(c.Active.Count == 0 ? 0xFF : c.Active[^1].Priority),
                GicCpuRegister.ActivePriorities => 0,
                _ => ulong.MaxValue,
            };
            return value != ulong.MaxValue;
        }
    }

    /// <inheritdoc />
    public bool TryWriteCpuRegister(int cpu, GicCpuRegister register, ulong value)
    {
        if ((uint)cpu >= (uint)cpus.Length)
            return false;
        var wake = false;
        lock (gate)
        {
            var c = cpus[cpu];
            switch (register)
            {
                case GicCpuRegister.PriorityMask: c.PriorityMask = (byte)(value & 0xF8); break;
                case GicCpuRegister.BinaryPoint: c.BinaryPoint = (byte)(value & 7); break;
                case GicCpuRegister.GroupEnable: c.GroupEnabled = (value & 1) != 0; break;
                case GicCpuRegister.EndOfInterrupt: EndLocked(c, (uint)(value & 0xFF_FFFF)); break;
                case GicCpuRegister.GenerateSgi: wake = SendSgiLocked(cpu, value); break;
                case GicCpuRegister.Control or GicCpuRegister.SystemRegisterEnable or GicCpuRegister.Deactivate or GicCpuRegister.ActivePriorities:
                    break; // EOImode 0 only (EOIR also deactivates); SRE fixed; no separate active-priority state.
                default: return false;
            }
        }

        if (wake)
            vm.Hypervisor.WakeVcpus(vm);
        return true;
    }

    // vIRQs the hypervisor raised for the VM since the last look become pending SPIs (each assertion latched once).
    private void TakeRaisedLocked()
    {
        var stamp = vm.PendingStamp;
        if (stamp == lastPendingStamp)
            return;
        Volatile.Write(ref lastPendingStamp, stamp);
        while (vm.TryTakePendingVirq(out var virq))
        {
            if (virq is >= 32 and < InterruptCount)
                SetPendingLocked(virq);
        }
    }

    private void SetPendingLocked(uint intid)
    {
        if (intid is < 32 or >= InterruptCount)
            return;
        spiPending[intid / 64] |= 1UL << (int)(intid % 64);
        anyPending = true;
    }

    private bool SignalledLocked(int cpu, out uint intid, out int priority)
    {
        var c = cpus[cpu];
        if (!HighestLocked(cpu, out intid, out priority) || !c.GroupEnabled || !distributorEnabled)
            return false;
        var running = c.Active.Count == 0 ? Idle : c.Active[^1].Priority;
        return priority < c.PriorityMask && priority < running;
    }

    // The highest-priority (lowest value, then lowest INTID) pending and enabled interrupt for this vCPU.
    private bool HighestLocked(int cpu, out uint intid, out int priority)
    {
        var c = cpus[cpu];
        intid = Spurious;
        priority = Idle;
        for (var bits = c.Pending & c.Enabled; bits != 0; bits &= bits - 1)
        {
            var n = (uint)BitOperations.TrailingZeroCount(bits);
            Consider(n, c.Priority[n], ref intid, ref priority);
        }

        for (var word = 0; word < spiPending.Length; word++)
        {
            for (var bits = spiPending[word] & spiEnabled[word]; bits != 0; bits &= bits - 1)
            {
                var n = (uint)(word * 64 + BitOperations.TrailingZeroCount(bits));
                if (RoutedTo(n, cpu))
                    Consider(n, spiPriority[n], ref intid, ref priority);
            }
        }

        return intid != Spurious;
    }

    private static void Consider(uint n, int p, ref uint intid, ref int priority)
    {
        if (p < priority || (p == priority && n < intid))
            (intid, priority) = (n, p);
    }

    // IROUTER: Interrupt_Routing_Mode (bit 31) 1 = any vCPU; else Aff1:Aff0 name one.
    private bool RoutedTo(uint intid, int cpu)
    {
        var route = spiRoute[intid];
        return (route & (1UL << 31)) != 0 || (int)(route & 0xFFFF) == cpu;
    }

    private ulong AcknowledgeLocked(int cpu)
    {
        if (!SignalledLocked(cpu, out var intid, out var priority))
            return Spurious;
        var c = cpus[cpu];
        if (intid < 32)
            c.Pending &= ~(1u << (int)intid);
        else
            spiPending[intid / 64] &= ~(1UL << (int)(intid % 64));
        c.Active.Add((intid, priority));
        Acknowledged++;
        anyPending = cpus.Any(x => x.Pending != 0) || spiPending.Any(w => w != 0);
        return intid;
    }

    private static void EndLocked(CpuState c, uint intid)
    {
        var at = c.Active.FindLastIndex(a => a.Intid == intid);
        if (at >= 0)
            c.Active.RemoveAt(at); // An EOI of an interrupt that is not active is ignored (unpredictable on hardware).
    }

    // ICC_SGI1R_EL1: INTID 27:24, Aff1 23:16, TargetList 15:0 (Aff0 = 16 × RS + bit), RS 47:44, IRM 40 (every vCPU
    // but the sender).
    private bool SendSgiLocked(int sender, ulong value)
    {
        var intid = (int)((value >> 24) & 0xF);
        var everyone = (value & (1UL << 40)) != 0;
        var aff1 = (int)((value >> 16) & 0xFF);
        var range = (int)((value >> 44) & 0xF);
        var sent = false;
        for (var cpu = 0; cpu < cpus.Length; cpu++)
        {
            var targeted = everyone ? cpu != sender : (cpu >> 8) == aff1 && ((cpu & 0xFF) >> 4) == range && (value & (1UL << (cpu & 0xF))) != 0;
            if (targeted)
            {
                cpus[cpu].Pending |= 1u << intid;
                sent = true;
            }
        }

        anyPending |= sent;
        return sent;
    }

    private sealed class CpuState
    {
        public uint Enabled = 0xFFFF; // SGIs are always enabled on GICv3 implementations that do not allow disabling them.
        public uint Pending;
        public readonly byte[] Priority = new byte[32];
        public uint Config = 0xAAAA_AAAA; // ICFGR0: SGIs edge.
        public uint PpiConfig;
        public byte PriorityMask;
        public byte BinaryPoint = 2;
        public bool GroupEnabled;
        public bool Asleep = true;
        public readonly List<(uint Intid, int Priority)> Active = [];
    }
}
