namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A doorbell (fact sheet §6.4): a 64-bit flags word, an enable mask (flags that raise the vIRQ) and an ack
/// mask (flags cleared automatically when the vIRQ is asserted). Created, and reset, with flags 0, enable all
/// ones, ack 0.
/// </summary>
public sealed class Doorbell : HypObject
{
    private ulong flags;
    private ulong enableMask = ulong.MaxValue;
    private ulong ackMask;

    internal Doorbell(ReferenceHypervisor hypervisor)
        : base(hypervisor, HypObjectType.Doorbell) => Source = new VirqSource(this);

    /// <summary>The flags set now (a snapshot).</summary>
    public ulong Flags
    {
        get
        {
            lock (Hypervisor.Sync)
                return flags;
        }
    }

    internal VirqSource Source { get; }

    private bool Pending => (flags & enableMask) != 0;

    internal HypError SendLocked(ulong newFlags, out ulong previous, ref VirqBatch batch)
    {
        previous = 0;
        if (newFlags == 0)
            return HypError.ArgumentInvalid;
        previous = flags;
        flags |= newFlags;
        if (Pending)
            AssertLocked(ref batch);
        return HypError.Ok;
    }

    internal HypError ReceiveLocked(ulong clearFlags, out ulong previous, ref VirqBatch batch)
    {
        previous = 0;
        if (clearFlags == 0)
            return HypError.ArgumentInvalid;
        previous = flags;
        flags &= ~clearFlags;
        if (!Pending)
            Source.Clear(ref batch); // A level line drops once no enabled flag remains.
        return HypError.Ok;
    }

    internal HypError MaskLocked(ulong newEnable, ulong newAck, ref VirqBatch batch)
    {
        var was = Pending;
        enableMask = newEnable;
        ackMask = newAck;
        var now = Pending;
        if (was && !now)
            Source.Clear(ref batch);
        else if (now && !was)
            AssertLocked(ref batch);
        else if (now)
            flags &= ~ackMask;
        return HypError.Ok;
    }

    internal HypError ResetLocked(ref VirqBatch batch)
    {
        Source.Clear(ref batch);
        flags = 0;
        ackMask = 0;
        enableMask = ulong.MaxValue;
        return HypError.Ok;
    }

    // The ack mask's flags go as the vIRQ is asserted (a level line stays up until a receive, mask or reset
    // finds no enabled flag left).
    private void AssertLocked(ref VirqBatch batch)
    {
        Source.Assert(ref batch);
        flags &= ~ackMask;
    }

    internal override void OnDestroyLocked(ref VirqBatch batch) => Source.Unbind(ref batch);
}
