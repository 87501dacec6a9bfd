using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The kernel seam on the reference host driver. Gunyah fds (device, VM, vCPU, guest memory) are virtual: numbers
/// from <see cref="FirstVirtualFd"/> up, handed out lowest-free first like the kernel's, and served by the driver of
/// one ABI generation. Every other fd (eventfds, memfds, files) and every call that is not about a Gunyah fd goes to
/// the real kernel unchanged. Opening the configured device path gives a device fd.
/// </summary>
/// <remarks>
/// Real fds stay below the per-process ceiling <c>fs.nr_open</c> (1 048 576 by default), so the virtual range
/// starting at 2^30 cannot collide with them. Signals: <see cref="InterruptThread"/> marks a signal pending for the
/// thread in the driver's own model (see the docs); it does not send a real signal.
/// </remarks>
public sealed class ReferenceKernel : IKernel
{
    /// <summary>The first virtual fd number (2^30).</summary>
    public const int FirstVirtualFd = 1 << 30;

    private readonly SortedDictionary<int, DriverFile> files = new();
    private readonly Lock gate = new();
    private readonly List<Task> deferredReleases = [];
    private IoctlFaultInjector? faultInjector;
    private readonly HostDriver driver;

    internal ReferenceKernel(HostDriver driver, IKernel real, string devicePath)
    {
        this.driver = driver;
        Real = real;
        DevicePath = devicePath;
    }

    /// <summary>The path whose open gives a Gunyah device fd.</summary>
    public string DevicePath { get; }

    /// <summary>The kernel every non-Gunyah call goes to.</summary>
    public IKernel Real { get; }

    /// <summary>How many virtual fds are open.</summary>
    public int OpenVirtualFds
    {
        get
        {
            lock (gate)
            {
                return files.Count;
            }
        }
    }

    /// <summary>True for a number in the virtual range (open or not).</summary>
    public static bool IsVirtual(int fd) => fd >= FirstVirtualFd;

    /// <inheritdoc />
    public int Open(string path, OpenFlags flags) =>
        string.Equals(path, DevicePath, StringComparison.Ordinal) ? Install(new DeviceFile(driver)) : Real.Open(path, flags);

    /// <inheritdoc />
    public int Close(int fd)
    {
        if (!IsVirtual(fd))
        {
            return Real.Close(fd);
        }

        DriverFile? file;
        lock (gate)
        {
            if (!files.Remove(fd, out file))
            {
                return -Errno.EBADF;
            }
        }

        file.Release();
        return 0;
    }

    /// <summary>
    /// A close the runtime makes for a handle nobody disposed: the fd goes at once, the file's release (a VM's whole
    /// RM teardown) runs on the thread pool so the finalizer thread never waits for the RM — as Linux defers the
    /// last fput. <see cref="WhenDeferredReleasesDone"/> waits for them.
    /// </summary>
    public int CloseFromFinalizer(int fd)
    {
        if (!IsVirtual(fd))
        {
            return Real.CloseFromFinalizer(fd);
        }

        lock (gate)
        {
            if (!files.Remove(fd, out var file))
            {
                return -Errno.EBADF;
            }

            deferredReleases.RemoveAll(static t => t.IsCompleted);
            deferredReleases.Add(Task.Run(file.Release));
        }

        return 0;
    }

    /// <summary>Completes when every release deferred by <see cref="CloseFromFinalizer"/> so far has run.</summary>
    public Task WhenDeferredReleasesDone()
    {
        lock (gate)
        {
            return Task.WhenAll(deferredReleases);
        }
    }

    /// <inheritdoc />
    public int Ioctl(int fd, uint request, nint argument)
    {
        if (!IsVirtual(fd))
        {
            return Real.Ioctl(fd, request, argument);
        }

        if (Find(fd) is not { } file)
        {
            return -Errno.EBADF;
        }

        if (Volatile.Read(ref faultInjector) is { } inject && inject(fd, file.Kind, request) is var injected and < 0)
        {
            return injected;
        }

        return file.Ioctl(request, argument);
    }

    /// <summary>Makes chosen ioctls on the driver's fds fail with a chosen errno before the driver sees them (null:
    /// none). See <see cref="IoctlFaultInjector"/>.</summary>
    public IoctlFaultInjector? FaultInjector
    {
        get => Volatile.Read(ref faultInjector);
        set => Volatile.Write(ref faultInjector, value);
    }

    /// <inheritdoc />
    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        if (!IsVirtual(fd))
        {
            return Real.Mmap(address, length, protection, flags, fd, offset);
        }

        return Find(fd) is { } file ? file.Mmap(address, length, protection, flags, offset) : -Errno.EBADF;
    }

    /// <inheritdoc />
    /// <remarks>A range inside a VM's user memory region stays mapped until the region is released, as pinning keeps
    /// the pages (see <see cref="PinnedUserMemory"/>).</remarks>
    public int Munmap(nint address, nuint length) => driver.Pins.Munmap(address, length);

    /// <inheritdoc />
    public int Read(int fd, Span<byte> buffer) => IsVirtual(fd) ? VirtualOnly(fd, -Errno.EINVAL) : Real.Read(fd, buffer);

    /// <inheritdoc />
    public int Write(int fd, ReadOnlySpan<byte> buffer) => IsVirtual(fd) ? VirtualOnly(fd, -Errno.EINVAL) : Real.Write(fd, buffer);

    /// <inheritdoc />
    public int EventFd(uint initialValue, EventFdFlags flags) => Real.EventFd(initialValue, flags);

    /// <inheritdoc />
    public int MemfdCreate(string name, MemfdFlags flags) => Real.MemfdCreate(name, flags);

    /// <inheritdoc />
    public int Ftruncate(int fd, long length) => IsVirtual(fd) ? VirtualOnly(fd, -Errno.EINVAL) : Real.Ftruncate(fd, length);

    /// <inheritdoc />
    public int Fallocate(int fd, FallocateMode mode, long offset, long length)
    {
        if (!IsVirtual(fd))
        {
            return Real.Fallocate(fd, mode, offset, length);
        }

        return Find(fd) is { } file ? file.Fallocate(mode, offset, length) : -Errno.EBADF;
    }

    /// <inheritdoc />
    public int CurrentThreadId() => Real.CurrentThreadId();

    /// <summary>Marks a signal pending for <paramref name="threadId"/> in the driver's signal model, waking it from an
    /// interruptible wait of a Gunyah call (which then returns -EINTR). -ESRCH when the thread does not exist in
    /// this process.</summary>
    public int InterruptThread(int threadId)
    {
        if (threadId <= 0 || !Directory.Exists($"/proc/self/task/{threadId}"))
        {
            return -Errno.ESRCH;
        }

        driver.Signals.Raise(threadId);
        return 0;
    }

    /// <summary>The real kernel used when none is given: Linux.</summary>
    internal static IKernel DefaultReal() => LinuxKernel.Instance;

    internal int Install(DriverFile file)
    {
        lock (gate)
        {
            var fd = FirstVirtualFd;
            foreach (var used in files.Keys)
            {
                if (used != fd)
                {
                    break;
                }

                fd++;
            }

            files.Add(fd, file);
            return fd;
        }
    }

    internal DriverFile? Find(int fd)
    {
        lock (gate)
        {
            return files.GetValueOrDefault(fd);
        }
    }

    private int VirtualOnly(int fd, int errno) => Find(fd) is null ? -Errno.EBADF : errno;
}
