namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The hypercalls <see cref="IHypercalls"/> makes, by their hvc call numbers (fact sheet §6.2).</summary>
public enum Hypercall : ushort
{
    /// <summary>doorbell_send.</summary>
    DoorbellSend = 0x6012,

    /// <summary>doorbell_receive.</summary>
    DoorbellReceive = 0x6013,

    /// <summary>doorbell_reset.</summary>
    DoorbellReset = 0x6014,

    /// <summary>doorbell_mask.</summary>
    DoorbellMask = 0x6015,

    /// <summary>msgqueue_send.</summary>
    MessageQueueSend = 0x601B,

    /// <summary>msgqueue_receive.</summary>
    MessageQueueReceive = 0x601C,

    /// <summary>msgqueue_flush.</summary>
    MessageQueueFlush = 0x601D,

    /// <summary>vcpu_run.</summary>
    VcpuRun = 0x6065,
}
