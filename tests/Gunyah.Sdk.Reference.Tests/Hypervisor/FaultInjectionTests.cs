using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>The fault-injection hook: an injected error fails the call with no effect.</summary>
public class FaultInjectionTests
{
    private readonly ReferenceHypervisor hyp = new();

    [Fact]
    public void An_injected_error_fails_the_call_and_changes_nothing()
    {
        var vm = hyp.NewVm(3);
        var queue = hyp.NewQueue(4);
        var cap = hyp.GrantCap(vm, queue);
        var calls = new List<Hypercall>();
        hyp.FaultInjector = (caller, call, capId) =>
        {
            calls.Add(call);
            return call == Hypercall.MessageQueueSend && caller == vm && capId == cap ? HypError.Retry : HypError.Ok;
        };

        Assert.Equal(HypError.Retry, vm.Hypercalls.MessageQueueSend(cap, [1], false, out var notFull));
        Assert.False(notFull);
        Assert.Equal(0, queue.Count);
        Assert.Equal(HypError.MessageQueueEmpty, vm.Hypercalls.MessageQueueReceive(cap, new byte[4], out _, out _));
        Assert.Equal([Hypercall.MessageQueueSend, Hypercall.MessageQueueReceive], calls);

        hyp.FaultInjector = null;
        Assert.Equal(HypError.Ok, vm.Hypercalls.MessageQueueSend(cap, [1], false, out _));
    }

    [Fact]
    public void vcpu_run_and_doorbells_can_be_failed_too()
    {
        var vm = hyp.NewVm(3);
        var doorbell = hyp.CreateDoorbell();
        var cap = hyp.GrantCap(vm, doorbell);
        hyp.FaultInjector = (_, call, _) => call is Hypercall.VcpuRun or Hypercall.DoorbellSend ? HypError.Busy : HypError.Ok;

        Assert.Equal(HypError.Busy, vm.Hypercalls.VcpuRun(cap, 0, 0, 0).Error);
        Assert.Equal(HypError.Busy, vm.Hypercalls.DoorbellSend(cap, 1, out _));
        Assert.Equal(0ul, doorbell.Flags);
        Assert.Equal(HypError.Ok, vm.Hypercalls.DoorbellMask(cap, 1, 0));
    }
}
