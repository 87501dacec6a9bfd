namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The kinds of hypervisor object a capability can name.</summary>
public enum HypObjectType
{
    /// <summary>A unidirectional message queue (§6.3).</summary>
    MessageQueue = 1,

    /// <summary>A doorbell (§6.4).</summary>
    Doorbell = 2,

    /// <summary>A vCPU, a hypervisor thread (§6.5).</summary>
    Vcpu = 3,
}
