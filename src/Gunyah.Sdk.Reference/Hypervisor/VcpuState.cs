namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The hypervisor's view of a vCPU (the scheduler state behind vcpu_run's results).</summary>
public enum VcpuState
{
    /// <summary>Not powered on, or powered off again (PSCI CPU_OFF).</summary>
    PoweredOff = 0,

    /// <summary>Runnable: the next vcpu_run runs it.</summary>
    Ready = 1,

    /// <summary>Inside a vcpu_run, its engine executing.</summary>
    Running = 2,

    /// <summary>Waiting for an interrupt (WFI or PSCI suspend); a vIRQ raised into its VM makes it ready.</summary>
    ExpectsWakeup = 3,

    /// <summary>Blocked in the hypervisor; the next vcpu_run retries.</summary>
    Blocked = 4,

    /// <summary>Stopped for good: an unrecoverable fault, a system reset/off, or its VM was destroyed.</summary>
    Halted = 5,
}
