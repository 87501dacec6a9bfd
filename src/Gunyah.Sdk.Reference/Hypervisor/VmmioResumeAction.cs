namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>What the host asks after a VMMIO exit (vcpu_run resume1 in L24): emulated, retry, or inject a fault.</summary>
public enum VmmioResumeAction : ulong
{
    Emulate = 0,
    Retry = 1,
    Fault = 2,
}
