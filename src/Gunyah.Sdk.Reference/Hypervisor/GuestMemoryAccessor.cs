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
