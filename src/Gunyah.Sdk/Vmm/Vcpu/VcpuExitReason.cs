namespace Gunyah.Sdk.Vmm;

/// <summary>Why <see cref="GunyahVcpu.Run"/> returned.</summary>
public enum VcpuExitReason
{
    /// <summary>exit_reason UNKNOWN (0).</summary>
    Unknown = 0,

    /// <summary>The guest accessed an address no memory backs: read <see cref="VcpuExit.Mmio"/>.</summary>
    Mmio = 1,

    /// <summary>The VM can no longer run: read <see cref="VcpuExit.Status"/>.</summary>
    Status = 2,

    /// <summary>A fault the kernel could not resolve from guest memory: read <see cref="VcpuExit.PageFault"/>.</summary>
    PageFault = 3,

    /// <summary>RUN returned EINTR: <see cref="GunyahVcpu.Kick"/> (immediate_exit) or a signal. Not a kernel exit
    /// reason; the run page holds nothing new.</summary>
    Interrupted = -1,
}
