using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// The guest's hypercalls as its engine makes them: each ends lock-free fetching first (a hypercall may wait for the
/// hypervisor's lock, and a memory change holding it may be waiting for this engine), then goes to the VM's own
/// <see cref="IHypercalls"/>. One per engine; <see cref="Target"/> is set for each run.
/// </summary>
internal sealed class QuiescingHypercalls(AccessorGuestBus bus) : IHypercalls
{
    public IHypercalls? Target { get; set; }

    public ushort Vmid => Target!.Vmid;

    public HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull)
    {
        bus.Quiesce();
        return Target!.MessageQueueSend(capId, message, push, out notFull);
    }

    public HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty)
    {
        bus.Quiesce();
        return Target!.MessageQueueReceive(capId, buffer, out size, out notEmpty);
    }

    public HypError MessageQueueFlush(ulong capId)
    {
        bus.Quiesce();
        return Target!.MessageQueueFlush(capId);
    }

    public HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags)
    {
        bus.Quiesce();
        return Target!.DoorbellSend(capId, flags, out previousFlags);
    }

    public HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags)
    {
        bus.Quiesce();
        return Target!.DoorbellReceive(capId, clearFlags, out previousFlags);
    }

    public HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask)
    {
        bus.Quiesce();
        return Target!.DoorbellMask(capId, enableMask, ackMask);
    }

    public HypError DoorbellReset(ulong capId)
    {
        bus.Quiesce();
        return Target!.DoorbellReset(capId);
    }

    // A guest has no vCPU capabilities of its own to run (the hypervisor would refuse); kept exact anyway.
    public VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2)
    {
        bus.Quiesce();
        return Target!.VcpuRun(capId, resume0, resume1, resume2);
    }
}
