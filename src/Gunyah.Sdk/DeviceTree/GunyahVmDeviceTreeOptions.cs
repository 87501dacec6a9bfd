namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// What <see cref="GunyahVmDeviceTreeBuilder"/> puts in a Gunyah VM's devicetree. The defaults follow the
/// kernel's sample VMM and its sample_vm.dts: 100 MiB of RAM at 0x80000000, one vCPU, a GICv3 distributor at
/// 0x3FFF0000, image "linux_vm_0", priority -1, timeslice 2000.
/// </summary>
public sealed class GunyahVmDeviceTreeOptions
{
    /// <summary>The most vCPUs the builder lays out.</summary>
    public const int MaxVcpus = 256;

    /// <summary>The size of one GICv3 redistributor frame pair (RD_base + SGI_base), one per vCPU.</summary>
    public const ulong RedistributorStride = 0x2_0000;

    /// <summary>The size of the GICv3 distributor's register frame.</summary>
    public const ulong DistributorSize = 0x1_0000;

    /// <summary>Guest RAM's base address (default 0x80000000); 4 KiB aligned.</summary>
    public ulong MemoryBase { get; init; } = 0x8000_0000;

    /// <summary>Guest RAM's size (default 0x6400000, 100 MiB); non-zero, 4 KiB aligned.</summary>
    public ulong MemorySize { get; init; } = 0x640_0000;

    /// <summary>How the RAM node is written (default <see cref="GunyahMemoryNodeStyle.UnitAddress"/>).</summary>
    public GunyahMemoryNodeStyle MemoryNode { get; init; } = GunyahMemoryNodeStyle.UnitAddress;

    /// <summary>The number of vCPUs, 1 to <see cref="MaxVcpus"/> (default 1).</summary>
    public int VcpuCount { get; init; } = 1;

    /// <summary>The root's <c>compatible</c> (default "linux,dummy-virt", the generic virtual platform).</summary>
    public string RootCompatible { get; init; } = "linux,dummy-virt";

    /// <summary>The root's <c>model</c>, or null to leave it out.</summary>
    public string? Model { get; init; }

    /// <summary>The kernel command line (<c>/chosen/bootargs</c>), or null.</summary>
    public string? BootArgs { get; init; }

    /// <summary>The initrd's location (<c>linux,initrd-start/end</c>; end = address + size), or null.</summary>
    public DeviceTreeRegion? Initrd { get; init; }

    /// <summary>Entries of the memory reservation block.</summary>
    public IReadOnlyList<MemoryReservation> MemoryReservations { get; init; } = [];

    /// <summary>The GICv3 distributor's base (default 0x3FFF0000, as in sample_vm.dts).</summary>
    public ulong GicDistributorBase { get; init; } = 0x3FFF_0000;

    /// <summary>The redistributor range's base, or null to place it just below the distributor (0x3FFD0000 for one vCPU).</summary>
    public ulong? GicRedistributorBase { get; init; }

    /// <summary>The architected timer's <c>clock-frequency</c> in Hz (default 19.2 MHz as in the sample), or null to leave it out.</summary>
    public uint? TimerClockFrequency { get; init; } = 19_200_000;

    /// <summary>An idle state for every vCPU (see <see cref="GunyahCpuIdleState"/>), or null.</summary>
    public GunyahCpuIdleState? CpuIdleState { get; init; }

    /// <summary>An emulated PL011 console, or null.</summary>
    public GunyahPl011Console? Console { get; init; }

    /// <summary>The VM's name for the RM (<c>image-name</c>, default "linux_vm_0").</summary>
    public string ImageName { get; init; } = "linux_vm_0";

    /// <summary>The guest OS (<c>os-type</c>, default "linux"), or null to leave it out.</summary>
    public string? OsType { get; init; } = "linux";

    /// <summary>The VM type (<c>vm-type</c>, e.g. "aarch64-guest"), or null to leave it out.</summary>
    public string? VmType { get; init; }

    /// <summary>VM attributes (<c>vm-attrs</c>, e.g. "crash-fatal", "no-reset"); empty to leave it out.</summary>
    public IReadOnlyList<string> VmAttributes { get; init; } = [];

    /// <summary>The most memory the RM may give the VM (<c>size-max</c>), or null to leave it out.</summary>
    public ulong? MemorySizeMax { get; init; }

    /// <summary>The vCPU placement policy (<c>affinity</c>), or null to leave it to the RM (static).</summary>
    public GunyahVcpuAffinity? Affinity { get; init; }

    /// <summary>The physical CPU of each vCPU (<c>affinity-map</c>), or null for 0, 1, … N-1.</summary>
    public IReadOnlyList<uint>? AffinityMap { get; init; }

    /// <summary>The vCPUs' scheduler priority (<c>sched-priority</c>, default -1).</summary>
    public int SchedPriority { get; init; } = -1;

    /// <summary>The vCPUs' timeslice (<c>sched-timeslice</c>, default 2000).</summary>
    public uint SchedTimeslice { get; init; } = 2000;

    /// <summary>Virtual devices for the RM to create; when empty the vdevices node is left out.</summary>
    public IReadOnlyList<GunyahVdevice> Vdevices { get; init; } = [];
}
