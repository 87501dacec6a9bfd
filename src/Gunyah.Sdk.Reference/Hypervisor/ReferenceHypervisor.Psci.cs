namespace Gunyah.Sdk.Reference.Hypervisor;

// The PSCI calls one vCPU makes about another (Arm DEN0022 CPU_ON, AFFINITY_INFO), answered by the hypervisor as
// Gunyah does: the target is a vCPU of the caller's own VM named by its MPIDR affinity.
public sealed partial class ReferenceHypervisor
{
    /// <summary>PSCI return codes used here.</summary>
    internal const long PsciSuccess = 0, PsciInvalidParameters = -2, PsciAlreadyOn = -4;

    /// <summary>
    /// CPU_ON from <paramref name="caller"/>: powers on the vCPU of its VM whose affinity is
    /// <paramref name="targetMpidr"/> at <paramref name="entry"/> with X0 = <paramref name="contextId"/> (its host
    /// thread, waiting in vcpu_run on the wakeup vIRQ, runs it). INVALID_PARAMETERS when no vCPU has that affinity,
    /// ALREADY_ON unless it is powered off.
    /// </summary>
    internal long PsciCpuOn(Vcpu caller, ulong targetMpidr, ulong entry, ulong contextId)
    {
        Vcpu? target;
        lock (Sync)
        {
            target = FindByAffinityLocked(caller.Owner, targetMpidr);
            if (target is null)
                return PsciInvalidParameters;
            if (target.StateLocked != VcpuState.PoweredOff)
                return PsciAlreadyOn;
        }

        // Another CPU_ON may win the race between the check and the power-on: that one answers ALREADY_ON.
        return VcpuPowerOn(target, entry, contextId) == HypError.Ok ? PsciSuccess : PsciAlreadyOn;
    }

    /// <summary>AFFINITY_INFO at level 0: 0 ON, 1 OFF (powered off or halted); INVALID_PARAMETERS for a higher
    /// level or an affinity no vCPU of the VM has.</summary>
    internal long PsciAffinityInfo(Vcpu caller, ulong targetMpidr, ulong lowestLevel)
    {
        if (lowestLevel != 0)
            return PsciInvalidParameters;
        lock (Sync)
        {
            return FindByAffinityLocked(caller.Owner, targetMpidr) switch
            {
                null => PsciInvalidParameters,
                { StateLocked: VcpuState.PoweredOff or VcpuState.Halted } => 1,
                _ => 0,
            };
        }
    }

    // The affinity fields (Aff3 39:32, Aff2 23:16, Aff1 15:8, Aff0 7:0) name a vCPU by its index as MPIDR_EL1
    // reports it (Aff1:Aff0); Aff2, Aff3 and every non-affinity bit must be zero.
    private static Vcpu? FindByAffinityLocked(HypervisorVm vm, ulong mpidr)
    {
        if ((mpidr & ~0xFFFFUL) != 0)
            return null;
        var index = (int)mpidr;
        foreach (var vcpu in vm.Vcpus)
        {
            if (!vcpu.Destroyed && vcpu.AffinityIndex == index)
                return vcpu;
        }

        return null;
    }
}
