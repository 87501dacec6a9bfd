using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.ResourceManager;

/// <summary>An <see cref="InMemoryRmPlatform"/> that can be told to refuse powering vCPUs on: the only way to make
/// VM_START fail from the wire.</summary>
internal sealed class FaultyPlatform(InMemoryRmPlatform inner) : IRmPlatform
{
    public bool RefusePowerOn { get; set; }

    public HypError CreateVm(ushort vmid) => inner.CreateVm(vmid);

    public HypError DestroyVm(ushort vmid) => inner.DestroyVm(vmid);

    public HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu) => inner.CreateVcpu(vmid, index, out vcpu);

    public HypError CreateDoorbell(ushort vmid, out ulong doorbell) => inner.CreateDoorbell(vmid, out doorbell);

    public HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue) => inner.CreateMessageQueue(vmid, depth, maxMessageSize, out queue);

    public HypError DestroyObject(ulong obj) => inner.DestroyObject(obj);

    public HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId) => inner.GrantCapability(obj, vmid, rights, out capId);

    public HypError BindVirq(ulong obj, RmVirqSource source, ushort vmid, uint virq) => inner.BindVirq(obj, source, vmid, virq);

    public HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus) =>
        inner.ConfigureVirtualGic(vmid, distributorBase, redistributorBase, vcpus);

    public HypError SetBootContext(ulong vcpu, GhRmVmBootContextRegSet registerSet, byte index, ulong value) => inner.SetBootContext(vcpu, registerSet, index, value);

    public HypError PowerOnVcpu(ulong vcpu) => RefusePowerOn ? HypError.ObjectState : inner.PowerOnVcpu(vcpu);

    public HypError PowerOffVcpu(ulong vcpu) => inner.PowerOffVcpu(vcpu);

    public HypError WatchVcpuHalt(ulong vcpu, Action halted) => inner.WatchVcpuHalt(vcpu, halted);

    public HypError VcpuRunCheck(ulong vcpu, out VcpuRunResult result) => inner.VcpuRunCheck(vcpu, out result);

    public HypError CreateMemExtent(ushort owner, ReadOnlySpan<RmMemRange> ranges, bool device, out ulong extent) => inner.CreateMemExtent(owner, ranges, device, out extent);

    public HypError GiveExtent(ulong extent, RmMemTransfer transfer, ReadOnlySpan<RmMemGrant> borrowers) => inner.GiveExtent(extent, transfer, borrowers);

    public HypError MapExtent(ulong extent, ushort vmid, ulong ipa, ulong offset, ulong size, MemoryAccess access) => inner.MapExtent(extent, vmid, ipa, offset, size, access);

    public HypError UnmapExtent(ulong extent, ushort vmid) => inner.UnmapExtent(extent, vmid);

    public HypError DonateExtent(ulong extent, ushort toVmid) => inner.DonateExtent(extent, toVmid);

    public HypError ZeroExtent(ulong extent) => inner.ZeroExtent(extent);

    public HypError ReadExtent(ulong extent, ulong offset, Span<byte> destination) => inner.ReadExtent(extent, offset, destination);

    public HypError DestroyExtent(ulong extent) => inner.DestroyExtent(extent);
}
