namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A vCPU of a VM, proxy-scheduled: it runs only inside the host's vcpu_run, through its <see cref="IVcpuEngine"/>,
/// once a wakeup vIRQ is bound (<see cref="ReferenceHypervisor.BindVirq"/> with <see cref="VirqSourceKind.VcpuWakeup"/>). State is guarded by the
/// hypervisor's lock; the engine runs outside it.
/// </summary>
public sealed class Vcpu : HypObject
{
    internal Vcpu(ReferenceHypervisor hypervisor, HypervisorVm owner, int affinityIndex, IVcpuEngine engine)
        : base(hypervisor, HypObjectType.Vcpu)
    {
        Owner = owner;
        AffinityIndex = affinityIndex;
        Engine = engine;
        Wakeup = new VirqSource(this);
        Halt = new VirqSource(this);
        Context = new VcpuExecutionContext(this);
    }

    /// <summary>The VM whose vCPU this is.</summary>
    public HypervisorVm Owner { get; }

    /// <summary>The affinity index (the vCPU id the RM reports as the resource label).</summary>
    public int AffinityIndex { get; }

    /// <summary>The scheduler state now (a snapshot).</summary>
    public VcpuState State
    {
        get
        {
            lock (Hypervisor.Sync)
                return StateLocked;
        }
    }

    /// <summary>The exception the engine threw, if it did (vcpu_run then reported FAULT).</summary>
    public Exception? EngineFailure { get; internal set; }

    internal IVcpuEngine Engine { get; }

    internal VirqSource Wakeup { get; }

    internal VirqSource Halt { get; }

    internal VcpuExecutionContext Context { get; }

    // Guarded by Hypervisor.Sync.
    internal VcpuState StateLocked = VcpuState.PoweredOff;
    internal VcpuStopKind PendingMmio = VcpuStopKind.Yield;
    internal ulong PowerOffFlags;
    internal ulong SleepType;

    // What vcpu_run reported when the vCPU halted (vcpu_run_check answers it again); null until then.
    internal VcpuRunResult? HaltResult;

    /// <summary>An interrupt controller asked it to wake while it ran: its next WFI returns at once.</summary>
    internal bool KickedLocked;

    /// <summary>Whether the vCPU waits for an interrupt and one has come: it is then made ready.</summary>
    internal bool TryWakeLocked(ref VirqBatch batch)
    {
        if (StateLocked != VcpuState.ExpectsWakeup)
            return false;
        StateLocked = VcpuState.Ready;
        Wakeup.Assert(ref batch);
        return true;
    }

    /// <summary>Its VM is going: the vCPU halts for good.</summary>
    internal void KillLocked() => StateLocked = VcpuState.Halted;

    internal override void OnDestroyLocked(ref VirqBatch batch)
    {
        Wakeup.Unbind(ref batch);
        Halt.Unbind(ref batch);
        Owner.Vcpus.Remove(this);
        KillLocked();
    }
}
