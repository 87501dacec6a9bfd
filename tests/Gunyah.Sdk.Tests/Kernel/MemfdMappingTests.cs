using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>Real memfds through the seam: sized with ftruncate, mapped shared twice, holes punched with fallocate.</summary>
public unsafe class MemfdMappingTests
{
    private static readonly IKernel Kernel = LinuxKernel.Instance;
    private static readonly int Page = Environment.SystemPageSize;

    [Fact]
    public void Two_shared_mappings_of_one_memfd_see_each_others_writes()
    {
        var fd = CreateMemfd(2 * Page);
        try
        {
            var first = Map(fd, 2 * Page);
            var second = Map(fd, 2 * Page);
            Assert.NotEqual(first, second);

            var a = new Span<byte>((void*)first, 2 * Page);
            var b = new Span<byte>((void*)second, 2 * Page);
            a[0] = 0x5a;
            a[(2 * Page) - 1] = 0xa5;
            b[Page] = 0x77;

            Assert.Equal(0x5a, b[0]);
            Assert.Equal(0xa5, b[(2 * Page) - 1]);
            Assert.Equal(0x77, a[Page]);

            Assert.Equal(0, Kernel.Munmap(first, (nuint)(2 * Page)));
            Assert.Equal(0, Kernel.Munmap(second, (nuint)(2 * Page)));
        }
        finally
        {
            Assert.Equal(0, Kernel.Close(fd));
        }
    }

    [Fact]
    public void A_mapping_outlives_the_fd_it_was_made_from()
    {
        var fd = CreateMemfd(Page);
        var address = Map(fd, Page);
        Assert.Equal(0, Kernel.Close(fd));

        var bytes = new Span<byte>((void*)address, Page);
        bytes.Fill(0x3c);
        Assert.Equal(0x3c, bytes[Page - 1]);

        Assert.Equal(0, Kernel.Munmap(address, (nuint)Page));
    }

    [Fact]
    public void Punching_a_hole_with_KEEP_SIZE_zeroes_that_page_only_and_keeps_the_size()
    {
        var fd = CreateMemfd(2 * Page);
        var address = Map(fd, 2 * Page);
        try
        {
            var bytes = new Span<byte>((void*)address, 2 * Page);
            bytes.Fill(0xee);

            Assert.Equal(0, Kernel.Fallocate(fd, FallocateMode.PunchHole | FallocateMode.KeepSize, 0, Page));

            Assert.Equal(-1, bytes[..Page].IndexOfAnyExcept((byte)0));
            Assert.Equal(-1, bytes[Page..].IndexOfAnyExcept((byte)0xee));

            // read(2) from offset 0 still finds both pages: the size was kept.
            var contents = new byte[3 * Page];
            Assert.Equal(2 * Page, Kernel.Read(fd, contents));
            Assert.Equal(0, contents[Page - 1]);
            Assert.Equal(0xee, contents[Page]);
        }
        finally
        {
            Kernel.Munmap(address, (nuint)(2 * Page));
            Kernel.Close(fd);
        }
    }

    [Fact]
    public void KernelMapping_maps_through_the_seam_and_unmaps_on_Dispose()
    {
        var name = ProcSelf.UniqueMemfdName("mapping");
        using var file = new MemFdHandle(Kernel, Kernel.MemfdCreate(name, MemfdFlags.CloseOnExec));
        Assert.Equal(0, file.Truncate(Page));

        var mapping = KernelMapping.TryMap(Kernel, (nuint)Page, MemoryProtection.ReadWrite, MapFlags.Shared, file.Fd, 0, out var errno);

        Assert.NotNull(mapping);
        Assert.Equal(0, errno);
        Assert.Equal(0, mapping.Address % Page);
        Assert.Equal(Page, mapping.AsSpan().Length);
        Assert.Single(ProcSelf.MappingsOf(name));

        mapping.Dispose();

        Assert.Empty(ProcSelf.MappingsOf(name));
        Assert.Throws<ObjectDisposedException>(() => mapping.Address);
    }

    private static int CreateMemfd(long size)
    {
        var fd = Kernel.MemfdCreate(ProcSelf.UniqueMemfdName("memfd"), MemfdFlags.CloseOnExec);
        Assert.True(fd >= 0, $"memfd_create returned {fd}");
        Assert.Equal(0, Kernel.Ftruncate(fd, size));
        return fd;
    }

    private static nint Map(int fd, int length)
    {
        var address = Kernel.Mmap(0, (nuint)length, MemoryProtection.ReadWrite, MapFlags.Shared, fd, 0);
        Assert.False(address is < 0 and >= -4095, $"mmap returned {address}");
        return address;
    }
}
