namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// The hypercalls of one VM: each asks the fault injector, looks its cap id up in that VM's capability space and
/// acts under the hypervisor's lock, then delivers the vIRQs it caused. One path (<see cref="Invoke{T}"/>) does
/// that for every call; each call contributes only its operation, a static lambda (no allocation).
/// </summary>
internal sealed class VmHypercalls(HypervisorVm vm) : IHypercalls
{
    private delegate HypError Operation<in T>(T target, in Arguments arguments, ref Results results, ref VirqBatch batch);

    private ReferenceHypervisor Hypervisor => vm.Hypervisor;

    public ushort Vmid => vm.Vmid;

    public HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull)
    {
        var error = Invoke<MessageQueue>(capId, HypObjectType.MessageQueue, Hypercall.MessageQueueSend, CapabilityRights.MessageQueueSend,
            new Arguments { Message = message, Push = push }, out var results,
            static (queue, in arguments, ref results, ref batch) => queue.SendLocked(arguments.Message, arguments.Push, out results.Flag, ref batch));
        notFull = results.Flag;
        return error;
    }

    public HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty)
    {
        var error = Invoke<MessageQueue>(capId, HypObjectType.MessageQueue, Hypercall.MessageQueueReceive, CapabilityRights.MessageQueueReceive,
            new Arguments { Buffer = buffer }, out var results,
            static (queue, in arguments, ref results, ref batch) => queue.ReceiveLocked(arguments.Buffer, out results.Size, out results.Flag, ref batch));
        size = results.Size;
        notEmpty = results.Flag;
        return error;
    }

    public HypError MessageQueueFlush(ulong capId) =>
        Invoke<MessageQueue>(capId, HypObjectType.MessageQueue, Hypercall.MessageQueueFlush, CapabilityRights.MessageQueueReceive, default, out _,
            static (queue, in _, ref _, ref batch) =>
            {
                queue.FlushLocked(ref batch);
                return HypError.Ok;
            });

    public HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags)
    {
        var error = Invoke<Doorbell>(capId, HypObjectType.Doorbell, Hypercall.DoorbellSend, CapabilityRights.DoorbellSend, new Arguments { A = flags }, out var results,
            static (doorbell, in arguments, ref results, ref batch) => doorbell.SendLocked(arguments.A, out results.Previous, ref batch));
        previousFlags = results.Previous;
        return error;
    }

    public HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags)
    {
        var error = Invoke<Doorbell>(capId, HypObjectType.Doorbell, Hypercall.DoorbellReceive, CapabilityRights.DoorbellReceive, new Arguments { A = clearFlags }, out var results,
            static (doorbell, in arguments, ref results, ref batch) => doorbell.ReceiveLocked(arguments.A, out results.Previous, ref batch));
        previousFlags = results.Previous;
        return error;
    }

    public HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask) =>
        Invoke<Doorbell>(capId, HypObjectType.Doorbell, Hypercall.DoorbellMask, CapabilityRights.DoorbellReceive, new Arguments { A = enableMask, B = ackMask }, out _,
            static (doorbell, in arguments, ref _, ref batch) => doorbell.MaskLocked(arguments.A, arguments.B, ref batch));

    public HypError DoorbellReset(ulong capId) =>
        Invoke<Doorbell>(capId, HypObjectType.Doorbell, Hypercall.DoorbellReset, CapabilityRights.DoorbellReceive, default, out _,
            static (doorbell, in _, ref _, ref batch) => doorbell.ResetLocked(ref batch));

    public VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2)
    {
        var error = Hypervisor.Injected(vm, Hypercall.VcpuRun, capId);
        return error != HypError.Ok
            ? new VcpuRunResult(error, VcpuRunState.Ready)
            : Hypervisor.VcpuRun(vm, capId, resume0, resume1, resume2);
    }

    private HypError Invoke<T>(ulong capId, HypObjectType type, Hypercall call, uint rights, in Arguments arguments, out Results results, Operation<T> operation)
        where T : HypObject
    {
        results = default;
        var error = Hypervisor.Injected(vm, call, capId);
        if (error != HypError.Ok)
            return error;
        var batch = new VirqBatch();
        lock (Hypervisor.Sync)
        {
            error = Hypervisor.LookupLocked<T>(vm, capId, type, rights, out var target);
            if (error == HypError.Ok)
                error = operation(target!, arguments, ref results, ref batch);
        }

        batch.Deliver();
        return error;
    }

    /// <summary>A call's inputs: the message or buffer of a queue call, the flag words of a doorbell call.</summary>
    private ref struct Arguments
    {
        public ReadOnlySpan<byte> Message;
        public Span<byte> Buffer;
        public bool Push;
        public ulong A;
        public ulong B;
    }

    /// <summary>A call's outputs.</summary>
    private struct Results
    {
        public int Size;
        public bool Flag;
        public ulong Previous;
    }
}
