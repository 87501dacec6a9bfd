namespace Gunyah.Sdk.Kernel;

/// <summary>
/// The kernel seam: the only place the SDK meets "the kernel". Every call returns what the kernel returns —
/// a non-negative result, or <c>-errno</c> — and nothing above this interface knows whether the other side is
/// Linux (<see cref="Native.LinuxKernel"/>) or the in-process reference hypervisor.
/// </summary>
/// <remarks>
/// File descriptors are plain numbers here; the layer above wraps them in <see cref="Handles.KernelFileHandle"/>
/// subclasses that own them. Addresses are host virtual addresses of this process. Implementations must be
/// thread-safe: vCPUs run on their own threads.
/// </remarks>
public interface IKernel
{
    /// <summary>openat(AT_FDCWD, path, flags): a new fd, or -errno.</summary>
    int Open(string path, OpenFlags flags);

    /// <summary>close(fd): 0 or -errno.</summary>
    int Close(int fd);

    /// <summary>
    /// close(fd) for a handle nobody disposed, called on the finalizer thread. It must not block: a seam whose close
    /// can wait (the reference kernel's VM teardown talks to its RM) finishes the release elsewhere, as Linux defers
    /// the last fput of a file. By default the same as <see cref="Close"/>.
    /// </summary>
    int CloseFromFinalizer(int fd) => Close(fd);

    /// <summary>ioctl(fd, request, argument); <paramref name="argument"/> is an address or an integer.
    /// The ioctl's result (&gt;= 0), or -errno.</summary>
    int Ioctl(int fd, uint request, nint argument);

    /// <summary>mmap: the mapped address, or -errno (a value in [-4095, -1], as the raw system call returns).</summary>
    nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset);

    /// <summary>munmap: 0 or -errno.</summary>
    int Munmap(nint address, nuint length);

    /// <summary>read(fd, buffer): bytes read, or -errno.</summary>
    int Read(int fd, Span<byte> buffer);

    /// <summary>write(fd, buffer): bytes written, or -errno.</summary>
    int Write(int fd, ReadOnlySpan<byte> buffer);

    /// <summary>eventfd(initialValue, flags): a new fd, or -errno.</summary>
    int EventFd(uint initialValue, EventFdFlags flags);

    /// <summary>memfd_create(name, flags): a new fd, or -errno.</summary>
    int MemfdCreate(string name, MemfdFlags flags);

    /// <summary>ftruncate(fd, length): 0 or -errno.</summary>
    int Ftruncate(int fd, long length);

    /// <summary>fallocate(fd, mode, offset, length): 0 or -errno.</summary>
    int Fallocate(int fd, FallocateMode mode, long offset, long length);

    /// <summary>The calling thread's kernel thread id (gettid). A vCPU records it so that
    /// <see cref="InterruptThread"/> can reach it.</summary>
    int CurrentThreadId();

    /// <summary>
    /// Interrupts a blocking call on thread <paramref name="threadId"/> of this process, the way a KVM-style VMM
    /// signals its vCPU thread: a system call blocked there returns -EINTR. 0 or -errno (-ESRCH: no such thread).
    /// </summary>
    int InterruptThread(int threadId);
}
