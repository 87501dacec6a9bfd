using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>Bad arguments reach the real kernel and come back as the errno the kernel defines for them, negated.</summary>
public class KernelErrnoTests
{
    private static readonly IKernel Kernel = LinuxKernel.Instance;
    private static readonly int Page = Environment.SystemPageSize;

    [Fact]
    public void Fallocate_PUNCH_HOLE_without_KEEP_SIZE_is_EOPNOTSUPP()
    {
        using var memfd = Memfd(Page);

        Assert.Equal(-Errno.EOPNOTSUPP, Kernel.Fallocate(memfd.Fd, FallocateMode.PunchHole, 0, Page));
    }

    [Fact]
    public void Mmap_of_length_zero_is_EINVAL_and_TryMap_gives_no_mapping()
    {
        using var memfd = Memfd(Page);

        Assert.Equal(-Errno.EINVAL, Kernel.Mmap(0, 0, MemoryProtection.ReadWrite, MapFlags.Shared, memfd.Fd, 0));
        Assert.Null(KernelMapping.TryMap(Kernel, 0, MemoryProtection.ReadWrite, MapFlags.Shared, memfd.Fd, 0, out var errno));
        Assert.Equal(Errno.EINVAL, errno);
    }

    [Fact]
    public void Mmap_at_an_offset_that_is_not_page_aligned_is_EINVAL()
    {
        using var memfd = Memfd(2 * Page);

        Assert.Equal(-Errno.EINVAL, Kernel.Mmap(0, (nuint)Page, MemoryProtection.ReadWrite, MapFlags.Shared, memfd.Fd, 1));
    }

    [Fact]
    public void Mmap_of_an_eventfd_is_ENODEV()
    {
        using var eventFd = EventFd();

        Assert.Equal(-Errno.ENODEV, Kernel.Mmap(0, (nuint)Page, MemoryProtection.ReadWrite, MapFlags.Shared, eventFd.Fd, 0));
    }

    [Fact]
    public void Ftruncate_on_an_eventfd_is_EINVAL()
    {
        using var eventFd = EventFd();

        Assert.Equal(-Errno.EINVAL, Kernel.Ftruncate(eventFd.Fd, Page));
        Assert.Equal(-Errno.EINVAL, eventFd.Truncate(Page));
    }

    [Fact]
    public void Munmap_of_an_address_that_is_not_page_aligned_is_EINVAL()
    {
        Assert.Equal(-Errno.EINVAL, Kernel.Munmap(1, (nuint)Page));
    }

    [Fact]
    public void A_memfd_name_longer_than_249_bytes_is_EINVAL()
    {
        Assert.Equal(-Errno.EINVAL, Kernel.MemfdCreate(new string('m', 250), MemfdFlags.CloseOnExec));
    }

    [Fact]
    public void Opening_a_missing_path_is_ENOENT()
    {
        Assert.Equal(-Errno.ENOENT, Kernel.Open("/nonexistent/gunyah-sdk-test", OpenFlags.ReadWrite | OpenFlags.CloseOnExec));
    }

    [Fact]
    public void An_unknown_ioctl_on_a_memfd_is_ENOTTY()
    {
        using var memfd = Memfd(Page);

        Assert.Equal(-Errno.ENOTTY, memfd.Ioctl(0x4700, 0));
    }

    private static MemFdHandle Memfd(long size)
    {
        var fd = Kernel.MemfdCreate(ProcSelf.UniqueMemfdName("errno"), MemfdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"memfd_create returned {fd}");
        var handle = new MemFdHandle(Kernel, fd);
        Assert.Equal(0, handle.Truncate(size));
        return handle;
    }

    private static EventFdHandle EventFd()
    {
        var fd = Kernel.EventFd(0, EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"eventfd returned {fd}");
        return new EventFdHandle(Kernel, fd);
    }
}
