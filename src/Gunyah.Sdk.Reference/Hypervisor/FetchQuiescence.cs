namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One engine's half of the lock-free instruction fetch. While <see cref="IsActive"/> the engine may read its cached
/// executable page without the hypervisor's lock, as long as the memory generation is the one the page was checked
/// at; a change to any stage 2 or to ownership bumps the generation and then waits, before it changes anything,
/// until every active engine has noticed and gone inactive (as a hypervisor waits for a TLB shootdown). An engine
/// goes inactive before anything that may wait for the hypervisor's lock, so the waiting cannot deadlock.
/// </summary>
public sealed class FetchQuiescence
{
    private int active;

    /// <summary>Whether the engine may be reading a cached page without the lock.</summary>
    public bool IsActive => Volatile.Read(ref active) != 0;

    internal int OwnerThread { get; private set; }

    private HypervisorVm? registeredWith;

    internal bool IsRegisteredWith(HypervisorVm vm) => ReferenceEquals(registeredWith, vm) && vm.FetchEnginesLocked.Contains(this);

    // Under the hypervisor's lock: memory changes now wait for this engine.
    internal void RegisterLocked(HypervisorVm vm)
    {
        registeredWith?.FetchEnginesLocked.Remove(this);
        registeredWith = vm;
        vm.FetchEnginesLocked.Add(this);
    }

    /// <summary>
    /// Marks the engine active and returns the memory generation read after that mark became visible (a full
    /// fence between the two, against the writer's bump-then-look): a cached page checked at this generation may
    /// be read until the generation changes.
    /// </summary>
    internal long Activate(ReferenceHypervisor hypervisor)
    {
        OwnerThread = Environment.CurrentManagedThreadId;
        Interlocked.Exchange(ref active, 1);
        return hypervisor.MemoryGeneration;
    }

    /// <summary>Marks the engine inactive: it reads no cached page until it activates again.</summary>
    public void Deactivate() => Volatile.Write(ref active, 0);
}
