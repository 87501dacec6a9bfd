namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What an <see cref="IVcpuEngine"/> may use while it runs a vCPU: its VM's checked guest memory and pending vIRQs.</summary>
public sealed class VcpuExecutionContext
{
    internal VcpuExecutionContext(Vcpu vcpu)
    {
        Vcpu = vcpu;
        Vm = vcpu.Owner;
    }

    /// <summary>The vCPU being run.</summary>
    public Vcpu Vcpu { get; }

    /// <summary>The VM the vCPU belongs to.</summary>
    public HypervisorVm Vm { get; }

    /// <summary>The VM's guest memory: every read, write and fetch is checked against stage 2 and ownership.</summary>
    public GuestMemoryAccessor Memory => Vm.AddressSpace.Memory;

    /// <summary>Whether any vIRQ is pending for the VM.</summary>
    public bool HasPendingVirq => Vm.HasPendingVirq;

    /// <summary>PSCI CPU_ON for a vCPU of the same VM (its MPIDR affinity): the PSCI return code.</summary>
    public long PsciCpuOn(ulong targetMpidr, ulong entry, ulong contextId) => Vm.Hypervisor.PsciCpuOn(Vcpu, targetMpidr, entry, contextId);

    /// <summary>PSCI AFFINITY_INFO for a vCPU of the same VM: 0 ON, 1 OFF, or a PSCI error code.</summary>
    public long PsciAffinityInfo(ulong targetMpidr, ulong lowestLevel) => Vm.Hypervisor.PsciAffinityInfo(Vcpu, targetMpidr, lowestLevel);

    /// <summary>Takes the lowest pending vIRQ of the VM (the engine then delivers it to the guest).</summary>
    public bool TryTakePendingVirq(out uint virq) => Vm.TryTakePendingVirq(out virq);
}
