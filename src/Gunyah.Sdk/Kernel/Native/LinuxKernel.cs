using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Kernel.Native;

/// <summary>
/// The kernel seam on the real Linux kernel: each call is one libc system-call wrapper, and a failure comes back
/// as -errno read straight after the call. Stateless and thread-safe.
/// </summary>
public sealed unsafe class LinuxKernel : IKernel
{
    private LinuxKernel()
    {
    }

    /// <summary>The one instance (the seam has no state).</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public static LinuxKernel Instance
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("The native kernel seam needs Linux.");
            }

            return Shared;
        }
    }

    private static readonly LinuxKernel Shared = new();

    /// <inheritdoc/>
    public int Open(string path, OpenFlags flags) => Result(LibC.Open(path, (int)flags, 0));

    /// <inheritdoc/>
    public int Close(int fd) => Result(LibC.Close(fd));

    /// <inheritdoc/>
    public int Ioctl(int fd, uint request, nint argument) => Result(LibC.Ioctl(fd, request, argument));

    /// <inheritdoc/>
    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        var mapped = LibC.Mmap(address, length, (int)protection, (int)flags, fd, offset);
        return mapped == -1 ? -Marshal.GetLastSystemError() : mapped;
    }

    /// <inheritdoc/>
    public int Munmap(nint address, nuint length) => Result(LibC.Munmap(address, length));

    /// <inheritdoc/>
    public int Read(int fd, Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            return Result((int)LibC.Read(fd, pointer, (nuint)buffer.Length));
        }
    }

    /// <inheritdoc/>
    public int Write(int fd, ReadOnlySpan<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            return Result((int)LibC.Write(fd, pointer, (nuint)buffer.Length));
        }
    }

    /// <inheritdoc/>
    public int EventFd(uint initialValue, EventFdFlags flags) => Result(LibC.EventFd(initialValue, (int)flags));

    /// <inheritdoc/>
    public int MemfdCreate(string name, MemfdFlags flags) => Result(LibC.MemfdCreate(name, (uint)flags));

    /// <inheritdoc/>
    public int Ftruncate(int fd, long length) => Result(LibC.Ftruncate(fd, length));

    /// <inheritdoc/>
    public int Fallocate(int fd, FallocateMode mode, long offset, long length) => Result(LibC.Fallocate(fd, (int)mode, offset, length));

    /// <inheritdoc/>
    public int CurrentThreadId() => LibC.GetTid();

    /// <inheritdoc/>
    public int InterruptThread(int threadId)
    {
        var signal = KickSignal.Number;
        return signal < 0 ? signal : Result(LibC.TgKill(LibC.GetPid(), threadId, signal));
    }

    // Every wrapper here reports failure as -1 with errno set.
    private static int Result(int value) => value == -1 ? -Marshal.GetLastSystemError() : value;
}
