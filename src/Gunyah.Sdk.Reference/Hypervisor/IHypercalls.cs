namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// The hypercalls one VM makes, with capability ids from that VM's own capability space (fact sheet §6.2–§6.5).
/// The reference host kernel reaches the hypervisor only through this, as the Linux driver does through its
/// hypercall wrappers; every method returns the hypervisor's error code, never throws for a refused call.
/// </summary>
public interface IHypercalls
{
    /// <summary>The calling VM's VMID.</summary>
    ushort Vmid { get; }

    /// <summary>msgqueue_send (0x601B): copies <paramref name="message"/> (1..max size bytes); PUSH asserts the
    /// receiver's vIRQ at once. <paramref name="notFull"/>: room remains.</summary>
    HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull);

    /// <summary>msgqueue_receive (0x601C): the oldest message; <paramref name="notEmpty"/>: more remain.
    /// AddressOverflow when the message is larger than <paramref name="buffer"/> (it stays queued).</summary>
    HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty);

    /// <summary>msgqueue_flush (0x601D): drops every queued message.</summary>
    HypError MessageQueueFlush(ulong capId);

    /// <summary>doorbell_send (0x6012): ORs <paramref name="flags"/> in; the previous flags come back.</summary>
    HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags);

    /// <summary>doorbell_receive (0x6013): clears <paramref name="clearFlags"/> (non-zero); the previous flags come back.</summary>
    HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags);

    /// <summary>doorbell_mask (0x6015): sets the enable and ack masks.</summary>
    HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask);

    /// <summary>doorbell_reset (0x6014): clears the flags and resets the masks.</summary>
    HypError DoorbellReset(ulong capId);

    /// <summary>vcpu_run (0x6065) on a proxy-scheduled vCPU: runs it until it needs the host. resume0 is an MMIO
    /// read's value, resume1 a <see cref="VmmioResumeAction"/>.</summary>
    VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2);
}
