using System.Collections.Concurrent;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>Scripted hypercalls: vcpu_run answers from <see cref="Script"/> (EXPECTS_WAKEUP once it is empty) and
/// records its resume arguments; doorbell calls are recorded.</summary>
internal sealed class FakeHypercalls : IHypercalls
{
    public ushort Vmid => 3;

    public ConcurrentQueue<VcpuRunResult> Script { get; } = new();

    public ConcurrentQueue<(ulong Cap, ulong Resume0, ulong Resume1)> Runs { get; } = new();

    public ConcurrentQueue<(ulong Cap, ulong Flags)> Doorbells { get; } = new();

    public ConcurrentQueue<(ulong Cap, ulong Enable, ulong Ack)> Masks { get; } = new();

    public FakeHypercalls Then(VcpuRunState state, ulong data0 = 0, ulong data1 = 0, ulong data2 = 0)
    {
        Script.Enqueue(new VcpuRunResult(HypError.Ok, state, data0, data1, data2));
        return this;
    }

    public VcpuRunResult VcpuRun(ulong capId, ulong resume0, ulong resume1, ulong resume2)
    {
        Runs.Enqueue((capId, resume0, resume1));
        return Script.TryDequeue(out var next) ? next : new VcpuRunResult(HypError.Ok, VcpuRunState.ExpectsWakeup);
    }

    public HypError DoorbellSend(ulong capId, ulong flags, out ulong previousFlags)
    {
        previousFlags = 0;
        Doorbells.Enqueue((capId, flags));
        return HypError.Ok;
    }

    public HypError DoorbellMask(ulong capId, ulong enableMask, ulong ackMask)
    {
        Masks.Enqueue((capId, enableMask, ackMask));
        return HypError.Ok;
    }

    public HypError DoorbellReceive(ulong capId, ulong clearFlags, out ulong previousFlags)
    {
        previousFlags = 0;
        return HypError.Unimplemented;
    }

    public HypError DoorbellReset(ulong capId) => HypError.Unimplemented;

    public HypError MessageQueueSend(ulong capId, ReadOnlySpan<byte> message, bool push, out bool notFull)
    {
        notFull = false;
        return HypError.Unimplemented;
    }

    public HypError MessageQueueReceive(ulong capId, Span<byte> buffer, out int size, out bool notEmpty)
    {
        size = 0;
        notEmpty = false;
        return HypError.Unimplemented;
    }

    public HypError MessageQueueFlush(ulong capId) => HypError.Unimplemented;
}
