using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

public sealed partial class ReferenceResourceManager
{
    /// <inheritdoc/>
    /// <remarks>Fact sheet §7: vCPU entries only for the VM's owner (label = vCPU index, cap and wakeup vIRQ in the
    /// owner); vdevice ends the caller holds toward the target, from the target's config and from the caller's own,
    /// each with the caller's cap id and vIRQ (the peer's ends have the opposite direction). partner_vmid is the
    /// target (the other end when a VM asks about itself). VM must have been built (READY..EXITED): else VM_STATE.</remarks>
    public ValueTask<RpcResult<GhRmVmGetHypResourcesRespPayload>> VmGetHypResourcesAsync(RpcCaller caller, GhRmVmCommonVmidReq request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var from = CallerOf(caller);
            var error = FindVisible(from, request.Vmid, out var vm);
            if (error == GhRmError.Ok && !RmVmStates.HasResources(vm.State))
            {
                error = GhRmError.VmState;
            }

            if (error != GhRmError.Ok)
            {
                return ValueTask.FromResult(Fail<GhRmVmGetHypResourcesRespPayload>(error));
            }

            var entries = new List<GhRmHypResource>();
            if (vm.Owner == from)
            {
                entries.AddRange(vm.Vcpus.Select(v => new GhRmHypResource
                {
                    Type = (byte)GhRmResourceType.Vcpu,
                    ResourceLabel = v.Label,
                    CapId = v.OwnerCap,
                    Virq = v.OwnerVirq,
                }));
            }

            var ends = vm.Ends.Where(e => e.Holder == from);
            if (vm.Vmid != from && vms.TryGetValue(from, out var self))
            {
                ends = ends.Concat(self.Ends.Where(e => e.Holder == from && e.Partner == vm.Vmid));
            }

            entries.AddRange(ends.Select(e => new GhRmHypResource
            {
                Type = (byte)e.Type,
                PartnerVmid = vm.Vmid == from ? e.Partner : vm.Vmid,
                ResourceLabel = e.Label,
                CapId = e.CapId,
                Virq = e.Virq,
            }));
            var array = entries.ToArray();
            return ValueTask.FromResult(RpcResult.Success(
                new GhRmVmGetHypResourcesRespPayload(new GhRmVmGetHypResourcesResp { NEntries = (uint)array.Length }, array)));
        }
    }
}
