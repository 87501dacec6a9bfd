using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>
/// Owns one mmap'd range of a <see cref="IKernel"/> and unmaps it through that kernel when disposed or finalized.
/// Memory reached through <see cref="Address"/> is valid only while the mapping is alive.
/// </summary>
public sealed unsafe class KernelMapping : SafeHandle
{
    private KernelMapping(IKernel kernel, nint address, nuint length)
        : base(invalidHandleValue: 0, ownsHandle: true)
    {
        Kernel = kernel;
        Length = length;
        SetHandle(address);
    }

    /// <summary>The kernel the range was mapped on (and is unmapped on).</summary>
    public IKernel Kernel { get; }

    /// <summary>The mapped length in bytes.</summary>
    public nuint Length { get; }

    /// <summary>The mapping's first byte.</summary>
    /// <exception cref="ObjectDisposedException">The mapping is gone.</exception>
    public nint Address
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return handle;
        }
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == 0;

    /// <summary>The whole mapping as bytes (the length must fit a span).</summary>
    public Span<byte> AsSpan() => new((void*)Address, checked((int)Length));

    /// <summary>Maps <paramref name="length"/> bytes of <paramref name="fd"/> at <paramref name="offset"/>;
    /// the mapping, or -errno in <paramref name="errno"/> with a null result.</summary>
    public static KernelMapping? TryMap(IKernel kernel, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset, out int errno)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var address = kernel.Mmap(0, length, protection, flags, fd, offset);
        if (address <= 0)
        {
            // -4095..-1 is -errno; anything else non-positive is no user address on the Linux ABIs .NET runs on.
            errno = address is < 0 and >= -4095 ? (int)-address : Errno.EINVAL;
            return null;
        }

        errno = 0;
        return new KernelMapping(kernel, address, length);
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle() => Kernel.Munmap(handle, Length) == 0;
}
