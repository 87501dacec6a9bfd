using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Bytes;

/// <summary>
/// CREATE_GUEST_MEM (v17) and MAP_MEM (v17, android15-6.6): request numbers and argument bytes. The map flags
/// have different values in the two generations (ABI facts §6.2 and §7).
/// </summary>
public class GuestMemoryBytesTests
{
    [Theory]
    [InlineData(GuestMemoryFileOptions.None, 0ul)]
    [InlineData(GuestMemoryFileOptions.CloseOnExec, 1ul)]
    [InlineData(GuestMemoryFileOptions.AllowHugePages, 2ul)]
    [InlineData(GuestMemoryFileOptions.CloseOnExec | GuestMemoryFileOptions.AllowHugePages, 3ul)]
    public void CreateGuestMemory_sends_64_bytes_flags_at_0_size_at_8_and_reserved_zero(GuestMemoryFileOptions options, ulong flags)
    {
        using var fake = FakeVmm.Create("v17");

        using var file = fake.Device.CreateGuestMemory(0x0000_0003_0040_0000, options);

        var call = IoctlAssert.Single(fake.Ioctls, FdKinds.Device, 0x40404708, new LeBytes(64).U64(0, flags).U64(8, 0x0000_0003_0040_0000).ToArray());
        Assert.Equal(call.Result, file.Handle.Fd);
        Assert.Equal("guest_mem", file.Handle.FdKind);
        Assert.Equal(0x0000_0003_0040_0000ul, file.Size);
    }

    [Theory]
    // v17: access DEFAULT 0 / LEND 1 / SHARE 2, R/W/X 0x10/0x20/0x40, UNMAP 0x100.
    [InlineData("v17", GuestMemoryMapMode.Default, MemoryAccess.Read, false, 0x010u)]
    [InlineData("v17", GuestMemoryMapMode.Lend, MemoryAccess.Write, false, 0x021u)]
    [InlineData("v17", GuestMemoryMapMode.Share, MemoryAccess.Execute, false, 0x042u)]
    [InlineData("v17", GuestMemoryMapMode.Lend, MemoryAccess.ReadWriteExecute, false, 0x071u)]
    [InlineData("v17", GuestMemoryMapMode.Share, MemoryAccess.ReadWrite, true, 0x132u)]
    [InlineData("v17", GuestMemoryMapMode.Default, MemoryAccess.ReadWriteExecute, true, 0x170u)]
    // android15-6.6: LEND 0x10, SHARE 0x20, R/W/X 1/2/4, UNMAP 0x100.
    [InlineData("android15-6.6", GuestMemoryMapMode.Default, MemoryAccess.Read, false, 0x001u)]
    [InlineData("android15-6.6", GuestMemoryMapMode.Lend, MemoryAccess.Write, false, 0x012u)]
    [InlineData("android15-6.6", GuestMemoryMapMode.Share, MemoryAccess.Execute, false, 0x024u)]
    [InlineData("android15-6.6", GuestMemoryMapMode.Lend, MemoryAccess.ReadWriteExecute, false, 0x017u)]
    [InlineData("android15-6.6", GuestMemoryMapMode.Share, MemoryAccess.ReadWrite, true, 0x123u)]
    [InlineData("android15-6.6", GuestMemoryMapMode.Default, MemoryAccess.ReadWriteExecute, true, 0x107u)]
    public void MapMemory_and_UnmapMemory_send_map_mem_args(string profile, GuestMemoryMapMode mode, MemoryAccess access, bool unmap, uint flags)
    {
        using var fake = FakeVmm.Create(profile);
        using var file = new GuestMemoryHandle(fake.Kernel, fake.Kernel.NewFd(FdKinds.GuestMem));
        var binding = new GuestMemoryBinding(0x0000_0008_8000_0000, 0x0000_0001_0000_3000, 0x0000_0002_0000_5000, access, mode);

        if (unmap)
        {
            fake.Vm.UnmapMemory(file, binding);
        }
        else
        {
            fake.Vm.MapMemory(file, binding);
        }

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, 0x40204709, new LeBytes(32)
            .U64(0, 0x0000_0008_8000_0000)
            .U32(8, flags)
            .U32(12, (uint)file.Fd)
            .U64(16, 0x0000_0001_0000_3000)
            .U64(24, 0x0000_0002_0000_5000)
            .ToArray());
    }

    [Fact]
    public void MapMemory_of_a_guest_memory_file_passes_that_files_fd()
    {
        using var fake = FakeVmm.Create("v17");
        using var file = fake.Device.CreateGuestMemory(0x20_0000);
        fake.Kernel.ClearRecords();

        fake.Vm.MapMemory(file, new GuestMemoryBinding(0x8000_0000, 0, 0x20_0000, MemoryAccess.ReadWrite, GuestMemoryMapMode.Share));
        fake.Vm.UnmapMemory(file, new GuestMemoryBinding(0x8000_0000, 0, 0x20_0000, MemoryAccess.ReadWrite, GuestMemoryMapMode.Share));

        Assert.Equal(2, fake.Ioctls.Count);
        Assert.All(fake.Ioctls, call => Assert.Equal((uint)file.Handle.Fd, BitConverter.ToUInt32(call.Bytes, 12)));
        Assert.Equal([0x32u, 0x132u], fake.Ioctls.Select(call => BitConverter.ToUInt32(call.Bytes, 8)));
    }
}
