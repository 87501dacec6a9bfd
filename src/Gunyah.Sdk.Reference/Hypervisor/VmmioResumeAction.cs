namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What the host asks after a VMMIO exit (vcpu_run resume1 in L24): emulated, retry, or inject a fault.</summary>
public enum VmmioResumeAction : ulong
{
    /// <summary>The host emulated the access (for a read, with the value it supplies).</summary>
    Emulate = 0,
    /// <summary>Run the faulting access again (the host changed the mapping).</summary>
    Retry = 1,
    /// <summary>Inject a fault into the guest.</summary>
    Fault = 2,
}
