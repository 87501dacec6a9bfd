namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// The hypercalls of one VM: each asks the fault injector, looks its cap id up in that VM's capability space and
/// acts under the hypervisor's lock, then delivers the vIRQs it caused.
/// </summary>
internal sealed class VmHypercalls(HypervisorVm vm) : IHypercalls
{
    private delegate HypError DoorbellOperation(Doorbell doorbell, ulong a, ulong b, out ulong previous, ref VirqBatch batch);

    private ReferenceHypervisor Hypervisor => vm.Hypervisor;

    public ushort Vmid => vm.Vmid;

    public HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull)
    {
        notFull = false;
        var error = Hypervisor.Injected(vm, Hypercall.MessageQueueSend, capId);
        if (error != HypError.Ok)
            return error;
        var batch = new VirqBatch();
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueSend, out var queue);
            if (error == HypError.Ok)
                error = queue!.SendLocked(message, push, out notFull, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty)
    {
        size = 0;
        notEmpty = false;
        var error = Hypervisor.Injected(vm, Hypercall.MessageQueueReceive, capId);
        if (error != HypError.Ok)
            return error;
        var batch = new VirqBatch();
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueReceive, out var queue);
            if (error == HypError.Ok)
                error = queue!.ReceiveLocked(buffer, out size, out notEmpty, ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError MessageQueueFlush(ulong capId)
    {
        var error = Hypervisor.Injected(vm, Hypercall.MessageQueueFlush, capId);
        if (error != HypError.Ok)
            return error;
        var batch = new VirqBatch();
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<MessageQueue>(vm, capId, HypObjectType.MessageQueue, CapabilityRights.MessageQueueReceive, out var queue);
            if (error == HypError.Ok)
                queue!.FlushLocked(ref batch);
        }

        batch.Deliver();
        return error;
    }

    public HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags) =>
        OnDoorbell(capId, Hypercall.DoorbellSend, CapabilityRights.DoorbellSend, flags, 0, out previousFlags,
            static (Doorbell d, ulong a, ulong _, out ulong previous, ref VirqBatch batch) => d.SendLocked(a, out previous, ref batch));

    public HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags) =>
        OnDoorbell(capId, Hypercall.DoorbellReceive, CapabilityRights.DoorbellReceive, clearFlags, 0, out previousFlags,
            static (Doorbell d, ulong a, ulong _, out ulong previous, ref VirqBatch batch) => d.ReceiveLocked(a, out previous, ref batch));

    public HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask) =>
        OnDoorbell(capId, Hypercall.DoorbellMask, CapabilityRights.DoorbellReceive, enableMask, ackMask, out _,
            static (Doorbell d, ulong a, ulong b, out ulong previous, ref VirqBatch batch) =>
            {
                previous = 0;
                return d.MaskLocked(a, b, ref batch);
            });

    public HypError DoorbellReset(ulong capId) =>
        OnDoorbell(capId, Hypercall.DoorbellReset, CapabilityRights.DoorbellReceive, 0, 0, out _,
            static (Doorbell d, ulong _, ulong _, out ulong previous, ref VirqBatch batch) =>
            {
                previous = 0;
                return d.ResetLocked(ref batch);
            });

    public VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2)
    {
        var error = Hypervisor.Injected(vm, Hypercall.VcpuRun, capId);
        return error != HypError.Ok
            ? new VcpuRunResult(error, VcpuRunState.Ready)
            : Hypervisor.VcpuRun(vm, capId, resume0, resume1, resume2);
    }

    private HypError OnDoorbell(ulong capId, Hypercall call, uint rights, ulong a, ulong b, out ulong previous, DoorbellOperation operation)
    {
        previous = 0;
        var error = Hypervisor.Injected(vm, call, capId);
        if (error != HypError.Ok)
            return error;
        var batch = new VirqBatch();
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<Doorbell>(vm, capId, HypObjectType.Doorbell, rights, out var doorbell);
            if (error == HypError.Ok)
                error = operation(doorbell!, a, b, out previous, ref batch);
        }

        batch.Deliver();
        return error;
    }
}
