namespace Gunyah.Sdk.Reference.Engine;

/// <summary>The PSCI calls about other vCPUs, which the hypervisor answers (Arm DEN0022 return codes).</summary>
public interface IPsciCpuControl
{
    /// <summary>CPU_ON: powers on the vCPU with affinity <paramref name="targetMpidr"/> at <paramref name="entry"/>
    /// with X0 = <paramref name="contextId"/>.</summary>
    long CpuOn(ulong targetMpidr, ulong entry, ulong contextId);

    /// <summary>AFFINITY_INFO: 0 ON, 1 OFF, 2 ON_PENDING, or an error code.</summary>
    long AffinityInfo(ulong targetMpidr, ulong lowestLevel);
}
