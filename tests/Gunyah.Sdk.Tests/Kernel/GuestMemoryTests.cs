using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary><see cref="GuestMemory"/> on the real kernel: a memfd mapped shared, reached by guest-physical address.</summary>
public class GuestMemoryTests
{
    private const ulong Base = 0x8000_0000;

    private static readonly IKernel Kernel = LinuxKernel.Instance;
    private static readonly ulong Page = (ulong)Environment.SystemPageSize;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, -1)]
    [InlineData(1, 8)]
    [InlineData(100, -1)]
    public void Allocate_refuses_a_size_that_is_not_a_non_zero_multiple_of_the_page_size(int pages, int extraBytes)
    {
        var size = (ulong)((pages * (long)Page) + extraBytes);

        Assert.Throws<ArgumentOutOfRangeException>("size", () => GuestMemory.Allocate(Kernel, Base, size));
    }

    [Fact]
    public void Allocate_refuses_a_guest_range_that_wraps_around()
    {
        Assert.Throws<ArgumentOutOfRangeException>("size", () => GuestMemory.Allocate(Kernel, ulong.MaxValue - Page + 2, Page));
    }

    [Fact]
    public void Allocate_gives_zeroed_page_aligned_shared_memory_at_the_guest_address()
    {
        using var memory = GuestMemory.Allocate(Kernel, Base, 4 * Page);

        Assert.Equal(Base, memory.GuestAddress);
        Assert.Equal(4 * Page, memory.Size);
        Assert.Equal(0ul, (ulong)memory.HostAddress % Page);
        Assert.Equal("memfd", memory.File.FdKind);
        Assert.Equal(-1, memory.GetSpan(Base, (int)(4 * Page)).IndexOfAnyExcept((byte)0));
    }

    [Fact]
    public void Typed_and_span_access_by_guest_address_round_trip_at_any_alignment()
    {
        using var memory = GuestMemory.Allocate(Kernel, Base, 2 * Page);
        var end = Base + (2 * Page);

        memory.Write(Base, 0x1122334455667788ul);
        memory.Write(Base + 13, 0xcafef00du);
        memory.Write(end - 8, ulong.MaxValue - 1);
        memory.Write(Base + Page - 2, [1, 2, 3, 4]);

        Assert.Equal(0x1122334455667788ul, memory.Read<ulong>(Base));
        Assert.Equal(0x88, memory.Read<byte>(Base));
        Assert.Equal(0xcafef00du, memory.Read<uint>(Base + 13));
        Assert.Equal(ulong.MaxValue - 1, memory.Read<ulong>(end - 8));
        var straddling = new byte[4];
        memory.Read(Base + Page - 2, straddling);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, straddling);

        ref var counter = ref memory.GetRef<ulong>(Base + 64);
        counter = 5;
        counter++;
        Assert.Equal(6ul, memory.Read<ulong>(Base + 64));
        Assert.Equal(6, memory.GetSpan(Base + 64, 8)[0]);
    }

    [Fact]
    public void Access_outside_the_memory_throws_ArgumentOutOfRange()
    {
        using var memory = GuestMemory.Allocate(Kernel, Base, Page);
        var end = Base + Page;

        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read<byte>(Base - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read<byte>(end));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read<ulong>(end - 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Write(end - 3, 0u));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Write(end - 1, new byte[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read(Base, new byte[Page + 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetSpan(Base + 1, (int)Page));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetSpan(Base, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetRef<ulong>(end - 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetRef<byte>(ulong.MaxValue));

        // The edges themselves are inside.
        Assert.Equal(0ul, memory.Read<ulong>(end - 8));
        Assert.Equal(0, memory.GetSpan(end, 0).Length);
        Assert.True(memory.Contains(Base, Page));
        Assert.False(memory.Contains(Base, Page + 1));
        Assert.False(memory.Contains(end, 1));
    }

    [Fact]
    public unsafe void What_is_written_by_guest_address_is_in_the_memfd()
    {
        using var memory = GuestMemory.Allocate(Kernel, Base, 2 * Page);
        memory.Write(Base + Page + 3, 0xfeedfacecafebeeful);

        // A second mapping of the same memfd sees it, and so does read(2) from offset 0 ...
        using var second = KernelMapping.TryMap(Kernel, (nuint)(2 * Page), MemoryProtection.ReadWrite, MapFlags.Shared, memory.File.Fd, 0, out var errno);
        Assert.NotNull(second);
        Assert.NotEqual(memory.HostAddress, second.Address);
        Assert.Equal(0xfeedfacecafebeeful, BitConverter.ToUInt64(second.AsSpan().Slice((int)Page + 3, 8)));
        var contents = new byte[2 * Page];
        Assert.Equal((int)(2 * Page), memory.File.Read(contents));
        Assert.Equal(0xfeedfacecafebeeful, BitConverter.ToUInt64(contents, (int)Page + 3));

        // ... and what the second mapping writes is at its guest address.
        second.AsSpan()[17] = 0x99;
        Assert.Equal(0x99, memory.Read<byte>(Base + 17));
    }

    [Fact]
    public void Dispose_unmaps_the_memory()
    {
        var name = ProcSelf.UniqueMemfdName("guest-ram");
        var memory = GuestMemory.Allocate(Kernel, Base, Page, name);
        Assert.Single(ProcSelf.MappingsOf(name));

        memory.Dispose();

        Assert.Empty(ProcSelf.MappingsOf(name));
        Assert.True(memory.File.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => memory.HostAddress);
        Assert.Throws<ObjectDisposedException>(() => memory.Read<byte>(Base));
    }
}
