using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Bytes;

/// <summary>
/// SET_USER_MEM_REGION (and the Android lend ioctl): the 32-byte region struct — label @0, flags @4,
/// guest_phys_addr @8, memory_size @16, userspace_addr @24 — with each generation's flag values and request.
/// </summary>
public class UserMemoryRegionBytesTests
{
    private const ulong GuestAddress = 0x8000_0000;
    private const ulong Size = 0x0000_0001_0020_0000;
    private const long HostAddress = 0x7f12_3456_7000;

    [Theory]
    // v6 and v10: R/W/X 1/2/4, lend is GH_MEM_LENT (8) in the flags of the same request.
    [InlineData("v6", MemorySharing.Share, MemoryAccess.Read, 0x40204741u, 0x1u)]
    [InlineData("v6", MemorySharing.Share, MemoryAccess.Write, 0x40204741u, 0x2u)]
    [InlineData("v6", MemorySharing.Share, MemoryAccess.Execute, 0x40204741u, 0x4u)]
    [InlineData("v6", MemorySharing.Share, MemoryAccess.ReadWriteExecute, 0x40204741u, 0x7u)]
    [InlineData("v6", MemorySharing.Lend, MemoryAccess.ReadWrite, 0x40204741u, 0xbu)]
    [InlineData("v10", MemorySharing.Share, MemoryAccess.Read, 0x40204701u, 0x1u)]
    [InlineData("v10", MemorySharing.Share, MemoryAccess.Write, 0x40204701u, 0x2u)]
    [InlineData("v10", MemorySharing.Share, MemoryAccess.Execute, 0x40204701u, 0x4u)]
    [InlineData("v10", MemorySharing.Share, MemoryAccess.ReadWriteExecute, 0x40204701u, 0x7u)]
    [InlineData("v10", MemorySharing.Lend, MemoryAccess.ReadWriteExecute, 0x40204701u, 0xfu)]
    // android14-6.1: enum gh_mem_flags R/W/X 1/2/4 and no LENT; lend is 'A' 0x11.
    [InlineData("android14-6.1", MemorySharing.Share, MemoryAccess.Read, 0x40204701u, 0x1u)]
    [InlineData("android14-6.1", MemorySharing.Share, MemoryAccess.Write, 0x40204701u, 0x2u)]
    [InlineData("android14-6.1", MemorySharing.Share, MemoryAccess.Execute, 0x40204701u, 0x4u)]
    [InlineData("android14-6.1", MemorySharing.Share, MemoryAccess.ReadWriteExecute, 0x40204701u, 0x7u)]
    [InlineData("android14-6.1", MemorySharing.Lend, MemoryAccess.ReadWrite, 0x40204111u, 0x3u)]
    // android15-6.6: the region flags are GUNYAH_MEM_ALLOW_* 1/2/4; lend is 'A' 0x11.
    [InlineData("android15-6.6", MemorySharing.Share, MemoryAccess.Read, 0x40204701u, 0x1u)]
    [InlineData("android15-6.6", MemorySharing.Share, MemoryAccess.Write, 0x40204701u, 0x2u)]
    [InlineData("android15-6.6", MemorySharing.Share, MemoryAccess.Execute, 0x40204701u, 0x4u)]
    [InlineData("android15-6.6", MemorySharing.Share, MemoryAccess.ReadWriteExecute, 0x40204701u, 0x7u)]
    [InlineData("android15-6.6", MemorySharing.Lend, MemoryAccess.ReadWriteExecute, 0x40204111u, 0x7u)]
    public void SetUserMemoryRegion_sends_the_region_struct(string profile, MemorySharing sharing, MemoryAccess access, uint request, uint flags)
    {
        using var fake = FakeVmm.Create(profile);

        fake.Vm.SetUserMemoryRegion(new UserMemoryRegion(0xa5a5_0003, GuestAddress, Size, unchecked((nint)HostAddress), access, sharing));

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, request, Region(0xa5a5_0003, flags, GuestAddress, Size, (ulong)HostAddress));
    }

    [Theory]
    [InlineData("v6", 0x40204741u)]
    [InlineData("v10", 0x40204701u)]
    public void DeleteUserMemoryRegion_sends_the_label_with_every_other_field_zero(string profile, uint request)
    {
        using var fake = FakeVmm.Create(profile);

        fake.Vm.DeleteUserMemoryRegion(0x0102_0304);

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, request, Region(0x0102_0304, 0, 0, 0, 0));
    }

    [Fact]
    public void AddUserMemory_gives_the_guest_memorys_own_host_address_and_size()
    {
        using var fake = FakeVmm.Create("android14-6.1");
        using var memory = fake.Device.AllocateGuestMemory(0x4000_0000, 2 * (ulong)Environment.SystemPageSize);
        fake.Kernel.ClearRecords();

        fake.Vm.AddUserMemory(9, memory, MemoryAccess.ReadWrite);

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, 0x40204701, Region(9, 0x3, 0x4000_0000, memory.Size, (ulong)memory.HostAddress));
        Assert.NotEqual(0, memory.HostAddress);
    }

    private static byte[] Region(uint label, uint flags, ulong guestAddress, ulong size, ulong hostAddress) =>
        new LeBytes(32).U32(0, label).U32(4, flags).U64(8, guestAddress).U64(16, size).U64(24, hostAddress).ToArray();
}
