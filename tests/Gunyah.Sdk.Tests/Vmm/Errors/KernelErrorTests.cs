using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Errors;

/// <summary>
/// A -errno from the kernel comes back as a <see cref="GunyahException"/> that names the ioctl as the generation's
/// header spells it, the fd kind it went to, and the generation.
/// </summary>
public class KernelErrorTests
{
    private static readonly Dictionary<string, Action<FakeVmm>> Operations = new()
    {
        ["CreateVm"] = f => f.Device.CreateVm().Dispose(),
        ["Start"] = f => f.Vm.Start(),
        ["SetDeviceTree"] = f => f.Vm.SetDeviceTree(0x8000_0000, 0x1000),
        ["ShareUserMemory"] = f => f.Vm.SetUserMemoryRegion(Region(MemorySharing.Share)),
        ["LendUserMemory"] = f => f.Vm.SetUserMemoryRegion(Region(MemorySharing.Lend)),
        ["DeleteUserMemoryRegion"] = f => f.Vm.DeleteUserMemoryRegion(1),
        ["SetFirmwareConfig"] = f => f.Vm.SetFirmwareConfig(0x8000_0000, 0x1000),
        ["CreateGuestMemory"] = f => f.Device.CreateGuestMemory(0x1000).Dispose(),
        ["MapMemory"] = f => f.Vm.MapMemory(new GuestMemoryHandle(f.Kernel, f.Kernel.NewFd(FdKinds.GuestMem)), new GuestMemoryBinding(0, 0, 0x1000, MemoryAccess.Read)),
        ["SetBootRegister"] = f => f.Vm.SetBootRegister(BootRegister.X(0), 0),
        ["AddVcpu"] = f => f.Vm.AddVcpu(0),
        ["AddIrqfd"] = f =>
        {
            using var eventFd = f.Device.CreateEventFd();
            f.Vm.AddFunction(new IrqfdFunction(eventFd, 1));
        },
        ["VcpuMmapSize"] = f => f.Vm.AddVcpu(0),
        ["Run"] = f => f.Vm.AddVcpu(0).Run(),
    };

    [Theory]
    [InlineData("v6", "CreateVm", 0x4740u, Errno.ENOMEM, "GH_CREATE_VM", "device")]
    [InlineData("v6", "Start", 0x4745u, Errno.EINVAL, "GH_VM_START", "vm")]
    [InlineData("v6", "SetDeviceTree", 0x40104742u, Errno.EFAULT, "GH_VM_SET_DTB_CONFIG", "vm")]
    [InlineData("v6", "ShareUserMemory", 0x40204741u, Errno.EEXIST, "GH_VM_SET_USER_MEM_REGION", "vm")]
    [InlineData("v6", "LendUserMemory", 0x40204741u, Errno.EINVAL, "GH_VM_SET_USER_MEM_REGION", "vm")]
    [InlineData("v10", "Start", 0x4703u, Errno.ENODEV, "GH_VM_START", "vm")]
    [InlineData("v10", "DeleteUserMemoryRegion", 0x40204701u, Errno.EINVAL, "GH_VM_SET_USER_MEM_REGION", "vm")]
    [InlineData("v10", "AddVcpu", 0x40104704u, Errno.EEXIST, "GH_VM_ADD_FUNCTION", "vm")]
    [InlineData("v10", "VcpuMmapSize", 0x4706u, Errno.ENODEV, "GH_VCPU_MMAP_SIZE", "vcpu")]
    [InlineData("v10", "Run", 0x4705u, Errno.ENODEV, "GH_VCPU_RUN", "vcpu")]
    [InlineData("android14-6.1", "CreateVm", 0x4700u, Errno.EINVAL, "GH_CREATE_VM", "device")]
    [InlineData("android14-6.1", "ShareUserMemory", 0x40204701u, Errno.EPERM, "GH_VM_SET_USER_MEM_REGION", "vm")]
    [InlineData("android14-6.1", "LendUserMemory", 0x40204111u, Errno.EEXIST, "GH_VM_ANDROID_LEND_USER_MEM", "vm")]
    [InlineData("android14-6.1", "SetFirmwareConfig", 0x40104112u, Errno.EOVERFLOW, "GH_VM_ANDROID_SET_FW_CONFIG", "vm")]
    [InlineData("android14-6.1", "AddIrqfd", 0x40104704u, Errno.EBADF, "GH_VM_ADD_FUNCTION", "vm")]
    [InlineData("v17", "CreateVm", 0x4700u, Errno.EINVAL, "GUNYAH_CREATE_VM", "device")]
    [InlineData("v17", "Start", 0x4703u, Errno.ENODEV, "GUNYAH_VM_START", "vm")]
    [InlineData("v17", "SetDeviceTree", 0x40104702u, Errno.EOVERFLOW, "GUNYAH_VM_SET_DTB_CONFIG", "vm")]
    [InlineData("v17", "CreateGuestMemory", 0x40404708u, Errno.EINVAL, "GUNYAH_CREATE_GUEST_MEM", "device")]
    [InlineData("v17", "MapMemory", 0x40204709u, Errno.EEXIST, "GUNYAH_VM_MAP_MEM", "vm")]
    [InlineData("v17", "SetBootRegister", 0x4010470au, Errno.EINVAL, "GUNYAH_VM_SET_BOOT_CONTEXT", "vm")]
    [InlineData("v17", "AddVcpu", 0x40104704u, Errno.ENOENT, "GUNYAH_VM_ADD_FUNCTION", "vm")]
    [InlineData("v17", "Run", 0x4705u, Errno.EINVAL, "GUNYAH_VCPU_RUN", "vcpu")]
    [InlineData("android15-6.6", "ShareUserMemory", 0x40204701u, Errno.EPERM, "GH_VM_SET_USER_MEM_REGION", "vm")]
    [InlineData("android15-6.6", "LendUserMemory", 0x40204111u, Errno.EPERM, "GH_VM_ANDROID_LEND_USER_MEM", "vm")]
    [InlineData("android15-6.6", "SetFirmwareConfig", 0x40104112u, Errno.EOVERFLOW, "GH_VM_ANDROID_SET_FW_CONFIG", "vm")]
    [InlineData("android15-6.6", "Start", 0x4703u, Errno.ENODEV, "GUNYAH_VM_START", "vm")]
    [InlineData("android15-6.6", "MapMemory", 0x40204709u, Errno.EINVAL, "GUNYAH_VM_MAP_MEM", "vm")]
    [InlineData("android15-6.6", "VcpuMmapSize", 0x4706u, Errno.ENODEV, "GUNYAH_VCPU_MMAP_SIZE", "vcpu")]
    public void A_negative_errno_throws_naming_errno_ioctl_fd_kind_and_generation(string profile, string operation, uint request, int errno, string cName, string fdKind)
    {
        using var fake = FakeVmm.Create(profile);
        fake.Kernel.Fail(request, errno);

        var exception = Assert.Throws<GunyahException>(() => Operations[operation](fake));

        Assert.Equal(errno, exception.Errno);
        Assert.Equal(Errno.NameOf(errno), exception.ErrnoName);
        Assert.StartsWith("E", exception.ErrnoName, StringComparison.Ordinal);
        Assert.Equal(cName, exception.Operation);
        Assert.Equal(fdKind, exception.FdKind);
        Assert.Same(fake.Profile, exception.Profile);
        Assert.Contains(cName, exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.ErrnoName, exception.Message, StringComparison.Ordinal);
        Assert.Contains(profile, exception.Message, StringComparison.Ordinal);
        var failed = Assert.Single(fake.Ioctls, call => call.Request == request);
        Assert.Equal(-errno, failed.Result);
    }

    [Theory]
    [InlineData("v10", "GH_VM_REMOVE_FUNCTION")]
    [InlineData("android14-6.1", "GH_VM_REMOVE_FUNCTION")]
    [InlineData("v17", "GUNYAH_VM_REMOVE_FUNCTION")]
    [InlineData("android15-6.6", "GUNYAH_VM_REMOVE_FUNCTION")]
    public void A_refused_remove_is_false_from_TryRemove_and_throws_from_Remove(string profile, string cName)
    {
        using var fake = FakeVmm.Create(profile);
        using var eventFd = fake.Device.CreateEventFd();
        var binding = fake.Vm.AddFunction(new IoeventfdFunction(eventFd, 0x1000, 4));
        fake.Kernel.Fail(0x40104707, Errno.ENOENT);

        var removed = binding.TryRemove(out var errno);
        var exception = Assert.Throws<GunyahException>(binding.Remove);

        Assert.False(removed);
        Assert.Equal(Errno.ENOENT, errno);
        Assert.False(binding.IsRemoved);
        Assert.Equal((Errno.ENOENT, cName, "vm"), (exception.Errno, exception.Operation, exception.FdKind));
        Assert.Equal(2, fake.Ioctls.Count(call => call.Request == 0x40104707));
    }

    [Theory]
    [MemberData(nameof(Generations.All), MemberType = typeof(Generations))]
    public void A_region_of_size_0_is_out_of_range_and_sends_nothing(string profile)
    {
        using var fake = FakeVmm.Create(profile);

        foreach (var sharing in new[] { MemorySharing.Share, MemorySharing.Lend })
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
                fake.Vm.SetUserMemoryRegion(new UserMemoryRegion(1, 0x8000_0000, 0, 0x1000_0000, MemoryAccess.ReadWrite, sharing)));
            Assert.Equal("region", exception.ParamName);
        }

        Assert.Empty(fake.Ioctls);
    }

    [Fact]
    public void A_device_that_cannot_be_opened_fails_with_the_open_errno()
    {
        using var kernel = new RecordingKernel { OpenResult = -Errno.ENOENT };

        OpenAssert.Fails(kernel, "/dev/nothing", AbiProfiles.V17, Errno.ENOENT);
        OpenAssert.Fails(kernel, "/dev/nothing", profile: null, Errno.ENOENT);

        Assert.Empty(kernel.Ioctls);
    }

    private static UserMemoryRegion Region(MemorySharing sharing) => new(1, 0x8000_0000, 0x1000, 0x1000_0000, MemoryAccess.ReadWrite, sharing);
}
