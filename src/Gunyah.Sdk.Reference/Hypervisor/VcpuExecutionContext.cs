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

    /// <summary>Takes the lowest pending vIRQ of the VM (the engine then delivers it to the guest).</summary>
    public bool TryTakePendingVirq(out uint virq) => Vm.TryTakePendingVirq(out virq);
}
