namespace Gunyah.Sdk.Vmm;

/// <summary>What the kernel does with an MMIO or page-fault exit on the next RUN (v17, android15-6.6).</summary>
public enum VcpuResumeAction : byte
{
    /// <summary>The VMM handled it (for a read, the data in the run page is the result).</summary>
    Handled = 0,

    /// <summary>Inject an abort into the guest.</summary>
    Fault = 1,

    /// <summary>Retry demand paging, then re-execute the access.</summary>
    Retry = 2,
}
