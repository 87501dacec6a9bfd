namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// The reference hypervisor's root: VMs by VMID, the objects capabilities name, vIRQ bindings and physical
/// memory. The methods here are the privileged management interface the Resource Manager VM uses; on real
/// Gunyah they are partition, cspace and bind hypercalls, here they are direct calls (documented in
/// docs/reference-hypervisor.md). Every method is thread-safe and returns the hypervisor's error code for a
/// refused request. One lock guards all state; vIRQs are delivered after it is released.
/// </summary>
public sealed partial class ReferenceHypervisor
{
    /// <summary>The stage-2 granule: 4 KiB.</summary>
    public const ulong PageSize = 4096;

    /// <summary>The VMID of the primary VM (HLOS).</summary>
    public const ushort HlosVmid = 3;

    /// <summary>The VMID of the Resource Manager VM.</summary>
    public const ushort RmVmid = 0xFF;

    internal const ulong PageMask = PageSize - 1;

    private readonly Dictionary<ushort, HypervisorVm> vms = [];
    private ulong cspaceSerial;
    private int liveObjects;

    private volatile HypercallFaultInjector? faultInjector;

    internal Lock Sync { get; } = new();

    private long memoryGeneration;

    /// <summary>Bumped under <see cref="Sync"/> by every change to any stage 2 or to memory ownership; a
    /// <see cref="TranslationCache"/> entry is valid only at the generation it was checked at.</summary>
    internal long MemoryGeneration => Volatile.Read(ref memoryGeneration);

    /// <summary>
    /// Called under <see cref="Sync"/> before any change to a stage 2 or to ownership: bumps the generation and waits
    /// until no engine is still reading a page it cached before (see <see cref="FetchQuiescence"/>).
    /// </summary>
    internal void MemoryChangingLocked()
    {
        Interlocked.Increment(ref memoryGeneration); // A full fence: then look at the engines.
        var self = Environment.CurrentManagedThreadId;
        foreach (var vm in vms.Values)
        {
            foreach (var engine in vm.FetchEnginesLocked)
            {
                var spin = new SpinWait();
                while (engine.IsActive && engine.OwnerThread != self)
                    spin.SpinOnce();
            }
        }
    }

    /// <summary>A test hook asked before every hypercall; a non-OK answer fails the call without effect. Null (default) for none.</summary>
    public HypercallFaultInjector? FaultInjector
    {
        get => faultInjector;
        set => faultInjector = value;
    }

    /// <summary>A snapshot of what the hypervisor holds.</summary>
    public HypervisorCounters Counters
    {
        get
        {
            lock (Sync)
            {
                int caps = 0, bindings = 0, mappings = 0;
                long violations = retiredViolations;
                foreach (var vm in vms.Values)
                {
                    caps += vm.CSpace.Count;
                    bindings += vm.BoundVirqs.Count;
                    mappings += vm.AddressSpace.MappedPagesLocked;
                    violations += vm.AddressSpace.Memory.Violations;
                }

                return new HypervisorCounters(vms.Count, liveObjects, caps, bindings, mappings, extents.Count, (int)pages.Pages, violations);
            }
        }
    }

    /// <summary>Creates VM <paramref name="vmid"/>: an empty capability space and address space. ARGUMENT_INVALID if it exists.</summary>
    public HypError CreateVm(ushort vmid, out HypervisorVm? vm)
    {
        lock (Sync)
        {
            vm = null;
            if (vms.ContainsKey(vmid))
                return HypError.ArgumentInvalid;
            vm = new HypervisorVm(this, vmid, ++cspaceSerial);
            vms.Add(vmid, vm);
            return HypError.Ok;
        }
    }

    /// <summary>The live VM <paramref name="vmid"/>, or null.</summary>
    public HypervisorVm? GetVm(ushort vmid)
    {
        lock (Sync)
            return vms.GetValueOrDefault(vmid);
    }

    /// <summary>
    /// Destroys <paramref name="vm"/>: every capability it held is revoked (objects nothing else refers to die),
    /// vIRQs bound into it are unbound, its vCPUs halt, its mappings go, extents it owns are destroyed (borrowers
    /// lose them) and its pages leave the model. OBJECT_STATE if already destroyed.
    /// </summary>
    public HypError DestroyVm(HypervisorVm vm)
    {
        var batch = new VirqBatch();
        lock (Sync)
        {
            if (!vm.AliveLocked || !ReferenceEquals(vms.GetValueOrDefault(vm.Vmid), vm))
                return HypError.ObjectState;
            MemoryChangingLocked();
            vm.AliveLocked = false;
            vms.Remove(vm.Vmid);
            foreach (var source in vm.BoundVirqs.Values.ToArray())
                source.Unbind(ref batch);
            foreach (var vcpu in vm.Vcpus)
                vcpu.KillLocked();
            DestroyVmMemoryLocked(vm);
            retiredViolations += vm.AddressSpace.Memory.Violations;
            var release = new List<HypObject>();
            vm.CSpace.Clear(release.Add);
            foreach (var target in release)
                DropReferenceLocked(target, ref batch);
            vm.ClearLocked();
        }

        batch.Deliver();
        return HypError.Ok;
    }

    /// <summary>Creates a message queue (depth 1..255, messages 1..1023 bytes; else ARGUMENT_INVALID). The caller holds it until <see cref="Release"/>.</summary>
    public HypError CreateMessageQueue(int depth, int maxMessageSize, out MessageQueue? queue)
    {
        queue = null;
        var error = MessageQueue.Validate(depth, maxMessageSize);
        if (error != HypError.Ok)
            return error;
        lock (Sync)
        {
            queue = new MessageQueue(this, depth, maxMessageSize);
            liveObjects++;
        }

        return HypError.Ok;
    }

    /// <summary>Creates a doorbell. The caller holds it until <see cref="Release"/>.</summary>
    public Doorbell CreateDoorbell()
    {
        lock (Sync)
        {
            liveObjects++;
            return new Doorbell(this);
        }
    }

    /// <summary>Creates a powered-off vCPU of <paramref name="owner"/> run by <paramref name="engine"/>. OBJECT_STATE if the VM is gone.</summary>
    public HypError CreateVcpu(HypervisorVm owner, int affinityIndex, IVcpuEngine engine, out Vcpu? vcpu)
    {
        ArgumentNullException.ThrowIfNull(engine);
        lock (Sync)
        {
            vcpu = null;
            if (!owner.AliveLocked)
                return HypError.ObjectState;
            vcpu = new Vcpu(this, owner, affinityIndex, engine);
            owner.Vcpus.Add(vcpu);
            liveObjects++;
            return HypError.Ok;
        }
    }

    /// <summary>Drops the creator's hold on <paramref name="target"/>; it dies now if no capability names it. OBJECT_STATE if already released.</summary>
    public HypError Release(HypObject target)
    {
        var batch = new VirqBatch();
        lock (Sync)
        {
            if (!target.CreatorHold)
                return HypError.ObjectState;
            target.CreatorHold = false;
            DropReferenceLocked(target, ref batch);
        }

        batch.Deliver();
        return HypError.Ok;
    }

    /// <summary>Puts a capability to <paramref name="target"/> with <paramref name="rights"/> into <paramref name="vm"/>'s space.</summary>
    public HypError Grant(HypervisorVm vm, HypObject target, uint rights, out ulong capId)
    {
        lock (Sync)
        {
            capId = 0;
            if (!vm.AliveLocked || target.Destroyed)
                return HypError.ObjectState;
            var error = vm.CSpace.Insert(target, rights, out capId);
            if (error == HypError.Ok)
                target.References++;
            return error;
        }
    }

    /// <summary>Revokes <paramref name="capId"/> in <paramref name="vm"/>: later uses get CAP_REVOKED; the object loses a reference.</summary>
    public HypError Revoke(HypervisorVm vm, ulong capId) => RemoveCapability(vm, capId, delete: false);

    /// <summary>Frees the slot of <paramref name="capId"/> in <paramref name="vm"/> (revoking it first if live): later uses get CAP_NULL.</summary>
    public HypError DeleteCapability(HypervisorVm vm, ulong capId) => RemoveCapability(vm, capId, delete: true);

    /// <summary>Revokes every capability to <paramref name="target"/> in every VM; returns how many there were.</summary>
    public int RevokeAll(HypObject target)
    {
        var batch = new VirqBatch();
        var count = 0;
        lock (Sync)
        {
            foreach (var vm in vms.Values)
            {
                var revoked = vm.CSpace.RevokeAll(target);
                count += revoked;
                for (var i = 0; i < revoked; i++)
                    DropReferenceLocked(target, ref batch);
            }
        }

        batch.Deliver();
        return count;
    }

    /// <summary>
    /// Binds interrupt source <paramref name="kind"/> of <paramref name="target"/> to vIRQ <paramref name="virq"/> of
    /// <paramref name="vm"/>. VIRQ_BOUND if the source is bound or the VM's vIRQ is taken; ARGUMENT_INVALID if the
    /// object has no such source or <paramref name="virq"/> is 0; OBJECT_STATE if either is gone.
    /// </summary>
    public HypError BindVirq(HypObject target, VirqSourceKind kind, HypervisorVm vm, uint virq, VirqTrigger trigger = VirqTrigger.Edge)
    {
        lock (Sync)
        {
            if (SourceOf(target, kind) is not { } source || virq == 0)
                return HypError.ArgumentInvalid;
            if (target.Destroyed || !vm.AliveLocked)
                return HypError.ObjectState;
            if (source.IsBound || vm.BoundVirqs.ContainsKey(virq))
                return HypError.VirqBound;
            source.Bind(vm, virq, trigger);
            vm.BoundVirqs.Add(virq, source);
            return HypError.Ok;
        }
    }

    /// <summary>Unbinds interrupt source <paramref name="kind"/> of <paramref name="target"/>. VIRQ_NOT_BOUND if it was not bound.</summary>
    public HypError UnbindVirq(HypObject target, VirqSourceKind kind)
    {
        var batch = new VirqBatch();
        lock (Sync)
        {
            if (SourceOf(target, kind) is not { } source)
                return HypError.ArgumentInvalid;
            if (!source.IsBound)
                return HypError.VirqNotBound;
            source.Unbind(ref batch);
        }

        batch.Deliver();
        return HypError.Ok;
    }

    /// <summary>Asserts vIRQ <paramref name="virq"/> of <paramref name="vm"/> directly, as a hardware or platform source would.</summary>
    public void RaiseVirq(HypervisorVm vm, uint virq)
    {
        var batch = new VirqBatch();
        lock (Sync)
        {
            if (vm.AliveLocked)
                RaiseLocked(vm, virq, ref batch);
        }

        batch.Deliver();
    }

    /// <summary>A vIRQ of <paramref name="vm"/> is asserted: mark it pending, wake its waiting vCPUs, queue the delivery.</summary>
    internal void RaiseLocked(HypervisorVm vm, uint virq, ref VirqBatch batch)
    {
        vm.AddPendingLocked(virq);
        batch.Add(vm, virq, assert: true);
        foreach (var vcpu in vm.Vcpus)
            vcpu.TryWakeLocked(ref batch);
    }

    /// <summary>A level vIRQ of <paramref name="vm"/> drops: no longer pending.</summary>
    internal void LowerLocked(HypervisorVm vm, uint virq, ref VirqBatch batch)
    {
        vm.RemovePendingLocked(virq);
        batch.Add(vm, virq, assert: false);
    }

    /// <summary>The injected failure for this call, or OK.</summary>
    internal HypError Injected(HypervisorVm caller, Hypercall call, ulong capId) =>
        faultInjector is { } injector ? injector(caller, call, capId) : HypError.Ok;

    /// <summary>Looks <paramref name="capId"/> up in <paramref name="vm"/>'s space.</summary>
    internal HypError LookupLocked<T>(HypervisorVm vm, ulong capId, HypObjectType type, uint rights, out T? target)
        where T : HypObject
    {
        var error = vm.CSpace.Lookup(capId, type, rights, out var found);
        target = found as T;
        return error;
    }

    private HypError RemoveCapability(HypervisorVm vm, ulong capId, bool delete)
    {
        var batch = new VirqBatch();
        HypError error;
        lock (Sync)
        {
            if (!vm.AliveLocked)
                return HypError.ObjectState;
            HypObject? target;
            error = delete ? vm.CSpace.Delete(capId, out target) : vm.CSpace.Revoke(capId, out target);
            if (target is not null)
                DropReferenceLocked(target, ref batch);
        }

        batch.Deliver();
        return error;
    }

    private void DropReferenceLocked(HypObject target, ref VirqBatch batch)
    {
        if (--target.References > 0 || target.Destroyed)
            return;
        target.Destroyed = true;
        liveObjects--;
        target.OnDestroyLocked(ref batch);
    }

    private static VirqSource? SourceOf(HypObject target, VirqSourceKind kind) => (target, kind) switch
    {
        (MessageQueue queue, VirqSourceKind.MessageQueueSend) => queue.SendSource,
        (MessageQueue queue, VirqSourceKind.MessageQueueReceive) => queue.ReceiveSource,
        (Doorbell doorbell, VirqSourceKind.Doorbell) => doorbell.Source,
        (Vcpu vcpu, VirqSourceKind.VcpuWakeup) => vcpu.Wakeup,
        (Vcpu vcpu, VirqSourceKind.VcpuHalt) => vcpu.Halt,
        _ => null,
    };
}
