namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// An object's interrupt source (a message queue end, a doorbell, a vCPU wakeup) and the vIRQ of one VM it is
/// bound to, if any. Guarded by the hypervisor's lock.
/// </summary>
internal sealed class VirqSource(HypObject owner)
{
    public HypObject Owner { get; } = owner;

    public HypervisorVm? Target { get; private set; }

    public uint Virq { get; private set; }

    public VirqTrigger Trigger { get; private set; }

    /// <summary>For a level source: whether the line is up.</summary>
    public bool LineUp { get; private set; }

    public bool IsBound => Target is not null;

    public void Bind(HypervisorVm target, uint virq, VirqTrigger trigger)
    {
        Target = target;
        Virq = virq;
        Trigger = trigger;
        LineUp = false;
    }

    public void Unbind(ref VirqBatch batch)
    {
        if (Target is { } target)
        {
            Clear(ref batch);
            target.BoundVirqs.Remove(Virq);
            Target = null;
        }
    }

    /// <summary>Asserts the vIRQ: an edge every time, a level only when it goes up.</summary>
    public void Assert(ref VirqBatch batch)
    {
        if (Target is not { } target)
            return;
        if (Trigger == VirqTrigger.Level)
        {
            if (LineUp)
                return;
            LineUp = true;
        }

        target.Hypervisor.RaiseLocked(target, Virq, ref batch);
    }

    /// <summary>Lowers a level vIRQ that is up; an edge has nothing to clear.</summary>
    public void Clear(ref VirqBatch batch)
    {
        if (Target is not { } target || !LineUp)
            return;
        LineUp = false;
        target.Hypervisor.LowerLocked(target, Virq, ref batch);
    }
}
