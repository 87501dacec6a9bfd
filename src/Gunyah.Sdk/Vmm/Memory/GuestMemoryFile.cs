using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// A guest memory file (guest_memfd, CREATE_GUEST_MEM on v17): memory the kernel can lend to a guest page by page.
/// Bound into a VM with <see cref="GunyahVm.MapMemory(KernelFileHandle, in GuestMemoryBinding)"/>; the host maps
/// it shared (a private mapping is refused by the kernel) and manages its pages with fallocate.
/// </summary>
public sealed class GuestMemoryFile : IDisposable
{
    internal GuestMemoryFile(GuestMemoryHandle handle, ulong size)
    {
        Handle = handle;
        Size = size;
    }

    /// <summary>The owned fd.</summary>
    public GuestMemoryHandle Handle { get; }

    /// <summary>The file's size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>Maps [<paramref name="offset"/>, +<paramref name="length"/>) shared read-write into this process.</summary>
    /// <exception cref="GunyahException">mmap failed.</exception>
    public KernelMapping Map(ulong offset, ulong length) => KernelCalls.MapShared(Handle.Kernel, Handle, length, checked((long)offset));

    /// <summary>Allocates backing pages (fallocate with KEEP_SIZE, which the kernel requires).</summary>
    public void Allocate(ulong offset, ulong length) => Fallocate(FallocateMode.KeepSize, offset, length);

    /// <summary>Frees backing pages (fallocate PUNCH_HOLE | KEEP_SIZE); later use sees zeroes.</summary>
    public void PunchHole(ulong offset, ulong length) => Fallocate(FallocateMode.PunchHole | FallocateMode.KeepSize, offset, length);

    /// <summary>Zeroes a range (fallocate ZERO_RANGE | KEEP_SIZE).</summary>
    public void ZeroRange(ulong offset, ulong length) => Fallocate(FallocateMode.ZeroRange | FallocateMode.KeepSize, offset, length);

    /// <summary>fallocate with any mode; the kernel's errno comes back in a <see cref="GunyahException"/>.</summary>
    public void Fallocate(FallocateMode mode, ulong offset, ulong length) =>
        KernelCalls.Check(Handle.Allocate(mode, checked((long)offset), checked((long)length)), "fallocate", Handle.FdKind);

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
