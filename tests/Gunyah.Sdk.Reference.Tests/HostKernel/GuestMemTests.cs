using System.Runtime.InteropServices;
using Gunyah.Sdk.Kernel;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>CREATE_GUEST_MEM, the guest memory file's mmap and fallocate, and MAP_MEM (§6.4, §7).</summary>
public sealed unsafe class GuestMemTests
{
    private const ulong Gpa = 0x8000_0000;

    // v17 map flags: R/W/X 0x10/0x20/0x40, lend 1, share 2, unmap 0x100.
    private const uint Rw = 0x30, Rwx = 0x70, Share = 2, Lend = 1, Unmap = 0x100;

    [Fact]
    public void CreateGuestMemRows()
    {
        using var host = Host.For("v17");
        var device = host.OpenDevice();
        var before = host.Kernel.OpenVirtualFds;
        Assert.Equal(-Errno.EFAULT, host.Ioctl(device, "CREATE_GUEST_MEM", (nint)0));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(device, "CREATE_GUEST_MEM", new CreateArg(0, Host.Page + 1)));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(device, "CREATE_GUEST_MEM", new CreateArg(0b1000, Host.Page)));
        Assert.Equal(before, host.Kernel.OpenVirtualFds);
        var fd = Host.Check(host.Ioctl(device, "CREATE_GUEST_MEM", new CreateArg(3, 2 * Host.Page)));
        Assert.True(fd >= Reference.HostKernel.ReferenceKernel.FirstVirtualFd);
    }

    [Fact]
    public void TheGuestMemoryFileIsRealSharedMemory()
    {
        using var host = Host.For("v17");
        var fd = Host.Check(host.Ioctl(host.OpenDevice(), "CREATE_GUEST_MEM", new CreateArg(0, 2 * Host.Page)));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Mmap(0, (nuint)Host.Page, MemoryProtection.ReadWrite, MapFlags.Private, fd, 0));
        var first = host.Kernel.Mmap(0, (nuint)Host.Page, MemoryProtection.ReadWrite, MapFlags.Shared, fd, (long)Host.Page);
        var second = host.Kernel.Mmap(0, (nuint)Host.Page, MemoryProtection.ReadWrite, MapFlags.Shared, fd, (long)Host.Page);
        Assert.True(first > 0 && second > 0);
        *(long*)first = 0x1234;
        Assert.Equal(0x1234, *(long*)second);
        Assert.Equal(0, host.Kernel.Munmap(first, (nuint)Host.Page));
        Assert.Equal(0, host.Kernel.Munmap(second, (nuint)Host.Page));
    }

    [Fact]
    public void FallocateRules()
    {
        using var host = Host.For("v17");
        var fd = Host.Check(host.Ioctl(host.OpenDevice(), "CREATE_GUEST_MEM", new CreateArg(0, 4 * Host.Page)));
        var page = (long)Host.Page;
        Assert.Equal(-Errno.EOPNOTSUPP, host.Kernel.Fallocate(fd, FallocateMode.PunchHole, 0, page));
        Assert.Equal(-Errno.EOPNOTSUPP, host.Kernel.Fallocate(fd, FallocateMode.Default, 0, page));
        Assert.Equal(-Errno.EOPNOTSUPP, host.Kernel.Fallocate(fd, FallocateMode.KeepSize | (FallocateMode)0x8, 0, page));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Fallocate(fd, FallocateMode.KeepSize, 1, page));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Fallocate(fd, FallocateMode.KeepSize, 0, page + 1));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Fallocate(fd, FallocateMode.KeepSize, 3 * page, 2 * page));
        Assert.Equal(0, host.Kernel.Fallocate(fd, FallocateMode.KeepSize, 0, 4 * page));
        Assert.Equal(0, host.Kernel.Fallocate(fd, FallocateMode.KeepSize | FallocateMode.PunchHole, page, page));
        Assert.Equal(0, host.Kernel.Fallocate(fd, FallocateMode.KeepSize | FallocateMode.ZeroRange, page, page));
    }

    [Fact]
    public void MapMemRows()
    {
        using var host = Host.For("v17");
        var device = host.OpenDevice();
        var vm = host.CreateVm();
        var fd = (uint)Host.Check(host.Ioctl(device, "CREATE_GUEST_MEM", new CreateArg(0, 8 * Host.Page)));
        var memfd = host.Kernel.MemfdCreate("not-guest-mem", MemfdFlags.CloseOnExec);
        var page = Host.Page;
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_MAP_MEM", (nint)0));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx, (uint)memfd, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx, (uint)vm, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx | 0x8, fd, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Share, fd, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx | 3, fd, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa + 1, Rwx, fd, 0, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx, fd, 1, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx, fd, 0, page + 1));
        host.Kernel.Close(memfd);

        Assert.Equal(0, Map(host, vm, Gpa, Rwx | Share, fd, 0, 4 * page));
        Assert.Equal(-Errno.EEXIST, Map(host, vm, Gpa + (16 * page), Rwx | Share, fd, 2 * page, 2 * page));
        Assert.Equal(-Errno.EEXIST, Map(host, vm, Gpa + (2 * page), Rwx | Share, fd, 4 * page, 4 * page));
        Assert.Equal(0, Map(host, vm, Gpa + (4 * page), Rw | Lend, fd, 4 * page, 4 * page));

        // UNMAP: same flags, contained, matching offset; trim either end; no middle split.
        Assert.Equal(-Errno.ENOENT, Map(host, vm, Gpa, Rw | Share | Unmap, fd, 0, page));
        Assert.Equal(-Errno.ENOENT, Map(host, vm, Gpa, Rwx | Share | Unmap, fd, page, page));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa + page, Rwx | Share | Unmap, fd, page, page));
        Assert.Equal(0, Map(host, vm, Gpa, Rwx | Share | Unmap, fd, 0, page));
        Assert.Equal(0, Map(host, vm, Gpa + (3 * page), Rwx | Share | Unmap, fd, 3 * page, page));
        Assert.Equal(0, Map(host, vm, Gpa + page, Rwx | Share | Unmap, fd, page, 2 * page));
        Assert.Equal(-Errno.ENOENT, Map(host, vm, Gpa + page, Rwx | Share | Unmap, fd, page, page));
        Assert.Equal(0, Map(host, vm, Gpa, Rwx | Share, fd, 0, 4 * page));
    }

    [Fact]
    public void HugePageFilesNeedPmdAlignment()
    {
        using var host = Host.For("v17");
        var vm = host.CreateVm();
        const ulong huge = 2 * 1024 * 1024;
        var fd = (uint)Host.Check(host.Ioctl(host.OpenDevice(), "CREATE_GUEST_MEM", new CreateArg(2, 2 * huge)));
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, Rwx, fd, 0, Host.Page));
        Assert.Equal(0, Map(host, vm, Gpa, Rwx, fd, 0, huge));
    }

    [Fact]
    public void Android15UsesItsOwnFlagValuesAndHasNoGuestMemoryFiles()
    {
        using var host = Host.For("android15-6.6");
        var vm = host.CreateVm();
        Assert.Equal(-Errno.ENOTTY, host.Kernel.Ioctl(host.OpenDevice(), 0x40404708, 0));
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_MAP_MEM", (nint)0));
        var memfd = host.Kernel.MemfdCreate("x", MemfdFlags.CloseOnExec);
        Assert.Equal(-Errno.EINVAL, Map(host, vm, Gpa, 0x7 | 0x20, (uint)memfd, 0, Host.Page));
        host.Kernel.Close(memfd);
    }

    private static int Map(Host host, int vm, ulong guest, uint flags, uint fd, ulong offset, ulong size) =>
        host.Ioctl(vm, "VM_MAP_MEM", new Host.MapArg(guest, flags, fd, offset, size));

    [StructLayout(LayoutKind.Sequential, Size = 64)]
    public readonly record struct CreateArg(ulong Flags, ulong Size);
}
