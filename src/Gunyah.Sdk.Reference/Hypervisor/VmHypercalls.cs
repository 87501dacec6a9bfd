namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>The hypercalls of one VM: each looks its cap id up in that VM's capability space, under the hypervisor's lock.</summary>
internal sealed class VmHypercalls(HypervisorVm vm) : IHypercalls
{
    private ReferenceHypervisor Hypervisor => vm.Hypervisor;

    public ushort Vmid => vm.Vmid;

    public HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            notFull = false;
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueSend, out var queue);
            if (error == HypError.Ok)
                error = queue!.SendLocked(message, push, out notFull, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            size = 0;
            notEmpty = false;
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueReceive, out var queue);
            if (error == HypError.Ok)
                error = queue!.ReceiveLocked(buffer, out size, out notEmpty, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError MessageQueueFlush(ulong capId)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueReceive, out var queue);
            if (error == HypError.Ok)
                queue!.FlushLocked(ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            previousFlags = 0;
            error = Hypervisor.LookupLocked<Doorbell>(vm, capId, HypObjectType.Doorbell, CapabilityRights.DoorbellSend, out var doorbell);
            if (error == HypError.Ok)
                error = doorbell!.SendLocked(flags, out previousFlags, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            previousFlags = 0;
            error = Hypervisor.LookupLocked<Doorbell>(vm, capId, HypObjectType.Doorbell, CapabilityRights.DoorbellReceive, out var doorbell);
            if (error == HypError.Ok)
                error = doorbell!.ReceiveLocked(clearFlags, out previousFlags, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask) =>
        OnDoorbell(capId, (doorbell, ref batch) => doorbell.MaskLocked(enableMask, ackMask, ref batch));

    public HypError DoorbellReset(ulong capId) =>
        OnDoorbell(capId, static (doorbell, ref batch) => doorbell.ResetLocked(ref batch));

    public VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2) =>
        Hypervisor.VcpuRun(vm, capId, resume0, resume1, resume2);

    private delegate HypError DoorbellOperation(Doorbell doorbell, ref VirqBatch batch);

    private HypError OnDoorbell(ulong capId, DoorbellOperation operation)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<Doorbell>(vm, capId, HypObjectType.Doorbell, CapabilityRights.DoorbellReceive, out var doorbell);
            if (error == HypError.Ok)
                error = operation(doorbell!, ref batch);
        }

        batch.Deliver();
        return error;
    }
}
