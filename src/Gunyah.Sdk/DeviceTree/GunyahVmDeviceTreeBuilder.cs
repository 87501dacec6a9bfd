namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Builds the devicetree a VMM hands to Gunyah for a Linux guest, shaped like the kernel's sample_vm.dts: the
/// platform (root, /chosen, RAM, CPUs, PSCI, GICv3, architected timer, optional PL011) and the Resource Manager's
/// <c>gunyah-vm-config</c> node (image name, OS type, memory, vCPU scheduling, virtual devices). The tree comes
/// back with phandles assigned, ready to serialize or to adjust further.
/// </summary>
/// <param name="options">What to build; null for the defaults.</param>
public sealed class GunyahVmDeviceTreeBuilder(GunyahVmDeviceTreeOptions? options = null)
{
    private const ulong PageSize = 0x1000;

    /// <summary>The options the builder uses.</summary>
    public GunyahVmDeviceTreeOptions Options { get; } = options ?? new GunyahVmDeviceTreeOptions();

    /// <summary>Builds a new tree.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent (sizes, alignment, counts, vdevices).</exception>
    public DeviceTreeDocument Build()
    {
        var o = Options;
        var redistributorBase = Validate(o);
        var tree = new DeviceTreeDocument();
        foreach (var reservation in o.MemoryReservations)
            tree.MemoryReservations.Add(reservation);

        var root = tree.Root.SetString("compatible", o.RootCompatible);
        if (o.Model is not null)
            root.SetString("model", o.Model);
        // The GIC is created first so that the root's interrupt-parent can refer to it; it is attached later, in place.
        var gic = new DeviceTreeNode($"interrupt-controller@{o.GicDistributorBase:x}");
        root.SetCellSizes(2, 2).SetReference("interrupt-parent", gic);

        var chosen = tree.GetOrAddChosen();
        if (o.BootArgs is not null)
            chosen.BootArgs = o.BootArgs;
        if (o.Initrd is { } initrd)
            chosen.SetInitrd(initrd.Address, initrd.Address + initrd.Size);
        if (o.Console is not null)
            root.AddChild("aliases");

        AddMemory(root, o);
        AddCpus(root, o);
        root.AddChild("psci").SetString("compatible", "arm,psci-1.0").SetString("method", "hvc");
        AddGic(root, gic, o, redistributorBase);
        AddTimer(root, o);
        if (o.Console is { } console)
        {
            var uart = console.AddTo(root);
            root.GetChild("aliases")!.SetString("serial0", uart.Path);
            if (console.IsStdout)
                chosen.SetStdout(uart, console.StdoutOptions);
        }

        AddVmConfig(root, gic, o);
        tree.AssignPhandles();
        return tree;
    }

    private static void AddMemory(DeviceTreeNode root, GunyahVmDeviceTreeOptions o)
    {
        if (o.MemoryNode == GunyahMemoryNodeStyle.None)
            return;
        var name = o.MemoryNode == GunyahMemoryNodeStyle.Plain ? "memory" : $"memory@{o.MemoryBase:x}";
        root.AddChild(name).SetString("device_type", "memory").SetReg(new DeviceTreeRegion(o.MemoryBase, o.MemorySize));
    }

    private static void AddCpus(DeviceTreeNode root, GunyahVmDeviceTreeOptions o)
    {
        // Two address cells and no size, as in the sample: reg is the MPIDR affinity, vCPU i at Aff0 = i.
        var cpus = root.AddChild("cpus").SetCellSizes(2, 0);
        var cpuNodes = new DeviceTreeNode[o.VcpuCount];
        for (var i = 0; i < o.VcpuCount; i++)
        {
            cpuNodes[i] = cpus.AddChild($"cpu@{i:x}")
                .SetString("device_type", "cpu")
                .SetString("compatible", "arm,armv8")
                .SetReg(new DeviceTreeRegion((ulong)i, 0))
                .SetString("enable-method", "psci");
        }

        if (o.CpuIdleState is null)
            return;
        var idleState = o.CpuIdleState.AddTo(cpus);
        foreach (var cpu in cpuNodes)
            cpu.SetReference("cpu-idle-states", idleState);
    }

    private static void AddGic(DeviceTreeNode root, DeviceTreeNode gic, GunyahVmDeviceTreeOptions o, ulong redistributorBase)
    {
        root.AddChild(gic)
            .SetString("compatible", "arm,gic-v3")
            .SetU32("#interrupt-cells", 3)
            .SetCellSizes(2, 2)
            .SetEmpty("interrupt-controller")
            .SetReg(
                new DeviceTreeRegion(o.GicDistributorBase, GunyahVmDeviceTreeOptions.DistributorSize),
                new DeviceTreeRegion(redistributorBase, GunyahVmDeviceTreeOptions.RedistributorStride * (ulong)o.VcpuCount));
    }

    private static void AddTimer(DeviceTreeNode root, GunyahVmDeviceTreeOptions o)
    {
        // The four PPIs of the arm,armv8-timer binding in its order: secure, non-secure, virtual, hypervisor
        // physical (INTIDs 29, 30, 27, 26), active-low level, with the sample's flags cell 0x108.
        const uint Flags = 0x108;
        var timer = root.AddChild("timer").SetString("compatible", "arm,armv8-timer").SetEmpty("always-on");
        GicInterrupt.SetInterrupts(timer, GicInterrupt.Ppi(13, Flags), GicInterrupt.Ppi(14, Flags), GicInterrupt.Ppi(11, Flags), GicInterrupt.Ppi(10, Flags));
        if (o.TimerClockFrequency is { } frequency)
            timer.SetU32("clock-frequency", frequency);
    }

    private static void AddVmConfig(DeviceTreeNode root, DeviceTreeNode gic, GunyahVmDeviceTreeOptions o)
    {
        var config = root.AddChild("gunyah-vm-config")
            .SetString("compatible", "gunyah-vm-config")
            .SetString("image-name", o.ImageName);
        if (o.OsType is not null)
            config.SetString("os-type", o.OsType);
        if (o.VmType is not null)
            config.SetString("vm-type", o.VmType);
        if (o.VmAttributes.Count > 0)
            config.SetStringList("vm-attrs", [.. o.VmAttributes]);

        var memory = config.AddChild("memory").SetCellSizes(2, 2)
            .SetU64("base-address", o.MemoryBase)
            .SetU64("size-min", o.MemorySize);
        if (o.MemorySizeMax is { } sizeMax)
            memory.SetU64("size-max", sizeMax);

        config.AddChild("interrupts").SetReference("config", gic);

        var vcpus = config.AddChild("vcpus");
        if (o.Affinity is { } affinity)
            vcpus.SetString("affinity", AffinityName(affinity));
        // A proxy-scheduled VM's vCPUs run on host threads; the RM reads no map or scheduling values for it.
        if (o.Affinity != GunyahVcpuAffinity.Proxy)
        {
            var map = o.AffinityMap?.ToArray() ?? Enumerable.Range(0, o.VcpuCount).Select(i => (uint)i).ToArray();
            vcpus.SetCells("affinity-map", map)
                .SetInt32("sched-priority", o.SchedPriority)
                .SetU32("sched-timeslice", o.SchedTimeslice);
        }

        if (o.Vdevices.Count == 0)
            return;
        var vdevices = config.AddChild("vdevices").SetString("generate", "/hypervisor");
        foreach (var vdevice in o.Vdevices)
            vdevice.AddTo(vdevices);
    }

    private static string AffinityName(GunyahVcpuAffinity affinity) => affinity switch
    {
        GunyahVcpuAffinity.Static => "static",
        GunyahVcpuAffinity.Sticky => "sticky",
        GunyahVcpuAffinity.Pinned => "pinned",
        GunyahVcpuAffinity.Proxy => "proxy",
        _ => throw new ArgumentOutOfRangeException(nameof(affinity), affinity, "Unknown affinity."),
    };

    /// <summary>Checks the options; returns the redistributor base.</summary>
    private static ulong Validate(GunyahVmDeviceTreeOptions o)
    {
        if (o.VcpuCount is < 1 or > GunyahVmDeviceTreeOptions.MaxVcpus)
            throw new ArgumentOutOfRangeException(nameof(o.VcpuCount), o.VcpuCount, $"1 to {GunyahVmDeviceTreeOptions.MaxVcpus} vCPUs.");
        if (o.MemorySize == 0 || o.MemoryBase % PageSize != 0 || o.MemorySize % PageSize != 0)
            throw new ArgumentException("Guest RAM must be non-empty and 4 KiB aligned (the RM rejects unaligned base-address and size-min).");
        if (o.MemoryBase + o.MemorySize < o.MemoryBase)
            throw new ArgumentException("Guest RAM wraps around the address space.");
        if (o.AffinityMap is { } map && map.Count != o.VcpuCount)
            throw new ArgumentException($"The affinity map has {map.Count} entries for {o.VcpuCount} vCPUs (the RM requires one per vCPU).");
        if (o.Initrd is { } initrd && initrd.Address + initrd.Size < initrd.Address)
            throw new ArgumentException("The initrd wraps around the address space.");
        ArgumentNullException.ThrowIfNull(o.RootCompatible);
        ArgumentNullException.ThrowIfNull(o.ImageName);

        var redistributorSize = GunyahVmDeviceTreeOptions.RedistributorStride * (ulong)o.VcpuCount;
        if (o.GicRedistributorBase is { } explicitBase)
            return explicitBase;
        if (o.GicDistributorBase < redistributorSize)
            throw new ArgumentException($"No room below the distributor at 0x{o.GicDistributorBase:x} for {o.VcpuCount} redistributors; set GicRedistributorBase.");
        return o.GicDistributorBase - redistributorSize;
    }
}
