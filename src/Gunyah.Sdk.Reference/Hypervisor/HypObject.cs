namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// A hypervisor object that capabilities name. It lives while anything refers to it: a capability in some
/// VM's capability space, or the creator's hold (released with <see cref="ReferenceHypervisor.Release"/>).
/// All mutable state is guarded by the hypervisor's lock.
/// </summary>
public abstract class HypObject
{
    private protected HypObject(ReferenceHypervisor hypervisor, HypObjectType type)
    {
        Hypervisor = hypervisor;
        Type = type;
        References = 1; // The creator's hold.
        CreatorHold = true;
    }

    /// <summary>The hypervisor that owns the object.</summary>
    public ReferenceHypervisor Hypervisor { get; }

    /// <summary>What kind of object this is.</summary>
    public HypObjectType Type { get; }

    /// <summary><c>false</c> once the last reference went and the object was destroyed.</summary>
    public bool IsAlive
    {
        get
        {
            lock (Hypervisor.Sync)
                return !Destroyed;
        }
    }

    // Guarded by Hypervisor.Sync.
    internal int References;
    internal bool CreatorHold;
    internal bool Destroyed;

    /// <summary>Called once, under the lock, when the last reference goes: unbind interrupt sources, stop work.</summary>
    internal abstract void OnDestroyLocked(ref VirqBatch batch);
}
