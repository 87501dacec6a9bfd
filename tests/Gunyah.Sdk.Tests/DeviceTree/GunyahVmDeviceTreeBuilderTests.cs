using Gunyah.Sdk.DeviceTree;

namespace Gunyah.Sdk.Tests.DeviceTree;

public class GunyahVmDeviceTreeBuilderTests
{
    [Fact]
    public void The_default_tree_has_the_sample_vms_platform_nodes_in_order()
    {
        var tree = new GunyahVmDeviceTreeBuilder().Build();

        Assert.Equal(["chosen", "memory@80000000", "cpus", "psci", "interrupt-controller@3fff0000", "timer", "gunyah-vm-config"], tree.Root.Children.Select(c => c.Name));
        Assert.Equal(["compatible", "#address-cells", "#size-cells", "interrupt-parent"], tree.Root.Properties.Select(p => p.Name));
        Assert.Equal((2, 2), (tree.Root.AddressCells, tree.Root.SizeCells));
        Assert.Equal("linux,dummy-virt", tree.Root.GetProperty("compatible")!.AsString());
        Assert.Empty(tree.MemoryReservations);
        Assert.Empty(tree.FindNode("/chosen")!.Properties);

        var memory = tree.FindNode("/memory@80000000")!;
        Assert.Equal("memory", memory.GetProperty("device_type")!.AsString());
        Assert.Equal([new DeviceTreeRegion(0x8000_0000, 0x640_0000)], memory.GetReg());

        var psci = tree.FindNode("/psci")!;
        Assert.Equal(("arm,psci-1.0", "hvc"), (psci.GetProperty("compatible")!.AsString(), psci.GetProperty("method")!.AsString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Cpus_are_armv8_psci_nodes_with_mpidr_reg_and_one_affinity_entry_each(int count)
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { VcpuCount = count }).Build();

        var cpus = tree.FindNode("/cpus")!;
        Assert.Equal((2, 0), (cpus.AddressCells, cpus.SizeCells));
        Assert.Equal(count, cpus.Children.Count);
        for (var i = 0; i < count; i++)
        {
            var cpu = cpus.Children[i];
            Assert.Equal($"cpu@{i:x}", cpu.Name);
            Assert.Equal("cpu", cpu.GetProperty("device_type")!.AsString());
            Assert.Equal("arm,armv8", cpu.GetProperty("compatible")!.AsString());
            Assert.Equal("psci", cpu.GetProperty("enable-method")!.AsString());
            Assert.Equal([0u, (uint)i], cpu.GetProperty("reg")!.AsCells());
        }

        var vcpus = tree.FindNode("/gunyah-vm-config/vcpus")!;
        Assert.Equal(Enumerable.Range(0, count).Select(i => (uint)i), vcpus.GetProperty("affinity-map")!.AsCells());
        Assert.Equal(-1, vcpus.GetProperty("sched-priority")!.AsInt32());
        Assert.Equal(2000u, vcpus.GetProperty("sched-timeslice")!.AsU32());
        Assert.Null(vcpus.GetProperty("affinity"));

        // One 128 KiB redistributor frame per vCPU, packed right below the distributor.
        var gic = tree.FindNode("/interrupt-controller")!;
        var redistributorSize = 0x2_0000ul * (ulong)count;
        Assert.Equal([new DeviceTreeRegion(0x3FFF_0000, 0x1_0000), new DeviceTreeRegion(0x3FFF_0000 - redistributorSize, redistributorSize)], gic.GetReg());
    }

    [Fact]
    public void The_gic_and_timer_follow_the_sample_and_the_root_and_vm_config_refer_to_the_gic()
    {
        var tree = new GunyahVmDeviceTreeBuilder().Build();

        var gic = tree.FindNode("/interrupt-controller@3fff0000")!;
        Assert.Equal("arm,gic-v3", gic.GetProperty("compatible")!.AsString());
        Assert.Equal(3u, gic.GetProperty("#interrupt-cells")!.AsU32());
        Assert.Equal(0, gic.GetProperty("interrupt-controller")!.Length);
        Assert.Equal(1u, gic.Phandle);
        Assert.Equal(1u, tree.Root.GetProperty("interrupt-parent")!.AsU32());
        Assert.Equal(1u, tree.FindNode("/gunyah-vm-config/interrupts")!.GetProperty("config")!.AsU32());

        var timer = tree.FindNode("/timer")!;
        Assert.Equal("arm,armv8-timer", timer.GetProperty("compatible")!.AsString());
        Assert.True(timer.HasProperty("always-on"));
        Assert.Equal([1u, 13, 0x108, 1, 14, 0x108, 1, 11, 0x108, 1, 10, 0x108], timer.GetProperty("interrupts")!.AsCells());
        Assert.Equal(19_200_000u, timer.GetProperty("clock-frequency")!.AsU32());
    }

    [Fact]
    public void The_vm_config_node_carries_the_rms_names_memory_and_scheduling()
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions
        {
            MemoryBase = 0x1_0000_0000,
            MemorySize = 0x2000_0000,
            MemorySizeMax = 0x4000_0000,
            VmType = "aarch64-guest",
            VmAttributes = ["crash-fatal", "no-reset"],
            Affinity = GunyahVcpuAffinity.Sticky,
            AffinityMap = [2],
        }).Build();

        var config = tree.FindNode("/gunyah-vm-config")!;
        Assert.Equal("gunyah-vm-config", config.GetProperty("compatible")!.AsString());
        Assert.Equal("linux_vm_0", config.GetProperty("image-name")!.AsString());
        Assert.Equal("linux", config.GetProperty("os-type")!.AsString());
        Assert.Equal("aarch64-guest", config.GetProperty("vm-type")!.AsString());
        Assert.Equal(["crash-fatal", "no-reset"], config.GetProperty("vm-attrs")!.AsStringList());
        var memory = config.GetChild("memory")!;
        Assert.Equal((2, 2), (memory.AddressCells, memory.SizeCells));
        Assert.Equal(0x1_0000_0000ul, memory.GetProperty("base-address")!.AsU64());
        Assert.Equal(0x2000_0000ul, memory.GetProperty("size-min")!.AsU64());
        Assert.Equal(0x4000_0000ul, memory.GetProperty("size-max")!.AsU64());
        var vcpus = config.GetChild("vcpus")!;
        Assert.Equal("sticky", vcpus.GetProperty("affinity")!.AsString());
        Assert.Equal([2u], vcpus.GetProperty("affinity-map")!.AsCells());
        Assert.Null(config.GetChild("vdevices"));
    }

    [Fact]
    public void A_proxy_scheduled_vm_gets_no_affinity_map_or_scheduling_values()
    {
        var vcpus = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { VcpuCount = 2, Affinity = GunyahVcpuAffinity.Proxy }).Build()
            .FindNode("/gunyah-vm-config/vcpus")!;
        Assert.Equal(["affinity"], vcpus.Properties.Select(p => p.Name));
        Assert.Equal("proxy", vcpus.GetProperty("affinity")!.AsString());
    }

    [Fact]
    public void Vdevices_appear_under_a_vdevices_node_that_asks_the_rm_to_generate_the_hypervisor_node()
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { Vdevices = BuilderOptionSets.AllVdeviceKinds() }).Build();

        var vdevices = tree.FindNode("/gunyah-vm-config/vdevices")!;
        Assert.Equal("/hypervisor", vdevices.GetProperty("generate")!.AsString());
        Assert.Equal(
            ["doorbell", "doorbell-source", "message-queue", "message-queue", "message-queue-pair", "rm-rpc"],
            vdevices.Children.Select(c => c.GetProperty("vdevice-type")!.AsString()));
        var bell = vdevices.GetChild("bell-1")!;
        Assert.Equal(["vdevice-type", "generate", "qcom,label", "peer-default", "source-can-clear", "interrupts"], bell.Properties.Select(p => p.Name));
        Assert.Equal([0u, 1, GicInterrupt.EdgeRising], bell.GetProperty("interrupts")!.AsCells());
        Assert.Equal("vm-peer", vdevices.GetChild("bell-src")!.GetProperty("peer")!.AsString());
        Assert.True(vdevices.GetChild("msgq-tx")!.HasProperty("is-sender"));
        Assert.True(vdevices.GetChild("msgq-rx")!.HasProperty("is-receiver"));
        var pair = vdevices.GetChild("msgq-pair")!;
        Assert.Equal([0u, 5, 1, 0, 6, 1], pair.GetProperty("interrupts")!.AsCells());
        Assert.Equal(["test,pair", "test,queue"], pair.GetProperty("push-compatible")!.AsStringList());
        var rpc = vdevices.GetChild("rm-rpc")!;
        Assert.True(rpc.HasProperty("console-dev"));
        Assert.Equal((240u, 8u), (rpc.GetProperty("message-size")!.AsU32(), rpc.GetProperty("queue-depth")!.AsU32()));
    }

    [Fact]
    public void A_pl011_console_gets_its_clock_alias_and_stdout_path()
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions
        {
            Console = new GunyahPl011Console { BaseAddress = 0x1c09_0000, Interrupt = GicInterrupt.Spi(5, GicInterrupt.LevelHigh), StdoutOptions = "115200n8" },
            BootArgs = "earlycon",
        }).Build();

        var uart = tree.FindNode("/pl011@1c090000")!;
        Assert.Equal(["arm,pl011", "arm,primecell"], uart.GetProperty("compatible")!.AsStringList());
        Assert.Equal([new DeviceTreeRegion(0x1c09_0000, 0x1000)], uart.GetReg());
        Assert.Equal([0u, 5, 4], uart.GetProperty("interrupts")!.AsCells());
        var clock = tree.FindNode("/apb-pclk")!;
        Assert.Equal("fixed-clock", clock.GetProperty("compatible")!.AsString());
        Assert.Equal(24_000_000u, clock.GetProperty("clock-frequency")!.AsU32());
        Assert.Equal([clock.Phandle!.Value, clock.Phandle!.Value], uart.GetProperty("clocks")!.AsCells());
        Assert.Equal(["uartclk", "apb_pclk"], uart.GetProperty("clock-names")!.AsStringList());
        Assert.Same(uart, tree.FindNode("serial0"));
        var chosen = tree.GetOrAddChosen();
        Assert.Equal("/pl011@1c090000:115200n8", chosen.StdoutPath);
        Assert.Equal("earlycon", chosen.BootArgs);
    }

    [Fact]
    public void Idle_states_are_referenced_by_every_cpu()
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { VcpuCount = 3, CpuIdleState = new GunyahCpuIdleState { PsciSuspendParam = 0x4000_0002 } }).Build();

        var state = tree.FindNode("/cpus/idle-states/cpu-sleep-0")!;
        Assert.Equal("psci", state.Parent!.GetProperty("entry-method")!.AsString());
        Assert.Equal("arm,idle-state", state.GetProperty("compatible")!.AsString());
        Assert.Equal(0x4000_0002u, state.GetProperty("arm,psci-suspend-param")!.AsU32());
        Assert.All(tree.FindNode("/cpus")!.Children.Where(c => c.BaseName == "cpu"), cpu => Assert.Equal(state.Phandle, cpu.GetProperty("cpu-idle-states")!.AsU32()));
    }

    [Fact]
    public void Initrd_and_reservations_are_passed_through()
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions
        {
            Initrd = new DeviceTreeRegion(0x8460_0000, 0x20_0000),
            MemoryReservations = [new MemoryReservation(0x8000_0000, 0x1000)],
        }).Build();

        Assert.True(tree.GetOrAddChosen().TryGetInitrd(out var start, out var end));
        Assert.Equal((0x8460_0000ul, 0x8480_0000ul), (start, end));
        Assert.Equal(8, tree.FindNode("/chosen")!.GetProperty("linux,initrd-start")!.Length);
        Assert.Equal([new MemoryReservation(0x8000_0000, 0x1000)], tree.MemoryReservations);
    }

    [Theory]
    [InlineData(GunyahMemoryNodeStyle.Plain, "memory")]
    [InlineData(GunyahMemoryNodeStyle.None, null)]
    public void The_memory_node_style_selects_the_name_or_leaves_the_node_out(GunyahMemoryNodeStyle style, string? name)
    {
        var tree = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryNode = style }).Build();
        var memories = tree.Root.Children.Where(c => c.GetProperty("device_type")?.AsString() == "memory").Select(c => c.Name).ToList();
        Assert.Equal(name is null ? [] : [name], memories);
    }

    public static TheoryData<string, GunyahVmDeviceTreeOptions> InvalidOptions => new()
    {
        { "no vCPUs", new() { VcpuCount = 0 } },
        { "too many vCPUs", new() { VcpuCount = GunyahVmDeviceTreeOptions.MaxVcpus + 1 } },
        { "empty RAM", new() { MemorySize = 0 } },
        { "unaligned RAM base", new() { MemoryBase = 0x8000_0800 } },
        { "unaligned RAM size", new() { MemorySize = 0x1800 } },
        { "RAM wrapping around", new() { MemoryBase = 0xFFFF_FFFF_FFFF_F000, MemorySize = 0x2000 } },
        { "short affinity map", new() { VcpuCount = 2, AffinityMap = [0] } },
        { "no room for redistributors", new() { GicDistributorBase = 0x1_0000, VcpuCount = 2 } },
        { "two vdevices with one name", new() { Vdevices = [new GunyahDoorbellVdevice("b"), new GunyahDoorbellVdevice("b")] } },
        { "doorbell source with an interrupt", new() { Vdevices = [new GunyahDoorbellVdevice("b") { IsSource = true, Interrupt = GicInterrupt.Spi(1) }] } },
        { "queue pair with one interrupt", new() { Vdevices = [new GunyahMessageQueuePairVdevice("q") { TxInterrupt = GicInterrupt.Spi(1) }] } },
        { "queue depth 256", new() { Vdevices = [new GunyahMessageQueueVdevice("q") { QueueDepth = 256 }] } },
        { "message size 0", new() { Vdevices = [new GunyahRmRpcVdevice("r") { MessageSize = 0 }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Inconsistent_options_are_refused_with_an_argument_exception(string problem, GunyahVmDeviceTreeOptions options)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new GunyahVmDeviceTreeBuilder(options).Build());
        Assert.False(string.IsNullOrEmpty(error.Message), problem);
    }

    [Fact]
    public void Interrupt_numbers_outside_their_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GicInterrupt.Spi(988));
        Assert.Throws<ArgumentOutOfRangeException>(() => GicInterrupt.Ppi(16, 0));
        Assert.Equal(GicInterruptType.Ppi, GicInterrupt.Ppi(15, GicInterrupt.LevelLow).Type);
    }

    [Theory]
    [MemberData(nameof(BuilderOptionSets.Names), MemberType = typeof(BuilderOptionSets))]
    public void Every_builder_tree_round_trips_through_the_writer_and_reader(string optionSet)
    {
        var tree = BuilderOptionSets.Build(optionSet);
        var blob = tree.ToArray();
        TreeAssert.Equal(tree, DeviceTreeDocument.Parse(blob));
        Assert.Equal(blob, DeviceTreeDocument.Parse(blob).ToArray());
    }
}
