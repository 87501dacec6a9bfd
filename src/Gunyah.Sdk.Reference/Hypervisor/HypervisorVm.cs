namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A VM as the hypervisor sees it: a VMID, its own capability space, its stage-2 address space, its vCPUs,
/// the vIRQs bound into it, and its pending-vIRQ set. It makes hypercalls through <see cref="Hypercalls"/>.
/// </summary>
public sealed class HypervisorVm
{
    private readonly SortedSet<uint> pending = [];
    private IVirqSink? sink;
    private volatile Dictionary<uint, IVirqSink> handlers = [];
    private readonly Lock handlersLock = new();

    internal HypervisorVm(ReferenceHypervisor hypervisor, ushort vmid, ulong cspaceSerial)
    {
        Hypervisor = hypervisor;
        Vmid = vmid;
        CSpace = new CapabilitySpace(cspaceSerial);
        AddressSpace = new AddressSpace(this);
        Hypercalls = new VmHypercalls(this);
    }

    /// <summary>The VMID.</summary>
    public ushort Vmid { get; }

    /// <summary>The hypervisor the VM lives in.</summary>
    public ReferenceHypervisor Hypervisor { get; }

    /// <summary>The hypercalls this VM makes (cap ids from its own capability space).</summary>
    public IHypercalls Hypercalls { get; }

    /// <summary>The VM's stage-2 address space and its checked memory accessor.</summary>
    public AddressSpace AddressSpace { get; }

    /// <summary><c>false</c> once <see cref="ReferenceHypervisor.DestroyVm"/> ran.</summary>
    public bool IsAlive
    {
        get
        {
            lock (Hypervisor.Sync)
                return AliveLocked;
        }
    }

    /// <summary>Whether any vIRQ is pending in the VM's pending set.</summary>
    public bool HasPendingVirq
    {
        get
        {
            lock (Hypervisor.Sync)
                return pending.Count != 0;
        }
    }

    // Guarded by Hypervisor.Sync.
    internal bool AliveLocked = true;
    internal CapabilitySpace CSpace { get; }
    internal Dictionary<uint, VirqSource> BoundVirqs { get; } = [];
    internal List<Vcpu> Vcpus { get; } = [];

    /// <summary>The engines that fetch this VM's instructions without the lock (guarded by the hypervisor's lock).</summary>
    internal List<FetchQuiescence> FetchEnginesLocked { get; } = [];
    internal bool HasPendingLocked => pending.Count != 0;

    /// <summary>Where the VM's vIRQs go (those without a handler of their own); null drops them.</summary>
    public void SetVirqSink(IVirqSink? virqSink) => Volatile.Write(ref sink, virqSink);

    /// <summary>
    /// Routes vIRQ <paramref name="virq"/> to <paramref name="handler"/> instead of the VM's sink (null removes
    /// the route). This is how a <see cref="HypervisorMessageQueue"/> hears its queue's vIRQ.
    /// </summary>
    public void SetVirqHandler(uint virq, IVirqSink? handler)
    {
        lock (handlersLock)
        {
            var copy = new Dictionary<uint, IVirqSink>(handlers);
            if (handler is null)
                copy.Remove(virq);
            else
                copy[virq] = handler;
            handlers = copy;
        }
    }

    /// <summary>Takes the lowest pending vIRQ (an engine delivering it to the guest).</summary>
    public bool TryTakePendingVirq(out uint virq)
    {
        lock (Hypervisor.Sync)
        {
            if (pending.Count == 0)
            {
                virq = 0;
                return false;
            }

            virq = pending.Min;
            pending.Remove(virq);
            return true;
        }
    }

    internal void AddPendingLocked(uint virq)
    {
        pending.Add(virq);
        Interlocked.Increment(ref pendingStamp);
    }

    private int pendingStamp;

    /// <summary>Changes each time a vIRQ becomes pending: a cheap "anything new?" for an interrupt controller that
    /// polls between instructions.</summary>
    public int PendingStamp => Volatile.Read(ref pendingStamp);

    /// <summary>The VM's virtual GIC, once the RM configured one from the VM's devicetree (null: none, and raised
    /// vIRQs only wake the vCPUs).</summary>
    public Gic.VirtualGic? Gic { get; internal set; }

    internal void RemovePendingLocked(uint virq) => pending.Remove(virq);

    internal void ClearLocked()
    {
        FetchEnginesLocked.Clear();
        pending.Clear();
        sink = null;
        handlers = [];
    }

    /// <summary>Hands one vIRQ change to its handler or the sink. Outside the hypervisor's lock.</summary>
    internal void Deliver(uint virq, bool assert)
    {
        var target = handlers.TryGetValue(virq, out var handler) ? handler : Volatile.Read(ref sink);
        if (target is null)
            return;
        if (assert)
            target.Assert(virq);
        else
            target.Deassert(virq);
    }

    /// <inheritdoc />
    public override string ToString() => $"VM {Vmid:X}";
}
