using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The native seam reaches libc: real eventfds and ioctls with errno coming back negated.</summary>
[Collection(FdTableCollection.Name)]
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
