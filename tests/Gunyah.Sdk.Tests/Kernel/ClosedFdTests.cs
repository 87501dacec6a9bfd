using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>Once a handle closed its fd, the raw seam given the old number gets EBADF: the fd really is gone.</summary>
[Collection(FdTableCollection.Name)]
public class ClosedFdTests
{
    private static readonly IKernel Kernel = LinuxKernel.Instance;

    [Fact]
    public void The_raw_seam_on_the_number_of_a_disposed_handle_gets_EBADF()
    {
        var handle = new EventFdHandle(Kernel, Kernel.EventFd(1, EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec));
        var fd = handle.Fd;

        handle.Dispose();

        Assert.Equal(-Errno.EBADF, Kernel.Ioctl(fd, 0x5421, 0));
        Assert.Equal(-Errno.EBADF, Kernel.Read(fd, new byte[8]));
        Assert.Equal(-Errno.EBADF, Kernel.Write(fd, new byte[8]));
        Assert.Equal(-Errno.EBADF, Kernel.Ftruncate(fd, 0));
        Assert.Equal(-Errno.EBADF, Kernel.Mmap(0, (nuint)Environment.SystemPageSize, MemoryProtection.Read, MapFlags.Shared, fd, 0));
        Assert.Equal(-Errno.EBADF, Kernel.Close(fd));
    }
}
