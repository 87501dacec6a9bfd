using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// A plain in-memory model of <see cref="IRmPlatform"/>: objects, capability spaces, vIRQ bindings, page
/// ownership and stage-2 mappings, with 4 KiB pages of sparse memory. HLOS (VMID 3) exists from the start and
/// owns the RAM given to the constructor at IPA = PA. It answers what a test needs to see (who can access an
/// address, how many objects are left); it is not the hypervisor core, which will implement the interface later.
/// Thread-safe (one lock).
/// </summary>
public sealed partial class InMemoryRmPlatform : IRmPlatform
{
    /// <summary>The page size of the model.</summary>
    public const ulong PageSize = 0x1000;

    /// <summary>The host VM's VMID.</summary>
    public const ushort HlosVmid = 3;

    private readonly Lock gate = new();
    private readonly ulong ramBase;
    private readonly ulong ramSize;
    private readonly HashSet<ushort> vms = [];
    private readonly Dictionary<ulong, PlatformObject> objects = [];
    private readonly Dictionary<(ushort Vmid, ulong Cap), ulong> caps = [];
    private readonly Dictionary<ushort, ulong> nextCap = [];
    private readonly Dictionary<(ushort Vmid, uint Virq), (ulong Obj, RmVirqSource Source)> virqs = [];
    private readonly Dictionary<ulong, Extent> extents = [];
    private readonly Dictionary<ulong, ushort> pageOwners = [];
    private readonly Dictionary<ushort, (ulong DistributorBase, ulong RedistributorBase, int Vcpus)> gics = [];
    private readonly Dictionary<ulong, ulong> busyPages = [];
    private readonly Dictionary<ulong, byte[]> memory = [];
    private readonly List<Mapping> mappings = [];
    private ulong nextObject = 0x1000;

    /// <summary>Creates the model with HLOS owning <paramref name="hlosRamSize"/> bytes of RAM at <paramref name="hlosRamBase"/>.</summary>
    public InMemoryRmPlatform(ulong hlosRamBase = 0x8000_0000, ulong hlosRamSize = 0x4000_0000)
    {
        ramBase = hlosRamBase;
        ramSize = hlosRamSize;
    }

    /// <summary>Guest VMs whose objects exist.</summary>
    public int VmCount { get { lock (gate) { return vms.Count; } } }

    /// <summary>vCPU, doorbell and message-queue objects alive.</summary>
    public int ObjectCount { get { lock (gate) { return objects.Count; } } }

    /// <summary>Capabilities held by any VM.</summary>
    public int CapabilityCount { get { lock (gate) { return caps.Count; } } }

    /// <summary>vIRQ bindings in any VM.</summary>
    public int VirqBindingCount { get { lock (gate) { return virqs.Count; } } }

    /// <summary>Memory extents alive.</summary>
    public int ExtentCount { get { lock (gate) { return extents.Count; } } }

    /// <summary>Stage-2 mappings of extents in any VM.</summary>
    public int MappingCount { get { lock (gate) { return mappings.Count; } } }

    /// <inheritdoc/>
    public HypError CreateVm(ushort vmid)
    {
        lock (gate)
        {
            return vmid == HlosVmid ? HypError.ArgumentInvalid : vms.Add(vmid) ? HypError.Ok : HypError.ObjectState;
        }
    }

    /// <inheritdoc/>
    public HypError DestroyVm(ushort vmid)
    {
        lock (gate)
        {
            if (!vms.Remove(vmid))
            {
                return HypError.ArgumentInvalid;
            }

            gics.Remove(vmid);

            foreach (var id in objects.Where(o => o.Value.Vmid == vmid).Select(o => o.Key).ToArray())
            {
                DestroyObjectLocked(id);
            }

            foreach (var key in caps.Keys.Where(k => k.Vmid == vmid).ToArray())
            {
                caps.Remove(key);
            }

            foreach (var key in virqs.Keys.Where(k => k.Vmid == vmid).ToArray())
            {
                virqs.Remove(key);
            }

            nextCap.Remove(vmid);
            mappings.RemoveAll(m => m.Vmid == vmid);
            foreach (var id in extents.Where(e => e.Value.Owner == vmid).Select(e => e.Key).ToArray())
            {
                DestroyExtentLocked(id);
            }

            foreach (var page in pageOwners.Where(p => p.Value == vmid).Select(p => p.Key).ToArray())
            {
                pageOwners.Remove(page);
            }

            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError CreateVcpu(ushort vmid, uint index, out ulong vcpu) => CreateObject(vmid, ObjectKind.Vcpu, index, out vcpu);

    /// <inheritdoc/>
    public HypError CreateDoorbell(ushort vmid, out ulong doorbell) => CreateObject(vmid, ObjectKind.Doorbell, 0, out doorbell);

    /// <inheritdoc/>
    public HypError CreateMessageQueue(ushort vmid, uint depth, uint maxMessageSize, out ulong queue)
    {
        queue = 0;
        return depth is 0 or > 255 || maxMessageSize is 0 or > 1023
            ? HypError.ArgumentInvalid
            : CreateObject(vmid, ObjectKind.MessageQueue, 0, out queue);
    }

    /// <inheritdoc/>
    public HypError DestroyObject(ulong obj)
    {
        lock (gate)
        {
            return DestroyObjectLocked(obj) ? HypError.Ok : HypError.CspaceCapNull;
        }
    }

    /// <inheritdoc/>
    public HypError GrantCapability(ulong obj, ushort vmid, uint rights, out ulong capId)
    {
        lock (gate)
        {
            capId = 0;
            if (!objects.ContainsKey(obj))
            {
                return HypError.CspaceCapNull;
            }

            if (vmid != HlosVmid && !vms.Contains(vmid))
            {
                return HypError.ArgumentInvalid;
            }

            // Each VM's capability space numbers its own capabilities from 1 (0 is never a valid cap in the model).
            capId = nextCap.TryGetValue(vmid, out var next) ? next : 1;
            nextCap[vmid] = capId + 1;
            caps.Add((vmid, capId), obj);
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError BindVirq(ulong obj, RmVirqSource source, ushort vmid, uint virq)
    {
        lock (gate)
        {
            if (!objects.ContainsKey(obj))
            {
                return HypError.CspaceCapNull;
            }

            return virqs.TryAdd((vmid, virq), (obj, source)) ? HypError.Ok : HypError.VirqBound;
        }
    }

    /// <inheritdoc/>
    public HypError ConfigureVirtualGic(ushort vmid, ulong distributorBase, ulong redistributorBase, int vcpus)
    {
        lock (gate)
        {
            if (!vms.Contains(vmid) || !gics.TryAdd(vmid, (distributorBase, redistributorBase, vcpus)))
            {
                return HypError.ObjectState;
            }

            return HypError.Ok;
        }
    }

    /// <summary>The virtual GIC configured for <paramref name="vmid"/>, if any.</summary>
    public (ulong DistributorBase, ulong RedistributorBase, int Vcpus)? GicOf(ushort vmid)
    {
        lock (gate)
        {
            return gics.TryGetValue(vmid, out var gic) ? gic : null;
        }
    }

    /// <inheritdoc/>
    public HypError SetBootContext(ulong vcpu, GhRmVmBootContextRegSet registerSet, byte index, ulong value)
    {
        lock (gate)
        {
            if (!objects.TryGetValue(vcpu, out var o) || o.Kind != ObjectKind.Vcpu)
            {
                return HypError.CspaceWrongObjectType;
            }

            if (o.PoweredOn)
            {
                return HypError.ObjectState;
            }

            o.BootContext[(registerSet, index)] = value;
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError PowerOnVcpu(ulong vcpu) => SetPower(vcpu, true);

    /// <inheritdoc/>
    public HypError PowerOffVcpu(ulong vcpu) => SetPower(vcpu, false);

    /// <summary>Whether a VM holds capability <paramref name="capId"/>, and to which object.</summary>
    public bool TryGetCapability(ushort vmid, ulong capId, out ulong obj)
    {
        lock (gate)
        {
            return caps.TryGetValue((vmid, capId), out obj);
        }
    }

    /// <summary>Whether <paramref name="vmid"/>'s vIRQ <paramref name="virq"/> is bound, and to what.</summary>
    public bool TryGetVirqBinding(ushort vmid, uint virq, out ulong obj, out RmVirqSource source)
    {
        lock (gate)
        {
            var found = virqs.TryGetValue((vmid, virq), out var binding);
            (obj, source) = binding;
            return found;
        }
    }

    /// <summary>A vCPU's boot-context register, if set.</summary>
    public ulong? GetBootContext(ulong vcpu, GhRmVmBootContextRegSet registerSet, byte index)
    {
        lock (gate)
        {
            return objects.TryGetValue(vcpu, out var o) && o.BootContext.TryGetValue((registerSet, index), out var v) ? v : null;
        }
    }

    /// <inheritdoc/>
    public HypError WatchVcpuHalt(ulong vcpu, Action halted)
    {
        ArgumentNullException.ThrowIfNull(halted);
        lock (gate)
        {
            if (!objects.TryGetValue(vcpu, out var o) || o.Kind != ObjectKind.Vcpu)
            {
                return HypError.CspaceWrongObjectType;
            }

            if (o.Halted is not null)
            {
                return HypError.VirqBound;
            }

            o.Halted = halted;
            return HypError.Ok;
        }
    }

    /// <inheritdoc/>
    public HypError VcpuRunCheck(ulong vcpu, out VcpuRunResult result)
    {
        lock (gate)
        {
            result = !objects.TryGetValue(vcpu, out var o) || o.Kind != ObjectKind.Vcpu
                ? new VcpuRunResult(HypError.CspaceWrongObjectType, VcpuRunState.Ready)
                : o.HaltResult ?? new VcpuRunResult(HypError.Ok, o.PoweredOn ? VcpuRunState.Ready : VcpuRunState.PoweredOff);
            return result.Error;
        }
    }

    /// <summary>Halts a vCPU as its guest would (a fault, a PSCI system reset/off): records what vcpu_run_check then
    /// reports and raises its halt interrupt if the RM watches it. False when there is no such vCPU.</summary>
    public bool Halt(ulong vcpu, VcpuRunResult result)
    {
        Action? halted;
        lock (gate)
        {
            if (!objects.TryGetValue(vcpu, out var o) || o.Kind != ObjectKind.Vcpu)
            {
                return false;
            }

            o.HaltResult = result;
            halted = o.Halted;
        }

        halted?.Invoke();
        return true;
    }

    /// <summary>Whether the RM watches a vCPU's halt interrupt.</summary>
    public bool IsHaltWatched(ulong vcpu)
    {
        lock (gate)
        {
            return objects.TryGetValue(vcpu, out var o) && o.Halted is not null;
        }
    }

    /// <summary>Whether a vCPU object is powered on.</summary>
    public bool IsPoweredOn(ulong vcpu)
    {
        lock (gate)
        {
            return objects.TryGetValue(vcpu, out var o) && o.PoweredOn;
        }
    }

    private HypError SetPower(ulong vcpu, bool on)
    {
        lock (gate)
        {
            if (!objects.TryGetValue(vcpu, out var o) || o.Kind != ObjectKind.Vcpu)
            {
                return HypError.CspaceWrongObjectType;
            }

            o.PoweredOn = on;
            if (on)
            {
                o.HaltResult = null;
            }
            return HypError.Ok;
        }
    }

    private HypError CreateObject(ushort vmid, ObjectKind kind, uint index, out ulong obj)
    {
        lock (gate)
        {
            obj = 0;
            if (!vms.Contains(vmid))
            {
                return HypError.ArgumentInvalid;
            }

            obj = nextObject++;
            objects.Add(obj, new PlatformObject(kind, vmid, index));
            return HypError.Ok;
        }
    }

    private bool DestroyObjectLocked(ulong obj)
    {
        if (!objects.Remove(obj))
        {
            return false;
        }

        foreach (var key in caps.Where(c => c.Value == obj).Select(c => c.Key).ToArray())
        {
            caps.Remove(key);
        }

        foreach (var key in virqs.Where(v => v.Value.Obj == obj).Select(v => v.Key).ToArray())
        {
            virqs.Remove(key);
        }

        return true;
    }

    private enum ObjectKind
    {
        Vcpu,
        Doorbell,
        MessageQueue,
    }

    private sealed class PlatformObject(ObjectKind kind, ushort vmid, uint index)
    {
        public ObjectKind Kind { get; } = kind;

        public ushort Vmid { get; } = vmid;

        public uint Index { get; } = index;

        public bool PoweredOn { get; set; }

        public Action? Halted { get; set; }

        public VcpuRunResult? HaltResult { get; set; }

        public Dictionary<(GhRmVmBootContextRegSet, byte), ulong> BootContext { get; } = [];
    }
}
