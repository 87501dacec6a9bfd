namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The rights a capability carries, per object type (fact sheet §6.3, §6.4, §6.7).</summary>
public static class CapabilityRights
{
    /// <summary>Generic: the right to activate the object.</summary>
    public const uint ObjectActivate = 0x8000_0000;

    /// <summary>Message queue: send.</summary>
    public const uint MessageQueueSend = 0x1;

    /// <summary>Message queue: receive (and flush).</summary>
    public const uint MessageQueueReceive = 0x2;

    /// <summary>Message queue: bind the sender's (not-full) vIRQ.</summary>
    public const uint MessageQueueBindSend = 0x4;

    /// <summary>Message queue: bind the receiver's (not-empty) vIRQ.</summary>
    public const uint MessageQueueBindReceive = 0x8;

    /// <summary>Doorbell: send (set flags).</summary>
    public const uint DoorbellSend = 0x1;

    /// <summary>Doorbell: receive, mask and reset.</summary>
    public const uint DoorbellReceive = 0x2;

    /// <summary>Doorbell: bind its vIRQ.</summary>
    public const uint DoorbellBind = 0x4;

    /// <summary>vCPU (thread): power on/off; also what <c>vcpu_run</c> needs here.</summary>
    public const uint VcpuPower = 0x1;

    /// <summary>vCPU (thread): bind its vIRQs (the proxy-scheduling wakeup).</summary>
    public const uint VcpuBindVirq = 0x20;

    /// <summary>Every right of any object type.</summary>
    public const uint All = 0xFFFF_FFFF;
}
