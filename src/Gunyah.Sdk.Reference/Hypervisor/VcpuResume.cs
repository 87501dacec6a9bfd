namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// What the host's vcpu_run hands an engine when it resumes after a VMMIO stop: for a read, the value loaded
/// (resume0); for either, the <see cref="VmmioResumeAction"/> (resume1). <see cref="Pending"/> is
/// <see cref="VcpuStopKind.Yield"/> when the last stop was not MMIO (the resume words are then ignored).
/// </summary>
/// <param name="Pending">The MMIO stop being resumed (<see cref="VcpuStopKind.MmioRead"/> or <see cref="VcpuStopKind.MmioWrite"/>), else Yield.</param>
/// <param name="ReadValue">The value an MMIO read loads.</param>
/// <param name="Action">Emulated (continue), retry the access, or inject a fault.</param>
public readonly record struct VcpuResume(VcpuStopKind Pending, ulong ReadValue = 0, VmmioResumeAction Action = VmmioResumeAction.Emulate)
{
    /// <summary>True when this resumes an MMIO stop.</summary>
    public bool IsMmio => Pending is VcpuStopKind.MmioRead or VcpuStopKind.MmioWrite;
}
