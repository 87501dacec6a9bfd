using System.Runtime.CompilerServices;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// Page-aligned host memory for a guest's RAM: a memfd of <see cref="Size"/> bytes mapped shared read-write, placed
/// at <see cref="GuestAddress"/> in the guest. Gives bounds-checked typed and span access by guest-physical address,
/// and the <see cref="UserMemoryRegion"/> that hands it to a VM.
/// </summary>
public sealed unsafe class GuestMemory : IDisposable
{
    private readonly MemFdHandle file;
    private readonly KernelMapping mapping;

    private GuestMemory(ulong guestAddress, ulong size, MemFdHandle file, KernelMapping mapping)
    {
        GuestAddress = guestAddress;
        Size = size;
        this.file = file;
        this.mapping = mapping;
    }

    /// <summary>Guest-physical address of the first byte.</summary>
    public ulong GuestAddress { get; }

    /// <summary>Length in bytes (a whole number of pages).</summary>
    public ulong Size { get; }

    /// <summary>This process's address of the first byte.</summary>
    public nint HostAddress => mapping.Address;

    /// <summary>The memfd behind the memory.</summary>
    public MemFdHandle File => file;

    /// <summary>Allocates <paramref name="size"/> bytes (a multiple of the page size) for guest address
    /// <paramref name="guestAddress"/>: memfd_create, ftruncate, mmap(MAP_SHARED).</summary>
    /// <exception cref="GunyahException">A system call failed (nothing is left allocated).</exception>
    public static GuestMemory Allocate(IKernel kernel, ulong guestAddress, ulong size, string name = "gunyah-guest-ram")
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var page = (ulong)Environment.SystemPageSize;
        if (size == 0 || size % page != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"Guest memory is a non-zero multiple of the page size ({page}).");
        }

        if (guestAddress + size < guestAddress)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The guest range wraps around the address space.");
        }

        var file = new MemFdHandle(kernel, KernelCalls.Check(kernel.MemfdCreate(name, MemfdFlags.CloseOnExec), "memfd_create"));
        try
        {
            KernelCalls.Check(file.Truncate(checked((long)size)), "ftruncate", file.FdKind);
            return new GuestMemory(guestAddress, size, file, KernelCalls.MapShared(kernel, file, size));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>True when [<paramref name="guestAddress"/>, +<paramref name="length"/>) lies inside this memory.</summary>
    public bool Contains(ulong guestAddress, ulong length) =>
        guestAddress >= GuestAddress && length <= Size && guestAddress - GuestAddress <= Size - length;

    /// <summary>The bytes at [<paramref name="guestAddress"/>, +<paramref name="length"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside this memory.</exception>
    public Span<byte> GetSpan(ulong guestAddress, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new Span<byte>(Pointer(guestAddress, (ulong)length), length);
    }

    /// <summary>A reference to the <typeparamref name="T"/> at <paramref name="guestAddress"/> (any alignment
    /// the host tolerates; use <see cref="Read{T}"/>/<see cref="Write{T}"/> for unaligned values).</summary>
    public ref T GetRef<T>(ulong guestAddress)
        where T : unmanaged => ref Unsafe.AsRef<T>(Pointer(guestAddress, (ulong)sizeof(T)));

    /// <summary>Reads a <typeparamref name="T"/> (host byte order, any alignment).</summary>
    public T Read<T>(ulong guestAddress)
        where T : unmanaged => Unsafe.ReadUnaligned<T>(Pointer(guestAddress, (ulong)sizeof(T)));

    /// <summary>Writes a <typeparamref name="T"/> (host byte order, any alignment).</summary>
    public void Write<T>(ulong guestAddress, T value)
        where T : unmanaged => Unsafe.WriteUnaligned(Pointer(guestAddress, (ulong)sizeof(T)), value);

    /// <summary>Copies <paramref name="data"/> to <paramref name="guestAddress"/>.</summary>
    public void Write(ulong guestAddress, ReadOnlySpan<byte> data) => data.CopyTo(GetSpan(guestAddress, data.Length));

    /// <summary>Copies bytes at <paramref name="guestAddress"/> into <paramref name="destination"/>.</summary>
    public void Read(ulong guestAddress, Span<byte> destination) => GetSpan(guestAddress, destination.Length).CopyTo(destination);

    /// <summary>The region that gives this memory to a VM (SET_USER_MEM_REGION).</summary>
    public UserMemoryRegion ToRegion(uint label, MemoryAccess access = MemoryAccess.ReadWriteExecute, MemorySharing sharing = MemorySharing.Share) =>
        new(label, GuestAddress, Size, HostAddress, access, sharing);

    /// <summary>Unmaps the memory and closes the memfd.</summary>
    public void Dispose()
    {
        mapping.Dispose();
        file.Dispose();
    }

    private byte* Pointer(ulong guestAddress, ulong length)
    {
        if (!Contains(guestAddress, length))
        {
            throw new ArgumentOutOfRangeException(nameof(guestAddress), guestAddress,
                $"[0x{guestAddress:x}, +0x{length:x}) is outside guest memory [0x{GuestAddress:x}, +0x{Size:x}).");
        }

        return (byte*)mapping.Address + (guestAddress - GuestAddress);
    }
}
