using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Hypervisor.Gic;
using Gunyah.Sdk.Reference.ResourceManager;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Platform;

/// <summary>
/// The Resource Manager's platform over the reference hypervisor core: what the RM asks for in hypervisor terms
/// (VMs, vCPUs, doorbells, queues, capabilities, vIRQs, memory extents) becomes objects, capability grants and
/// stage-2 mappings in <see cref="ReferenceHypervisor"/>. Object ids are this platform's own handles (the RM's
/// capability space). Thread-safe.
/// </summary>
/// <remarks>
/// The host VM's memory is identity-mapped: a parcel's SGL address from the host is a host process address and
/// becomes the "physical" page of the hypervisor model while the parcel exists (registered on
/// <see cref="CreateMemExtent"/>, withdrawn on <see cref="DestroyExtent"/>). Boot context: the PC becomes the entry
/// point and X0 the context argument of vcpu_poweron; the whole set reaches the engine as
/// <see cref="VcpuBootRegisters"/> just before.
/// </remarks>
public sealed partial class HypervisorRmPlatform : IRmPlatform
{
    private readonly Lock gate = new();
    private readonly Func<ushort, uint, IVcpuEngine> engines;
    private readonly Dictionary<ulong, HypObject> objects = [];
    private readonly Dictionary<ushort, List<ulong>> objectsOfVm = [];
    private readonly Dictionary<ulong, Dictionary<(GhRmVmBootContextRegSet Set, byte Index), ulong>> bootContexts = [];
    private readonly Dictionary<ulong, List<(HypervisorVm Vm, ulong CapId)>> grants = [];
    private readonly Dictionary<ulong, uint> haltVirqs = [];
    private ulong nextId = 0x1000;
    private readonly HashSet<uint> usedHaltVirqs = [];

    // The RM VM's own vIRQs for vCPU halts: above its RM-queue vIRQs (32, 33), one per watched vCPU, lowest free
    // first (so a long run reuses numbers instead of growing the RM VM's vIRQ space).
    private const uint FirstRmHaltVirq = 64;

    /// <param name="hypervisor">The hypervisor core; the host VM (<see cref="ReferenceHypervisor.HlosVmid"/>) must exist.</param>
    /// <param name="engines">The execution engine for vCPU (vmid, index).</param>
    public HypervisorRmPlatform(ReferenceHypervisor hypervisor, Func<ushort, uint, IVcpuEngine> engines)
    {
        ArgumentNullException.ThrowIfNull(hypervisor);
        ArgumentNullException.ThrowIfNull(engines);
        Hypervisor = hypervisor;
        this.engines = engines;
    }

    /// <inheritdoc/>
    public ReferenceHypervisor Hypervisor { get; }

    /// <summary>Objects and extents this platform holds (a lifecycle test expects 0 once every VM is gone).</summary>
    public int LiveHandles
    {
        get
        {
            lock (gate)
            {
                return objects.Count + extents.Count;
            }
        }
    }

    /// <inheritdoc/>
    public HypError CreateVm(ushort vmid)
    {
        var error = Hypervisor.CreateVm(vmid, out _);
        if (error == HypError.Ok)
        {
            lock (gate)
            {
                objectsOfVm[vmid] = [];
            }
        }

        return error;
    }

    /// <inheritdoc/>
    public HypError DestroyVm(ushort vmid)
    {
        var vm = Hypervisor.GetVm(vmid);
        if (vm is null)
        {
            return HypError.ObjectState;
        }

        List<ulong> owned;
        lock (gate)
        {
            owned = objectsOfVm.Remove(vmid, out var list) ? list : [];
        }

        foreach (var id in owned)
        {
            DestroyObject(id);
        }

        ForgetExtentsOf(vmid);
        return Hypervisor.DestroyVm(vm);
    }

    /// <inheritdoc/>
    public HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu)
    {
        vcpu = 0;
        var vm = Hypervisor.GetVm(vmid);
        if (vm is null)
        {
            return HypError.ObjectState;
        }

        if (index > int.MaxValue)
        {
            return HypError.ArgumentInvalid;
        }

        var error = Hypervisor.CreateVcpu(vm, (int)index, engines(vmid, index), out var created);
        return error == HypError.Ok ? Track(vmid, created!, out vcpu) : error;
    }

    /// <inheritdoc/>
    public HypError CreateDoorbell(ushort vmid, out ulong doorbell) => Track(vmid, Hypervisor.CreateDoorbell(), out doorbell);

    /// <inheritdoc/>
    public HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue)
    {
        queue = 0;
        if (depth > int.MaxValue || maxMessageSize > int.MaxValue)
        {
            return HypError.ArgumentInvalid;
        }

        var error = Hypervisor.CreateMessageQueue((int)depth, (int)maxMessageSize, out var created);
        return error == HypError.Ok ? Track(vmid, created!, out queue) : error;
    }

    /// <inheritdoc/>
    public HypError DestroyObject(ulong obj)
    {
        HypObject? target;
        List<(HypervisorVm Vm, ulong CapId)>? given;
        lock (gate)
        {
            given = null;
            if (!objects.Remove(obj, out target))
            {
                return HypError.CspaceCapNull;
            }

            bootContexts.Remove(obj);
            grants.Remove(obj, out given);
            if (haltVirqs.Remove(obj, out var haltVirq))
            {
                usedHaltVirqs.Remove(haltVirq);
                Hypervisor.GetVm(ReferenceHypervisor.RmVmid)?.SetVirqHandler(haltVirq, null);
            }

            foreach (var list in objectsOfVm.Values)
            {
                list.Remove(obj);
            }
        }

        if (target is Vcpu vcpu)
        {
            Hypervisor.VcpuPowerOff(vcpu);
        }

        foreach (var kind in Enum.GetValues<VirqSourceKind>())
        {
            Hypervisor.UnbindVirq(target, kind);
        }

        // The RM deletes the capabilities it copied into other VMs' spaces, so none is left dangling there.
        foreach (var (vm, capId) in given ?? [])
        {
            Hypervisor.DeleteCapability(vm, capId);
        }

        Hypervisor.RevokeAll(target);
        return Hypervisor.Release(target);
    }

    /// <inheritdoc/>
    public HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId)
    {
        capId = 0;
        var vm = Hypervisor.GetVm(vmid);
        var target = Find(obj);
        if (vm is null || target is null)
        {
            return HypError.CspaceCapNull;
        }

        var error = Hypervisor.Grant(vm, target, rights, out capId);
        if (error == HypError.Ok)
        {
            lock (gate)
            {
                if (!grants.TryGetValue(obj, out var list))
                {
                    grants[obj] = list = [];
                }

                list.Add((vm, capId));
            }
        }

        return error;
    }

    /// <inheritdoc/>
    public HypError BindVirq(ulong obj, RmVirqSource source, ushort vmid, uint virq)
    {
        var vm = Hypervisor.GetVm(vmid);
        var target = Find(obj);
        if (vm is null || target is null)
        {
            return HypError.CspaceCapNull;
        }

        var kind = source switch
        {
            RmVirqSource.VcpuWakeup => VirqSourceKind.VcpuWakeup,
            RmVirqSource.DoorbellReceive => VirqSourceKind.Doorbell,
            RmVirqSource.MessageQueueSend => VirqSourceKind.MessageQueueSend,
            _ => VirqSourceKind.MessageQueueReceive,
        };
        return Hypervisor.BindVirq(target, kind, vm, virq);
    }

    /// <inheritdoc/>
    public HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus)
    {
        if (Hypervisor.GetVm(vmid) is not { } vm)
        {
            return HypError.ObjectState;
        }

        lock (gate)
        {
            if (vm.Gic is not null)
            {
                return HypError.ObjectState;
            }

            vm.Gic = new VirtualGic(vm, distributorBase, redistributorBase, vcpus);
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError SetBootContext(ulong vcpu, GhRmVmBootContextRegSet registerSet, byte index, ulong value)
    {
        lock (gate)
        {
            if (!objects.TryGetValue(vcpu, out var target) || target is not Vcpu)
            {
                return HypError.CspaceWrongObjectType;
            }

            if (!bootContexts.TryGetValue(vcpu, out var registers))
            {
                bootContexts[vcpu] = registers = [];
            }

            registers[(registerSet, index)] = value;
            return HypError.Ok;
        }
    }

    /// <summary>The boot context set for a vCPU (for an engine that starts from a full register set).</summary>
    public IReadOnlyDictionary<(GhRmVmBootContextRegSet Set, byte Index), ulong> BootContextOf(ulong vcpu)
    {
        lock (gate)
        {
            return bootContexts.TryGetValue(vcpu, out var registers) ? new Dictionary<(GhRmVmBootContextRegSet, byte), ulong>(registers) : [];
        }
    }

    /// <inheritdoc/>
    public HypError PowerOnVcpu(ulong vcpu)
    {
        if (Find(vcpu) is not Vcpu target)
        {
            return HypError.CspaceWrongObjectType;
        }

        var registers = BootContextOf(vcpu);
        if (registers.Count == 0)
        {
            return Hypervisor.VcpuPowerOn(target, 0, 0);
        }

        var boot = new VcpuBootRegisters();
        foreach (var ((set, index), value) in registers)
        {
            switch (set)
            {
                case GhRmVmBootContextRegSet.Pc:
                    boot.Pc = value;
                    break;
                case GhRmVmBootContextRegSet.X when index < VcpuBootRegisters.GeneralCount:
                    boot.SetX(index, value);
                    break;
                case GhRmVmBootContextRegSet.Sp when index < VcpuBootRegisters.StackPointerCount:
                    boot.SetSp(index, value);
                    break;
            }
        }

        return Hypervisor.VcpuPowerOn(target, boot.Pc, boot.X(0), boot);
    }

    /// <inheritdoc/>
    public HypError PowerOffVcpu(ulong vcpu) =>
        Find(vcpu) is Vcpu target ? Hypervisor.VcpuPowerOff(target) : HypError.CspaceWrongObjectType;

    /// <inheritdoc/>
    public HypError WatchVcpuHalt(ulong vcpu, Action halted)
    {
        ArgumentNullException.ThrowIfNull(halted);
        if (Find(vcpu) is not Vcpu target)
        {
            return HypError.CspaceWrongObjectType;
        }

        if (Hypervisor.GetVm(ReferenceHypervisor.RmVmid) is not { } rm)
        {
            return HypError.ObjectState;
        }

        uint virq;
        lock (gate)
        {
            if (haltVirqs.ContainsKey(vcpu))
            {
                return HypError.VirqBound;
            }

            virq = FirstRmHaltVirq;
            while (!usedHaltVirqs.Add(virq))
            {
                virq++;
            }

            haltVirqs.Add(vcpu, virq);
        }

        rm.SetVirqHandler(virq, new CallbackVirqSink(halted));
        var error = Hypervisor.BindVirq(target, VirqSourceKind.VcpuHalt, rm, virq);
        if (error != HypError.Ok)
        {
            rm.SetVirqHandler(virq, null);
            lock (gate)
            {
                haltVirqs.Remove(vcpu);
                usedHaltVirqs.Remove(virq);
            }
        }

        return error;
    }

    /// <inheritdoc/>
    public HypError VcpuRunCheck(ulong vcpu, out VcpuRunResult result)
    {
        if (Find(vcpu) is not Vcpu target)
        {
            result = new VcpuRunResult(HypError.CspaceWrongObjectType, VcpuRunState.Ready);
            return result.Error;
        }

        result = Hypervisor.VcpuRunCheck(target);
        return result.Error;
    }

    private HypObject? Find(ulong obj)
    {
        lock (gate)
        {
            return objects.GetValueOrDefault(obj);
        }
    }

    private HypError Track(ushort vmid, HypObject created, out ulong id)
    {
        lock (gate)
        {
            id = nextId++;
            objects.Add(id, created);
            if (objectsOfVm.TryGetValue(vmid, out var list))
            {
                list.Add(id);
            }

            return HypError.Ok;
        }
    }
}
