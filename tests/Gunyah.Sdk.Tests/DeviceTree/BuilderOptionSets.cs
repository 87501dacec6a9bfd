using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>The builder configurations the tests run through: vCPU counts, console, vdevices, memory styles.</summary>
internal static class BuilderOptionSets
{
    public static GunyahVdevice[] AllVdeviceKinds() =>
    [
        new GunyahDoorbellVdevice("bell-1") { Label = 1, Interrupt = GicInterrupt.Spi(1), Generate = "/hypervisor/bell-1", SourceCanClear = true },
        new GunyahDoorbellVdevice("bell-src") { Label = 2, IsSource = true, Peer = "vm-peer" },
        new GunyahMessageQueueVdevice("msgq-tx") { Label = 3, IsSender = true, MessageSize = 240, QueueDepth = 8 },
        new GunyahMessageQueueVdevice("msgq-rx") { Label = 4, Interrupt = GicInterrupt.Spi(4, GicInterrupt.LevelHigh) },
        new GunyahMessageQueuePairVdevice("msgq-pair") { Label = 5, TxInterrupt = GicInterrupt.Spi(5), RxInterrupt = GicInterrupt.Spi(6), PushCompatible = ["test,pair", "test,queue"] },
        new GunyahRmRpcVdevice("rm-rpc") { IsConsole = true, QueueDepth = 8, MessageSize = 240 },
    ];

    public static readonly IReadOnlyDictionary<string, GunyahVmDeviceTreeOptions> All = new Dictionary<string, GunyahVmDeviceTreeOptions>
    {
        ["default"] = new(),
        ["4 vCPUs"] = new() { VcpuCount = 4 },
        ["8 vCPUs with console"] = new() { VcpuCount = 8, Console = new GunyahPl011Console { StdoutOptions = "115200n8" } },
        ["1 vCPU with vdevices"] = new() { Vdevices = AllVdeviceKinds() },
        ["4 vCPUs, console, vdevices, idle states, initrd"] = new()
        {
            VcpuCount = 4,
            BootArgs = "console=ttyAMA0 earlycon",
            Initrd = new DeviceTreeRegion(0x8460_0000, 0x10_0000),
            Console = new GunyahPl011Console(),
            CpuIdleState = new GunyahCpuIdleState(),
            Vdevices = AllVdeviceKinds(),
            MemoryReservations = [new MemoryReservation(0x8000_0000, 0x1000), new MemoryReservation(0x845F_0000, 0x1_0000)],
        },
        ["8 vCPUs proxy-scheduled, custom layout"] = new()
        {
            VcpuCount = 8,
            MemoryBase = 0x1_0000_0000,
            MemorySize = 0x4000_0000,
            MemorySizeMax = 0x8000_0000,
            GicDistributorBase = 0x0800_0000,
            GicRedistributorBase = 0x080A_0000,
            Affinity = GunyahVcpuAffinity.Proxy,
            Model = "Gunyah test VM",
            VmType = "aarch64-guest",
            VmAttributes = ["crash-fatal", "context-dump"],
            TimerClockFrequency = null,
            ImageName = "custom",
        },
        ["plain /memory"] = new() { MemoryNode = GunyahMemoryNodeStyle.Plain, Affinity = GunyahVcpuAffinity.Pinned, AffinityMap = [3] },
        ["no memory node, no os-type"] = new() { MemoryNode = GunyahMemoryNodeStyle.None, OsType = null, SchedPriority = 5, SchedTimeslice = 1000 },
    };

    public static TheoryData<string> Names => new(All.Keys);

    public static DeviceTreeDocument Build(string name) => new GunyahVmDeviceTreeBuilder(All[name]).Build();
}
