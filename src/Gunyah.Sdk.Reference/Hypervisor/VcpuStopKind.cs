namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>Why an engine stopped running a vCPU and needs the hypervisor.</summary>
public enum VcpuStopKind
{
    /// <summary>Timeslice over or an interrupt became pending: runnable again (READY).</summary>
    Yield = 0,

    /// <summary>WFI (EXPECTS_WAKEUP, sleep type 0).</summary>
    WaitForInterrupt,

    /// <summary>PSCI CPU_SUSPEND (EXPECTS_WAKEUP, sleep type = the power state in <see cref="VcpuStop.Value"/>).</summary>
    Suspend,

    /// <summary>PSCI CPU_OFF or exit (POWERED_OFF; <see cref="VcpuStop.Value"/> are the poweroff flags).</summary>
    PowerOff,

    /// <summary>Blocked in the hypervisor (BLOCKED).</summary>
    Blocked,

    /// <summary>A load from an unmapped (VMMIO) IPA: <see cref="VcpuStop.Address"/>, <see cref="VcpuStop.Size"/>.</summary>
    MmioRead,

    /// <summary>A store to an unmapped (VMMIO) IPA: address, size and the value stored.</summary>
    MmioWrite,

    /// <summary>A page fault the host may resolve by demand paging: address; <see cref="VcpuStop.Value"/> 1 for a write.</summary>
    PageFault,

    /// <summary>An unrecoverable fault (FAULT); the vCPU halts.</summary>
    Fault,

    /// <summary>PSCI SYSTEM_RESET/SYSTEM_OFF: <see cref="VcpuStop.Value"/> the reset type word,
    /// <see cref="VcpuStop.Address"/> the cookie; the vCPU halts.</summary>
    SystemReset,
}
