namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What the hypervisor holds at one moment; lifecycle tests check it returns to zero.</summary>
/// <param name="Vms">Live VMs.</param>
/// <param name="Objects">Live message queues, doorbells and vCPUs.</param>
/// <param name="Capabilities">Capability slots in all capability spaces, revoked ones included.</param>
/// <param name="VirqBindings">Interrupt sources bound to a VM's vIRQ.</param>
/// <param name="Mappings">Stage-2 page mappings in all address spaces.</param>
/// <param name="Extents">Live memory extents.</param>
/// <param name="Pages">Physical pages registered.</param>
/// <param name="AccessViolations">Guest memory accesses refused so far (all VMs, cumulative).</param>
public readonly record struct HypervisorCounters(
    int Vms, int Objects, int Capabilities, int VirqBindings, int Mappings, int Extents, int Pages, long AccessViolations);
