using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The native seam reaches libc: real eventfds and ioctls with errno coming back negated.</summary>
public class LinuxKernelSmokeTests
{
    [Fact]
    public void An_unknown_ioctl_on_a_real_eventfd_returns_minus_ENOTTY_and_a_closed_fd_minus_EBADF()
    {
        var kernel = LinuxKernel.Instance;
        var fd = kernel.EventFd(0, EventFdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"eventfd returned {fd}");

        Assert.Equal(-Errno.ENOTTY, kernel.Ioctl(fd, 0x4703, 0));
        Assert.Equal(0, kernel.Close(fd));
        Assert.Equal(-Errno.EBADF, kernel.Ioctl(fd, 0x4703, 0));
    }
}

public class LinuxKernelInterruptTests
{
    [Fact]
    public void InterruptThread_makes_a_blocked_read_on_that_thread_return_minus_EINTR()
    {
        var kernel = LinuxKernel.Instance;
        var fd = kernel.EventFd(0, EventFdFlags.CloseOnExec);
        var tid = 0;
        var result = 0;
        using var ready = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            tid = kernel.CurrentThreadId();
            ready.Set();
            result = kernel.Read(fd, new byte[8]);
        });
        thread.Start();
        ready.Wait();

        // The read may not have blocked yet when the first signal lands; keep kicking until it returns.
        while (!thread.Join(50))
        {
            Assert.Equal(0, kernel.InterruptThread(tid));
        }

        Assert.Equal(-Errno.EINTR, result);
        kernel.Close(fd);
    }
}
