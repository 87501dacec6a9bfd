namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// Where the hypervisor delivers a VM's virtual interrupts: for the host VM, its kernel's interrupt handlers
/// (message queue not-empty/not-full, vCPU wakeup); for a guest, its vCPUs' pending interrupts.
/// Called from whichever thread caused the interrupt; implementations must not block.
/// </summary>
public interface IVirqSink
{
    /// <summary>vIRQ <paramref name="virq"/> of the VM was asserted.</summary>
    void Assert(uint virq);

    /// <summary>A level vIRQ was deasserted.</summary>
    void Deassert(uint virq);
}
