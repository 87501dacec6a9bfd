using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>Small helpers the hypervisor tests share.</summary>
internal static class HypervisorTestKit
{
    public static HypervisorVm NewVm(this ReferenceHypervisor hypervisor, ushort vmid, IVirqSink? sink = null)
    {
        Assert.Equal(HypError.Ok, hypervisor.CreateVm(vmid, out var vm));
        vm!.SetVirqSink(sink);
        return vm;
    }

    public static MessageQueue NewQueue(this ReferenceHypervisor hypervisor, int depth, int maxSize = 240)
    {
        Assert.Equal(HypError.Ok, hypervisor.CreateMessageQueue(depth, maxSize, out var queue));
        return queue!;
    }

    public static ulong GrantCap(this ReferenceHypervisor hypervisor, HypervisorVm vm, HypObject target, uint rights = CapabilityRights.All)
    {
        Assert.Equal(HypError.Ok, hypervisor.Grant(vm, target, rights, out var cap));
        return cap;
    }
}
