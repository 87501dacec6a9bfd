using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Hypervisor.Gic;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>The virtual GICv3 subset, driven as a guest would (register writes, ICC_* accesses): enables, priority
/// and the mask, acknowledge/EOI and running priority, routing, SGIs, raised vIRQs, and the identification registers.</summary>
public sealed class VirtualGicTests
{
    private const ulong Distributor = 0x3FFF_0000;
    private const ulong Redistributor = 0x3FFB_0000;

    private static VirtualGic NewGic(int vcpus = 2, ushort vmid = 0x40) =>
        new(new ReferenceHypervisor().NewVm(vmid), Distributor, Redistributor, vcpus);

    private static void Write32(VirtualGic gic, ulong ipa, uint value) => Assert.True(gic.TryWrite(ipa, BitConverter.GetBytes(value)));

    private static void Write64(VirtualGic gic, ulong ipa, ulong value) => Assert.True(gic.TryWrite(ipa, BitConverter.GetBytes(value)));

    private static ulong Read(VirtualGic gic, ulong ipa, int size)
    {
        Span<byte> bytes = stackalloc byte[8];
        bytes.Clear();
        Assert.True(gic.TryRead(ipa, bytes[..size]));
        return BitConverter.ToUInt64(bytes);
    }

    private static ulong Cpu(VirtualGic gic, int cpu, GicCpuRegister register)
    {
        Assert.True(gic.TryReadCpuRegister(cpu, register, out var value));
        return value;
    }

    // Everything a guest sets up before it can take SPI `intid` on vCPU 0 at priority `priority`.
    private static void Enable(VirtualGic gic, uint intid, byte priority, ulong route = 0)
    {
        Write32(gic, Distributor, 2);
        Write32(gic, Distributor + 0x100 + 4 * (intid / 32), 1u << (int)(intid % 32));
        Assert.True(gic.TryWrite(Distributor + 0x400 + intid, [priority]));
        Write64(gic, Distributor + 0x6000 + 8 * intid, route);
        for (var cpu = 0; gic.TryWriteCpuRegister(cpu, GicCpuRegister.PriorityMask, 0xF0); cpu++)
            Assert.True(gic.TryWriteCpuRegister(cpu, GicCpuRegister.GroupEnable, 1));
    }

    [Fact]
    public void A_pending_SPI_is_signalled_only_when_the_distributor_the_SPI_and_the_group_are_enabled()
    {
        var gic = NewGic();
        gic.SetPending(42);
        Assert.False(gic.HasSignalled(0));
        Enable(gic, 42, 0x80);
        Assert.True(gic.HasSignalled(0));
        Write32(gic, Distributor + 0x184, 1u << 10); // ICENABLER1: disable it again.
        Assert.False(gic.HasSignalled(0));
        Assert.Equal(1u << 10, (uint)Read(gic, Distributor + 0x204, 4)); // Still pending (ISPENDR1).
    }

    [Fact]
    public void The_acknowledged_interrupt_is_the_highest_priority_and_blocks_its_own_priority_until_EOI()
    {
        var gic = NewGic();
        Enable(gic, 40, 0x80);
        Enable(gic, 41, 0x40);
        Enable(gic, 50, 0x80);
        gic.SetPending(40);
        gic.SetPending(41);
        gic.SetPending(50);
        Assert.Equal(41UL, Cpu(gic, 0, GicCpuRegister.Acknowledge)); // Priority 0x40 beats 0x80.
        Assert.Equal(0x40UL, Cpu(gic, 0, GicCpuRegister.RunningPriority));
        Assert.False(gic.HasSignalled(0)); // 0x80 cannot preempt 0x40.
        Assert.Equal(VirtualGic.Spurious, Cpu(gic, 0, GicCpuRegister.Acknowledge));
        Assert.True(gic.TryWriteCpuRegister(0, GicCpuRegister.EndOfInterrupt, 41));
        Assert.Equal(40UL, Cpu(gic, 0, GicCpuRegister.Acknowledge)); // Same priority: the lower INTID first.
        Assert.True(gic.TryWriteCpuRegister(0, GicCpuRegister.EndOfInterrupt, 40));
        Assert.Equal(50UL, Cpu(gic, 0, GicCpuRegister.HighestPending));
    }

    [Fact]
    public void The_priority_mask_holds_back_what_is_not_strictly_above_it()
    {
        var gic = NewGic();
        Enable(gic, 42, 0xF0);
        gic.SetPending(42);
        Assert.False(gic.HasSignalled(0)); // 0xF0 is not below the mask 0xF0.
        Assert.True(gic.TryWriteCpuRegister(0, GicCpuRegister.PriorityMask, 0xF8));
        Assert.True(gic.HasSignalled(0));
    }

    [Fact]
    public void IROUTER_sends_an_SPI_to_the_vCPU_it_names_or_to_any_in_one_of_N_mode()
    {
        var gic = NewGic();
        Enable(gic, 42, 0x80, route: 1); // Aff0 = 1.
        gic.SetPending(42);
        Assert.False(gic.HasSignalled(0));
        Assert.True(gic.HasSignalled(1));
        Write64(gic, Distributor + 0x6000 + 8 * 42, 1UL << 31);
        Assert.True(gic.HasSignalled(0));
        Assert.Equal(1UL << 31, Read(gic, Distributor + 0x6000 + 8 * 42, 8));
    }

    [Fact]
    public void ICC_SGI1R_makes_an_SGI_pending_on_the_target_list_only()
    {
        var gic = NewGic();
        Enable(gic, 42, 0x80);
        Assert.True(gic.TryWriteCpuRegister(0, GicCpuRegister.GenerateSgi, (3UL << 24) | 0b10)); // SGI 3 to Aff0 = 1.
        Assert.False(gic.HasSignalled(0));
        Assert.True(gic.HasSignalled(1)); // SGI priorities reset to 0: above any mask.
        Assert.Equal(3UL, Cpu(gic, 1, GicCpuRegister.Acknowledge));
        Assert.True(gic.TryWriteCpuRegister(1, GicCpuRegister.GenerateSgi, (5UL << 24) | (1UL << 40))); // Everyone else.
        Assert.True(gic.HasSignalled(0));
        Assert.Equal(5UL, Cpu(gic, 0, GicCpuRegister.Acknowledge));
    }

    [Fact]
    public void A_vIRQ_the_hypervisor_raises_for_the_VM_becomes_a_pending_SPI()
    {
        var hypervisor = new ReferenceHypervisor();
        var vm = hypervisor.NewVm(0x41);
        var gic = new VirtualGic(vm, Distributor, Redistributor, 1);
        Enable(gic, 960, 0x80);
        Assert.False(gic.HasSignalled(0));
        hypervisor.RaiseVirq(vm, 960);
        Assert.True(gic.HasSignalled(0));
        Assert.Equal(960UL, Cpu(gic, 0, GicCpuRegister.Acknowledge));
        Assert.False(vm.HasPendingVirq); // Taken into the GIC.
    }

    [Fact]
    public void The_identification_registers_describe_a_GICv3_with_one_redistributor_per_vCPU()
    {
        var gic = NewGic(vcpus: 2);
        Assert.Equal(0x3BUL, Read(gic, Distributor + 0xFFE8, 4)); // GICD_PIDR2: ArchRev 3.
        Assert.Equal(31UL, Read(gic, Distributor + 0x4, 4) & 0x1F); // ITLinesNumber: INTIDs to 1023.
        Assert.Equal(0x10UL, Read(gic, Distributor, 4)); // ARE_NS set, groups disabled.
        var first = Read(gic, Redistributor + 0x8, 8);
        var second = Read(gic, Redistributor + 0x2_0000 + 0x8, 8);
        Assert.Equal((0UL, 0UL), (first >> 32, (first >> 4) & 1)); // Affinity 0, not the last.
        Assert.Equal((1UL, 1UL), (second >> 32, (second >> 4) & 1)); // Affinity 1, the last.
        Assert.Equal(6UL, Read(gic, Redistributor + 0x14, 4)); // GICR_WAKER: asleep until woken.
        Write32(gic, Redistributor + 0x14, 0);
        Assert.Equal(0UL, Read(gic, Redistributor + 0x14, 4));
        Assert.False(gic.TryRead(Distributor + 0x1_0000, new byte[4])); // Past the distributor (the redistributors sit below it).
    }
}
