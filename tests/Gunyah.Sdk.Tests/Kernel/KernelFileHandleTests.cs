using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>A <see cref="KernelFileHandle"/> owns a real fd: every call on it after Dispose is refused before the kernel.</summary>
public class KernelFileHandleTests
{
    private static readonly IKernel Kernel = LinuxKernel.Instance;

    [Fact]
    public void Every_call_on_a_disposed_handle_throws_ObjectDisposedException()
    {
        var handle = OpenEventFd();
        handle.Dispose();

        Assert.True(handle.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => handle.Fd);
        Assert.Throws<ObjectDisposedException>(() => handle.Ioctl(0x5421, 0));
        Assert.Throws<ObjectDisposedException>(() => handle.Read(new byte[8]));
        Assert.Throws<ObjectDisposedException>(() => handle.Write(new byte[8]));
        Assert.Throws<ObjectDisposedException>(() => handle.Truncate(0));
        Assert.Throws<ObjectDisposedException>(() => handle.Allocate(FallocateMode.Default, 0, 1));
        handle.Dispose();
    }

    [Fact]
    public unsafe void An_open_handle_passes_calls_to_the_kernel_with_its_fd()
    {
        using var handle = OpenEventFd();
        var nonBlocking = 1;

        // FIONBIO (x86-64 and arm64 number) with a pointer to 1: sets O_NONBLOCK, which the fd already has.
        Assert.Equal(0, handle.Ioctl(0x5421, (nint)(&nonBlocking)));
        Assert.Equal(-Errno.ENOTTY, handle.Ioctl(0x4700, 0));
        Assert.Equal("eventfd", handle.FdKind);
        Assert.Same(Kernel, handle.Kernel);
    }

    [Fact]
    public void A_negative_fd_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventFdHandle(Kernel, -1));
    }

    private static EventFdHandle OpenEventFd()
    {
        var fd = Kernel.EventFd(0, EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"eventfd returned {fd}");
        return new EventFdHandle(Kernel, fd);
    }
}
