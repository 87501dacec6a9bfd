using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// copy_from_user / copy_to_user and page pinning for the reference driver. The driver runs in the VMM's own process,
/// so user memory is read in place; what the kernel would fault on is found first with mincore(2): an address range
/// with any page not mapped in this process is "unreadable" (EFAULT), as is a NULL pointer.
/// </summary>
/// <remarks>
/// mincore reports mappings, not permissions: a PROT_NONE mapping counts as mapped here (the kernel's copy would
/// fault on it). Pinning is modelled as "every page of the range is mapped now"; there is no locked-memory
/// accounting (RLIMIT_MEMLOCK, ENOMEM). A munmap of a registered region through the seam is held back until the
/// region is released (<see cref="PinnedUserMemory"/>).
/// </remarks>
internal static unsafe partial class UserMemory
{
    /// <summary>The host page size (the kernel's PAGE_SIZE).</summary>
    public static readonly ulong PageSize = (ulong)Environment.SystemPageSize;

    /// <summary>True when every page of [address, address + length) is mapped in this process.</summary>
    public static bool IsMapped(ulong address, ulong length)
    {
        if (address == 0 || address + length < address)
        {
            return false;
        }

        if (length == 0)
        {
            return true;
        }

        var start = address & ~(PageSize - 1);
        var end = AlignUp(address + length);
        if (end < start || end == 0)
        {
            return false;
        }

        var pages = (end - start) / PageSize;
        const ulong chunk = 4096;
        var vector = stackalloc byte[(int)chunk];
        for (ulong done = 0; done < pages; done += chunk)
        {
            var count = Math.Min(chunk, pages - done);
            if (MinCore((nint)(start + (done * PageSize)), (nuint)(count * PageSize), vector) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>copy_from_user of a <typeparamref name="T"/>: false (EFAULT) when the pointer is NULL or unmapped.</summary>
    public static bool TryRead<T>(nint address, out T value)
        where T : unmanaged
    {
        if (!IsMapped((ulong)address, (ulong)sizeof(T)))
        {
            value = default;
            return false;
        }

        value = *(T*)address;
        return true;
    }

    /// <summary>copy_from_user of <paramref name="length"/> bytes: null (EFAULT) when unreadable.</summary>
    public static byte[]? TryReadBytes(ulong address, uint length)
    {
        if (length == 0)
        {
            return [];
        }

        if (!IsMapped(address, length))
        {
            return null;
        }

        return new ReadOnlySpan<byte>((void*)address, (int)length).ToArray();
    }

    /// <summary>True when <paramref name="value"/> is a multiple of the page size.</summary>
    public static bool IsPageAligned(ulong value) => (value & (PageSize - 1)) == 0;

    /// <summary>Rounds up to a whole page (0 stays 0; wraps to 0 at the top of the address space).</summary>
    public static ulong AlignUp(ulong value) => (value + PageSize - 1) & ~(PageSize - 1);

    [LibraryImport("libc", EntryPoint = "mincore")]
    private static partial int MinCore(nint address, nuint length, byte* vector);
}
