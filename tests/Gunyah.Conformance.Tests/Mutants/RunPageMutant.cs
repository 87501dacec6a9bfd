using System.Collections.Concurrent;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Tests.Mutants;

/// <summary>
/// A deliberately wrong vCPU run page: around every VCPU_RUN of <paramref name="generation"/> the page the VMM mapped
/// from that vCPU fd is rewritten — <paramref name="beforeRun"/> sees what the VMM handed the kernel,
/// <paramref name="afterExit"/> what the kernel handed back — so the kernel reads or reports something it should not.
/// </summary>
internal sealed class RunPageMutant(IKernel inner, string generation, RunPageMutant.Rewrite? beforeRun, RunPageMutant.Rewrite? afterExit)
    : ForwardingKernel(inner)
{
    // Offsets in the run page, the same in every generation (gunyah-uapi.md §6.1; the union is 8-aligned).
    public const int ExitReason = 8;
    public const int MmioData = 24;
    public const int MmioIsWrite = 36;
    public const int MmioResumeAction = 37;
    public const int StatusExitType = 20;
    public const uint ExitMmio = 1;
    public const uint ExitStatus = 2;
    private const int PageSize = 4096;

    private readonly uint run = AbiProfiles.Find(generation)!.Ioctls.Single(i => i.Name.EndsWith("_VCPU_RUN", StringComparison.Ordinal)).Request;
    private readonly ConcurrentDictionary<int, nint> pages = new();

    /// <summary>Changes the run page in place.</summary>
    public delegate void Rewrite(Span<byte> page);

    public override nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        var mapped = base.Mmap(address, length, protection, flags, fd, offset);
        // Only a run page can be a vCPU fd's offset-0 mapping; a later mapping of a reused fd number replaces it.
        if (mapped > 0 && fd >= 0 && offset == 0 && length >= PageSize)
        {
            pages[fd] = mapped;
        }

        return mapped;
    }

    public override int Munmap(nint address, nuint length)
    {
        foreach (var (fd, page) in pages)
        {
            if (page == address)
            {
                pages.TryRemove(fd, out _);
            }
        }

        return base.Munmap(address, length);
    }

    public override int Ioctl(int fd, uint request, nint argument)
    {
        if (request != run || !pages.TryGetValue(fd, out var page))
        {
            return base.Ioctl(fd, request, argument);
        }

        beforeRun?.Invoke(Page(page));
        var result = base.Ioctl(fd, request, argument);
        if (result == 0)
        {
            afterExit?.Invoke(Page(page));
        }

        return result;
    }

    /// <summary>The exit the page holds, read as the VMM would.</summary>
    public static uint Reason(ReadOnlySpan<byte> page) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(page[ExitReason..]);

    private static unsafe Span<byte> Page(nint page) => new((void*)page, PageSize);
}
