using System.Runtime.InteropServices;
using Gunyah.Interop;

namespace Gunyah.Sdk.Kernel.Handles;

/// <summary>
/// Owns one fd of a <see cref="IKernel"/> and closes it through that kernel. It is also the
/// <see cref="IIoctlTarget"/> the generated typed ioctl clients call: one mechanism from the typed API down to
/// the seam. A call on a closed handle throws <see cref="ObjectDisposedException"/>; a call racing with
/// <see cref="SafeHandle.Dispose()"/> keeps the fd open until it returns.
/// </summary>
public abstract class KernelFileHandle : SafeHandle, IIoctlTarget
{
    /// <summary>Takes ownership of <paramref name="fd"/>, opened on <paramref name="kernel"/>; it is closed there when the handle is released.</summary>
    protected KernelFileHandle(IKernel kernel, int fd)
        : base(invalidHandleValue: -1, ownsHandle: true)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentOutOfRangeException.ThrowIfNegative(fd);
        Kernel = kernel;
        SetHandle(fd);
    }

    /// <summary>The kernel that owns the fd.</summary>
    public IKernel Kernel { get; }

    /// <summary>The fd kind, as the fd maps name it: <c>device</c>, <c>vm</c>, <c>vcpu</c>, <c>guest_mem</c>,
    /// <c>eventfd</c> or <c>memfd</c>.</summary>
    public abstract string FdKind { get; }

    /// <summary>The fd number (a snapshot: a concurrent Dispose may close it and the kernel reuse the number; to pass
    /// it in an ioctl argument, hold a <see cref="LeaseFd"/> for the call).</summary>
    /// <exception cref="ObjectDisposedException">The handle is closed.</exception>
    public int Fd
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return (int)handle;
        }
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle < 0;

    /// <summary>Keeps the fd open until the lease is disposed, so its number can go into another fd's ioctl argument
    /// (irqfd, ioeventfd, MAP_MEM) without a concurrent Dispose closing it — and the kernel reusing the number for an
    /// unrelated file — mid-call.</summary>
    /// <exception cref="ObjectDisposedException">The handle is closed.</exception>
    public FdLease LeaseFd() => new(this);

    /// <inheritdoc/>
    public int Ioctl(uint request, nint argument)
    {
        using var lease = new FdLease(this);
        return Kernel.Ioctl(lease.Fd, request, argument);
    }

    /// <summary>read(2) on the fd: bytes read, or -errno.</summary>
    public int Read(Span<byte> buffer)
    {
        using var lease = new FdLease(this);
        return Kernel.Read(lease.Fd, buffer);
    }

    /// <summary>write(2) on the fd: bytes written, or -errno.</summary>
    public int Write(ReadOnlySpan<byte> buffer)
    {
        using var lease = new FdLease(this);
        return Kernel.Write(lease.Fd, buffer);
    }

    /// <summary>ftruncate(2) on the fd: 0 or -errno.</summary>
    public int Truncate(long length)
    {
        using var lease = new FdLease(this);
        return Kernel.Ftruncate(lease.Fd, length);
    }

    /// <summary>fallocate(2) on the fd: 0 or -errno.</summary>
    public int Allocate(FallocateMode mode, long offset, long length)
    {
        using var lease = new FdLease(this);
        return Kernel.Fallocate(lease.Fd, mode, offset, length);
    }

    private volatile bool finalizing;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        // disposing is false only when the runtime finalizes a handle nobody disposed.
        finalizing = !disposing;
        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        try
        {
            return (finalizing ? Kernel.CloseFromFinalizer((int)handle) : Kernel.Close((int)handle)) == 0;
        }
        catch (Exception)
        {
            // This runs on the finalizer thread for a forgotten handle: an exception here would end the process.
            // A seam is not supposed to throw; one that does gets the close reported as failed.
            return false;
        }
    }

    /// <summary>Keeps an fd open for one call (see <see cref="LeaseFd"/>); dispose it when the call returns.</summary>
    public readonly ref struct FdLease
    {
        private readonly KernelFileHandle owner;
        private readonly bool added;

        internal FdLease(KernelFileHandle owner)
        {
            this.owner = owner;
            owner.DangerousAddRef(ref added);
            Fd = (int)owner.handle;
        }

        /// <summary>The fd number, open for as long as the lease.</summary>
        public int Fd { get; }

        /// <summary>Ends the lease.</summary>
        public void Dispose()
        {
            if (added)
            {
                owner.DangerousRelease();
            }
        }
    }
}
