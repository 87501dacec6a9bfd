namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A PSCI CPU idle state (<c>/cpus/idle-states/…</c>, compatible <c>arm,idle-state</c>) that every vCPU refers
/// to through <c>cpu-idle-states</c>. The Resource Manager (12/2023) requires one on every CPU of a VM that has a
/// PSCI node unless its vCPUs are proxy-scheduled. The latency defaults are placeholders, not measurements.
/// </summary>
public sealed class GunyahCpuIdleState
{
    /// <summary>The state's node name (default "cpu-sleep-0").</summary>
    public string NodeName { get; init; } = "cpu-sleep-0";

    /// <summary>The power_state argument of PSCI CPU_SUSPEND (default 0x10000: a power-down state).</summary>
    public uint PsciSuspendParam { get; init; } = 0x0001_0000;

    /// <summary>Worst-case entry latency in microseconds.</summary>
    public uint EntryLatencyUs { get; init; } = 40;

    /// <summary>Worst-case exit latency in microseconds.</summary>
    public uint ExitLatencyUs { get; init; } = 100;

    /// <summary>Minimum residency in microseconds for the state to pay off.</summary>
    public uint MinResidencyUs { get; init; } = 150;

    /// <summary>Adds <c>idle-states</c> with this state under <paramref name="cpus"/>; returns the state node.</summary>
    internal DeviceTreeNode AddTo(DeviceTreeNode cpus)
    {
        var states = cpus.AddChild("idle-states").SetString("entry-method", "psci");
        return states.AddChild(NodeName)
            .SetString("compatible", "arm,idle-state")
            .SetU32("arm,psci-suspend-param", PsciSuspendParam)
            .SetU32("entry-latency-us", EntryLatencyUs)
            .SetU32("exit-latency-us", ExitLatencyUs)
            .SetU32("min-residency-us", MinResidencyUs);
    }
}
