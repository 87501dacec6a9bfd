using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Hypervisor.Gic;

namespace Gunyah.Sdk.Reference.Engine;

/// <summary>
/// The bus of a vCPU on the reference hypervisor: every access through its VM's <see cref="GuestMemoryAccessor"/>,
/// so stage 2 and ownership check each one. Data accesses use a per-vCPU <see cref="TranslationCache"/> under the
/// hypervisor's lock; instruction fetches from the page last checked executable need no lock at all while this
/// engine is active (<see cref="FetchQuiescence"/>): any memory change first waits for the engine to notice.
/// Everything that may wait for the hypervisor's lock deactivates the engine first.
/// </summary>
internal sealed unsafe class AccessorGuestBus : IGuestBus
{
    private const ulong NoPage = ulong.MaxValue;
    private readonly TranslationCache cache = new();
    private readonly FetchQuiescence quiescence = new();
    private GuestMemoryAccessor? accessor;
    private ReferenceHypervisor? hypervisor;
    private bool active;
    private ulong fetchPage = NoPage;
    private nint fetchHost;
    private long fetchGeneration;

    public GuestMemoryAccessor? Accessor
    {
        get => accessor;
        set
        {
            if (ReferenceEquals(accessor, value))
                return;
            Quiesce();
            fetchPage = NoPage;
            accessor = value;
            hypervisor = value?.Hypervisor;
        }
    }

    /// <summary>Why the hypervisor refused the last refused access (diagnostics), and where.</summary>
    public (HypError Error, ulong Address) LastRefusal { get; private set; }

    /// <summary>The VM's virtual GIC: its register frames are emulated here, never MMIO exits.</summary>
    public VirtualGic? Gic { get; set; }

    /// <summary>Ends lock-free fetching until the next fetch (before anything that may wait for the hypervisor).</summary>
    public void Quiesce()
    {
        if (active)
        {
            quiescence.Deactivate();
            active = false;
        }
    }

    public bool TryRead(ulong address, Span<byte> destination)
    {
        Quiesce();
        if (Gic is { } gic && gic.Contains(address))
            return gic.TryRead(address, destination);
        if (refusedRead.Matches(address, destination.Length, hypervisor!))
            return Refused(refusedRead, address);
        var generation = hypervisor!.MemoryGeneration; // Before the check: see Refusal.
        var error = accessor!.ReadCached(address, destination, cache);
        refusedRead = Refusal.After(error, address, destination.Length, generation);
        return Checked(error, address);
    }

    public bool TryWrite(ulong address, ReadOnlySpan<byte> source)
    {
        Quiesce();
        if (Gic is { } gic && gic.Contains(address))
            return gic.TryWrite(address, source);
        if (refusedWrite.Matches(address, source.Length, hypervisor!))
            return Refused(refusedWrite, address);
        var generation = hypervisor!.MemoryGeneration;
        var error = accessor!.WriteCached(address, source, cache);
        refusedWrite = Refusal.After(error, address, source.Length, generation);
        return Checked(error, address);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryFetch(ulong address, out uint instruction)
    {
        if ((address & ~ReferenceHypervisor.PageMask) == fetchPage && (address & 3) == 0)
        {
            if (!active)
            {
                quiescence.Activate(hypervisor!);
                active = true;
            }

            if (fetchGeneration == hypervisor!.MemoryGeneration)
            {
                instruction = *(uint*)(fetchHost + (nint)(address & ReferenceHypervisor.PageMask));
                return true;
            }
        }

        return SlowFetch(address, out instruction);
    }

    public bool TryUpdate<TUpdate>(ulong address, int length, ref TUpdate update)
        where TUpdate : struct, IGuestMemoryUpdate
    {
        Quiesce();
        return Checked(accessor!.Update(address, length, ref update), address);
    }

    // Checked under the lock; a whole executable page becomes the lock-free page (read at the next fetch, once this
    // engine is active again and the generation still the one the page was checked at).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool SlowFetch(ulong address, out uint instruction)
    {
        Quiesce();
        fetchPage = NoPage;
        var error = accessor!.FetchForCache(address, quiescence, out instruction, out var host, out var generation);
        if (!Checked(error, address))
            return false;
        if (host != 0)
        {
            fetchPage = address & ~ReferenceHypervisor.PageMask;
            fetchHost = host;
            fetchGeneration = generation;
        }

        return true;
    }

    // The page of the last refused read (write) and why: stage 2 and ownership are page-granular, so while the memory
    // generation is unchanged every access of that kind within the page is refused the same way. An MMIO device's
    // page is met on every exit, and answering it from here skips the lock and the full check. Refusing is always
    // safe; a change makes the generation move on, and the next access is checked in full.
    private Refusal refusedRead;
    private Refusal refusedWrite;

    private bool Refused(in Refusal refusal, ulong address)
    {
        accessor!.CountRefusal();
        LastRefusal = (refusal.Error, address);
        return false;
    }

    private readonly record struct Refusal(ulong Page, long Generation, HypError Error, bool Valid)
    {
        public bool Matches(ulong address, int length, ReferenceHypervisor hypervisor) =>
            Valid && (address & ~ReferenceHypervisor.PageMask) == Page && (address & ReferenceHypervisor.PageMask) + (ulong)length <= ReferenceHypervisor.PageSize
            && Generation == hypervisor.MemoryGeneration;

        // The generation is read before the check: a change that starts meanwhile has already moved it on (changes
        // bump it before they change anything), so the record is stale at once and never wrong.
        public static Refusal After(HypError error, ulong address, int length, long generationBefore) =>
            error is HypError.Ok or HypError.ObjectState || (address & ReferenceHypervisor.PageMask) + (ulong)length > ReferenceHypervisor.PageSize
                ? default
                : new(address & ~ReferenceHypervisor.PageMask, generationBefore, error, true);
    }

    private bool Checked(HypError error, ulong address)
    {
        if (error == HypError.Ok)
            return true;
        LastRefusal = (error, address);
        return false;
    }
}
