namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The state vcpu_run reports for a proxy-scheduled vCPU (X1 of the result), fact sheet §6.5.</summary>
public enum VcpuRunState : ulong
{
    /// <summary>Timeslice over or an interrupt: call again.</summary>
    Ready = 0,

    /// <summary>WFI or suspend (data0: 0 = WFI, else the PSCI suspend state): wait for the wakeup vIRQ.</summary>
    ExpectsWakeup = 1,

    /// <summary>Powered off (data0 bit 0: the vCPU exited/terminated).</summary>
    PoweredOff = 2,

    /// <summary>Blocked in the hypervisor: yield and retry.</summary>
    Blocked = 3,

    /// <summary>A stage-2 fault on a VMMIO range, read (data0 IPA, data1 size): resume with the value in resume0.</summary>
    AddressSpaceVmmioRead = 4,

    /// <summary>A stage-2 fault on a VMMIO range, write (data0 IPA, data1 size, data2 value).</summary>
    AddressSpaceVmmioWrite = 5,

    /// <summary>The vCPU faulted unrecoverably.</summary>
    Fault = 6,

    /// <summary>A page fault for the host to resolve by demand paging (data0 IPA, data1 write flag; L24 only).</summary>
    AddressSpacePageFault = 7,

    /// <summary>PSCI SYSTEM_RESET / SYSTEM_OFF from the guest (data0 the PSCI reset type word, data1 cookie).</summary>
    PsciSystemReset = 0x100,
}
