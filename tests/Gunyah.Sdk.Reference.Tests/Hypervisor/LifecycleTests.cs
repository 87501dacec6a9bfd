using System.Runtime.InteropServices;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Destroying VMs leaves nothing behind: objects, capabilities, bindings, mappings, extents, pages.</summary>
public sealed unsafe class LifecycleTests : IDisposable
{
    private readonly byte* page = (byte*)NativeMemory.AlignedAlloc((nuint)ReferenceHypervisor.PageSize, (nuint)ReferenceHypervisor.PageSize);

    public void Dispose() => NativeMemory.AlignedFree(page);

    [Fact]
    public void Ten_thousand_VMs_with_queues_doorbells_vcpus_and_memory_leave_every_counter_at_zero()
    {
        var hyp = new ReferenceHypervisor();
        for (var i = 0; i < 10_000; i++)
        {
            var host = hyp.NewVm(3);
            var guest = hyp.NewVm((ushort)(0x80 + (i % 60)));
            var link = HypervisorRmLink.Create(hyp, host, 960, 961, guest, 32, 33);

            var doorbell = hyp.CreateDoorbell();
            var bell = hyp.GrantCap(host, doorbell, CapabilityRights.DoorbellSend);
            hyp.GrantCap(guest, doorbell, CapabilityRights.DoorbellReceive);
            Assert.Equal(HypError.Ok, hyp.BindVirq(doorbell, VirqSourceKind.Doorbell, guest, 40));
            hyp.Release(doorbell);

            Assert.Equal(HypError.Ok, hyp.CreateVcpu(guest, 0, new ScriptedVcpuEngine(VcpuStop.WaitForInterrupt()), out var vcpu));
            var vcpuCap = hyp.GrantCap(host, vcpu!);
            Assert.Equal(HypError.Ok, hyp.BindVirq(vcpu!, VirqSourceKind.VcpuWakeup, host, 100));
            hyp.Release(vcpu!);
            hyp.VcpuPowerOn(vcpu!, 0, 0);
            Assert.Equal(VcpuRunState.ExpectsWakeup, host.Hypercalls.VcpuRun(vcpuCap, 0, 0, 0).State);
            Assert.Equal(HypError.Ok, host.Hypercalls.DoorbellSend(bell, 1, out _));
            Assert.True(link.Client.Transmit.TrySend([1]));

            Assert.Equal(HypError.Ok, hyp.AddPhysicalMemory(host, (ulong)page, ReferenceHypervisor.PageSize));
            Assert.Equal(HypError.Ok, hyp.CreateMemoryExtent(host, (ulong)page, ReferenceHypervisor.PageSize, out var extent));
            Assert.Equal(HypError.Ok, hyp.Map(host, 0x1000, extent!, 0, ReferenceHypervisor.PageSize, MemoryAccess.RW));
            Assert.Equal(HypError.Ok, hyp.Share(extent!, [new MemoryGrant(guest, MemoryAccess.R)]));
            Assert.Equal(HypError.Ok, hyp.Map(guest, 0x8000, extent!, 0, ReferenceHypervisor.PageSize, MemoryAccess.R));

            var first = i % 2 == 0 ? guest : host;
            var second = i % 2 == 0 ? host : guest;
            Assert.Equal(HypError.Ok, hyp.DestroyVm(first));
            Assert.Empty(hyp.VerifyInvariants());
            Assert.Equal(HypError.Ok, hyp.DestroyVm(second));
        }

        Assert.Equal(new HypervisorCounters(0, 0, 0, 0, 0, 0, 0, 0), hyp.Counters);
    }

    [Fact]
    public void A_VMs_capabilities_go_with_it_but_objects_others_hold_survive()
    {
        var hyp = new ReferenceHypervisor();
        var a = hyp.NewVm(3);
        var b = hyp.NewVm(4);
        var queue = hyp.NewQueue(2);
        hyp.GrantCap(a, queue);
        var capB = hyp.GrantCap(b, queue);
        hyp.BindVirq(queue, VirqSourceKind.MessageQueueReceive, a, 50);
        hyp.Release(queue);

        hyp.DestroyVm(a);
        Assert.True(queue.IsAlive);
        Assert.Equal(new HypervisorCounters(1, 1, 1, 0, 0, 0, 0, 0), hyp.Counters);
        Assert.Equal(HypError.Ok, b.Hypercalls.MessageQueueSend(capB, [1], false, out _)); // Its vIRQ went with VM a.
        hyp.DestroyVm(b);
        Assert.False(queue.IsAlive);
        Assert.Equal(default, hyp.Counters);
        Assert.Equal(HypError.ObjectState, hyp.DestroyVm(b));
    }
}
