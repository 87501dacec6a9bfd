namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A test hook (<see cref="ReferenceHypervisor.FaultInjector"/>) consulted before every hypercall: return
/// <see cref="HypError.Ok"/> to let the call proceed, or an error to make the call fail with it having done
/// nothing (outputs zero/false). Called outside the hypervisor's lock, on the caller's thread.
/// </summary>
/// <param name="caller">The VM making the call.</param>
/// <param name="call">Which hypercall.</param>
/// <param name="capId">Its capability argument.</param>
public delegate HypError HypercallFaultInjector(HypervisorVm caller, Hypercall call, ulong capId);
