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

    public int Open(string path, OpenFlags flags) => Result(LibC.Open(path, (int)flags, 0));

    public int Close(int fd) => Result(LibC.Close(fd));

    public int Ioctl(int fd, uint request, nint argument) => Result(LibC.Ioctl(fd, request, argument));

    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        var mapped = LibC.Mmap(address, length, (int)protection, (int)flags, fd, offset);
        return mapped == -1 ? -Marshal.GetLastSystemError() : mapped;
    }

    public int Munmap(nint address, nuint length) => Result(LibC.Munmap(address, length));

    public int Read(int fd, Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            return Result((int)LibC.Read(fd, pointer, (nuint)buffer.Length));
        }
    }

    public int Write(int fd, ReadOnlySpan<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            return Result((int)LibC.Write(fd, pointer, (nuint)buffer.Length));
        }
    }

    public int EventFd(uint initialValue, EventFdFlags flags) => Result(LibC.EventFd(initialValue, (int)flags));

    public int MemfdCreate(string name, MemfdFlags flags) => Result(LibC.MemfdCreate(name, (uint)flags));

    public int Ftruncate(int fd, long length) => Result(LibC.Ftruncate(fd, length));

    public int Fallocate(int fd, FallocateMode mode, long offset, long length) => Result(LibC.Fallocate(fd, (int)mode, offset, length));

    public int CurrentThreadId() => LibC.GetTid();

    public int InterruptThread(int threadId)
    {
        var signal = KickSignal.Number;
        return signal < 0 ? signal : Result(LibC.TgKill(LibC.GetPid(), threadId, signal));
    }

    // Every wrapper here reports failure as -1 with errno set.
    private static int Result(int value) => value == -1 ? -Marshal.GetLastSystemError() : value;
}
