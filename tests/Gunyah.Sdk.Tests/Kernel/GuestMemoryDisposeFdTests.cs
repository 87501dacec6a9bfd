using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>The fd half of <see cref="GuestMemory"/>'s Dispose: it needs a quiet fd table.</summary>
[Collection(FdTableCollection.Name)]
public class GuestMemoryDisposeFdTests
{
    [Fact]
    public void Dispose_closes_the_memfd_so_its_number_is_EBADF()
    {
        var kernel = LinuxKernel.Instance;
        var memory = GuestMemory.Allocate(kernel, 0, (ulong)Environment.SystemPageSize);
        var fd = memory.File.Fd;
        Assert.Equal(-Errno.ENOTTY, kernel.Ioctl(fd, 0x4700, 0));

        memory.Dispose();

        Assert.Equal(-Errno.EBADF, kernel.Ioctl(fd, 0x4700, 0));
    }
}
