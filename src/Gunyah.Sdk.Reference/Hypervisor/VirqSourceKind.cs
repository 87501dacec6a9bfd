namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>Which interrupt source of an object a vIRQ is bound to.</summary>
public enum VirqSourceKind
{
    /// <summary>A message queue's sender side: "not full" (count fell to the not-full threshold).</summary>
    MessageQueueSend = 0,

    /// <summary>A message queue's receiver side: "not empty" (count reached the threshold, or PUSH).</summary>
    MessageQueueReceive = 1,

    /// <summary>A doorbell's receiver: enabled flags were set.</summary>
    Doorbell = 2,

    /// <summary>A vCPU's proxy-scheduling wakeup (VCPU_RUN_WAKEUP): it can be run again.</summary>
    VcpuWakeup = 3,

    /// <summary>A vCPU halted (a fault, a PSCI system reset/off, or a power-off that ends it): the RM binds this
    /// and asks vcpu_run_check how it stopped, to build the VM's exit notification.</summary>
    VcpuHalt = 4,
}
