namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// How an engine (or the hypervisor itself) touches a VM's guest memory: every access is first checked with
/// <see cref="ReferenceHypervisor.CheckAccess"/> — stage 2 and the ownership model must both allow it — and only
/// then copied, page by page, under the hypervisor's lock. A refused access copies nothing, returns the error
/// and is counted in <see cref="Violations"/>; it is never silent.
/// </summary>
public sealed unsafe class GuestMemoryAccessor
{
    private readonly AddressSpace space;
    private long violations;

    internal GuestMemoryAccessor(AddressSpace space) => this.space = space;

    internal ReferenceHypervisor Hypervisor => space.Vm.Hypervisor;

    /// <summary>Counts a refusal an engine answered from its own record of the page (same page, same kind, same
    /// memory generation as a refusal checked in full), so <see cref="Violations"/> stays the same either way.</summary>
    internal void CountRefusal() => Interlocked.Increment(ref violations);

    /// <summary>Accesses refused so far.</summary>
    public long Violations => Interlocked.Read(ref violations);

    /// <summary>Reads <paramref name="destination"/>.Length bytes from <paramref name="ipa"/> (needs R).</summary>
    public HypError Read(ulong ipa, Span<byte> destination) => CopyOut(ipa, destination, MemoryAccess.R);

    /// <summary>Fetches instructions: like <see cref="Read"/> but needs X.</summary>
    public HypError Fetch(ulong ipa, Span<byte> destination) => CopyOut(ipa, destination, MemoryAccess.X);

    /// <summary>Writes <paramref name="source"/> at <paramref name="ipa"/> (needs W).</summary>
    public HypError Write(ulong ipa, ReadOnlySpan<byte> source)
    {
        var hypervisor = space.Vm.Hypervisor;
        lock (hypervisor.Sync)
        {
            var error = Check(hypervisor, ipa, (ulong)source.Length, MemoryAccess.W);
            if (error != HypError.Ok)
                return error;
            var done = 0;
            while (done < source.Length)
            {
                var chunk = Chunk(ipa + (ulong)done, source.Length - done, out var physical);
                source.Slice(done, chunk).CopyTo(new Span<byte>((void*)(nint)physical, chunk));
                done += chunk;
            }
        }

        return HypError.Ok;
    }

    /// <summary>
    /// <see cref="Fetch"/>, <see cref="Read"/> or <see cref="Write"/> through one vCPU's <paramref name="cache"/>:
    /// still checked under the hypervisor's lock on every access, but when the access's page is the one the cache
    /// holds for that kind and no stage-2 or ownership change happened since it was checked (the hypervisor's memory
    /// generation), the check is that comparison and the copy goes straight to the page. Otherwise the access is
    /// checked in full and, if it is allowed, its whole page is checked quietly and cached. Same results, same
    /// counters as the uncached calls.
    /// </summary>
    public HypError FetchCached(ulong ipa, Span<byte> destination, TranslationCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return CopyOutCached(ipa, destination, MemoryAccess.X, ref cache.Fetch);
    }

    /// <inheritdoc cref="FetchCached"/>
    public HypError ReadCached(ulong ipa, Span<byte> destination, TranslationCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return CopyOutCached(ipa, destination, MemoryAccess.R, ref cache.Read);
    }

    /// <inheritdoc cref="FetchCached"/>
    public HypError WriteCached(ulong ipa, ReadOnlySpan<byte> source, TranslationCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var hypervisor = space.Vm.Hypervisor;
        if (!WithinPage(ipa, source.Length))
            return Write(ipa, source);
        lock (hypervisor.Sync)
        {
            if (!Hit(hypervisor, ipa, ref cache.Write, MemoryAccess.W))
                return Write(ipa, source); // Checked and counted as ever (the lock is re-entrant).
            source.CopyTo(new Span<byte>((void*)(cache.Write.Host + (nint)(ipa & ReferenceHypervisor.PageMask)), source.Length));
        }

        return HypError.Ok;
    }

    /// <summary>
    /// The slow half of an engine's lock-free instruction fetch: the 4-byte instruction at <paramref name="ipa"/>,
    /// checked and counted like <see cref="Fetch"/>, and — when its whole page allows execution — the page's host
    /// address and the generation it was checked at (else 0), which the engine may then read without the lock while
    /// <paramref name="engine"/> is active and the generation unchanged. Registers the engine with the VM, so memory
    /// changes wait for it.
    /// </summary>
    internal HypError FetchForCache(ulong ipa, FetchQuiescence engine, out uint instruction, out nint pageHost, out long generation)
    {
        var hypervisor = space.Vm.Hypervisor;
        instruction = 0;
        pageHost = 0;
        generation = 0;
        Span<byte> word = stackalloc byte[4];
        lock (hypervisor.Sync)
        {
            if (!engine.IsRegisteredWith(space.Vm))
                engine.RegisterLocked(space.Vm);
            var error = CopyOut(ipa, word, MemoryAccess.X);
            if (error != HypError.Ok)
                return error;
            instruction = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(word);
            var page = ipa & ~ReferenceHypervisor.PageMask;
            if ((ipa & 3) == 0
                && hypervisor.CheckAccessLocked(space.Vm, page, ReferenceHypervisor.PageSize, MemoryAccess.X, countViolations: false) == HypError.Ok
                && space.TryFindLocked(page, out var entry) && entry.Last >= page + ReferenceHypervisor.PageMask)
            {
                pageHost = (nint)(page + entry.Value.Delta);
                generation = hypervisor.MemoryGeneration;
            }
        }

        return HypError.Ok;
    }

    private HypError CopyOutCached(ulong ipa, Span<byte> destination, MemoryAccess access, ref TranslationCache.Page slot)
    {
        var hypervisor = space.Vm.Hypervisor;
        if (!WithinPage(ipa, destination.Length))
            return CopyOut(ipa, destination, access);
        lock (hypervisor.Sync)
        {
            if (!Hit(hypervisor, ipa, ref slot, access))
                return CopyOut(ipa, destination, access);
            new ReadOnlySpan<byte>((void*)(slot.Host + (nint)(ipa & ReferenceHypervisor.PageMask)), destination.Length).CopyTo(destination);
        }

        return HypError.Ok;
    }

    private static bool WithinPage(ulong ipa, int length) => (ipa & ReferenceHypervisor.PageMask) + (ulong)length <= ReferenceHypervisor.PageSize;

    // Whether the cached page serves this access; on a miss, (re)fills the slot if the whole page allows `access`.
    private bool Hit(ReferenceHypervisor hypervisor, ulong ipa, ref TranslationCache.Page slot, MemoryAccess access)
    {
        var page = ipa & ~ReferenceHypervisor.PageMask;
        var generation = hypervisor.MemoryGeneration;
        if (slot.Generation == generation && slot.Ipa == page && ReferenceEquals(slot.Space, space))
            return true;
        slot = default;
        if (hypervisor.CheckAccessLocked(space.Vm, page, ReferenceHypervisor.PageSize, access, countViolations: false) != HypError.Ok
            || !space.TryFindLocked(page, out var entry) || entry.Last < page + ReferenceHypervisor.PageMask)
            return false;
        slot = new TranslationCache.Page(space, page, (nint)(page + entry.Value.Delta), generation);
        return true;
    }

    /// <summary>
    /// An atomic read-modify-write of <paramref name="length"/> (1..16) bytes at <paramref name="ipa"/> (needs R and
    /// W): the bytes are read, changed by <paramref name="update"/> and written back under the hypervisor's lock, so
    /// no other access of any vCPU comes between.
    /// </summary>
    public HypError Update<TUpdate>(ulong ipa, int length, ref TUpdate update)
        where TUpdate : struct, Engine.IGuestMemoryUpdate
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 16);
        Span<byte> bytes = stackalloc byte[length];
        var hypervisor = space.Vm.Hypervisor;
        lock (hypervisor.Sync)
        {
            var error = Check(hypervisor, ipa, (ulong)length, MemoryAccess.R | MemoryAccess.W);
            if (error != HypError.Ok)
                return error;
            var done = 0;
            while (done < length)
            {
                var chunk = Chunk(ipa + (ulong)done, length - done, out var physical);
                new ReadOnlySpan<byte>((void*)(nint)physical, chunk).CopyTo(bytes.Slice(done, chunk));
                done += chunk;
            }

            if (!update.Update(bytes))
                return HypError.Ok;
            done = 0;
            while (done < length)
            {
                var chunk = Chunk(ipa + (ulong)done, length - done, out var physical);
                bytes.Slice(done, chunk).CopyTo(new Span<byte>((void*)(nint)physical, chunk));
                done += chunk;
            }
        }

        return HypError.Ok;
    }

    private HypError CopyOut(ulong ipa, Span<byte> destination, MemoryAccess access)
    {
        var hypervisor = space.Vm.Hypervisor;
        lock (hypervisor.Sync)
        {
            var error = Check(hypervisor, ipa, (ulong)destination.Length, access);
            if (error != HypError.Ok)
                return error;
            var done = 0;
            while (done < destination.Length)
            {
                var chunk = Chunk(ipa + (ulong)done, destination.Length - done, out var physical);
                new ReadOnlySpan<byte>((void*)(nint)physical, chunk).CopyTo(destination.Slice(done, chunk));
                done += chunk;
            }
        }

        return HypError.Ok;
    }

    private HypError Check(ReferenceHypervisor hypervisor, ulong ipa, ulong length, MemoryAccess access)
    {
        var error = hypervisor.CheckAccessLocked(space.Vm, ipa, length, access);
        if (error != HypError.Ok)
            Interlocked.Increment(ref violations);
        return error;
    }

    // The bytes from ipa to the end of its mapping run (at most remaining), which are contiguous in physical memory,
    // and where they are. Checked already.
    private int Chunk(ulong ipa, int remaining, out ulong physical)
    {
        space.TryFindLocked(ipa, out var entry);
        physical = ipa + entry.Value.Delta;
        return (int)Math.Min((ulong)remaining, entry.Last - ipa + 1);
    }
}
