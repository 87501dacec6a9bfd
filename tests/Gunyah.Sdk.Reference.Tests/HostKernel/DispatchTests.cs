using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using M = Gunyah.Sdk.ResourceManager.Protocol.GhRmMessages;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>The fd table and the unknown-request rows: virtual fds in their range, real fds passed through,
/// ENOTTY/EINVAL per fd kind and generation, CREATE_VM's argument.</summary>
public sealed class DispatchTests
{
    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task UnknownRequests(string profile)
    {
        await using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var device = host.OpenDevice();
        var vm = host.CreateVm();
        Assert.Equal(-Errno.ENOTTY, host.Kernel.Ioctl(device, 0x4799, 0));
        Assert.Equal(-Errno.ENOTTY, host.Kernel.Ioctl(vm, 0x4799, 0));

        // A request of another fd kind is unknown too (START on the device, CREATE_VM on a VM).
        Assert.Equal(-Errno.ENOTTY, host.Ioctl(device, "VM_START"));
        Assert.Equal(-Errno.ENOTTY, host.Ioctl(vm, "CREATE_VM"));
        if (profile == "v6")
        {
            return;
        }

        var vcpu = Host.Check(host.Vcpu(vm, 0));
        var expected = profile is "v17" or "android15-6.6" ? -Errno.ENOTTY : -Errno.EINVAL;
        Assert.Equal(expected, host.Kernel.Ioctl(vcpu, 0x4799, 0));
        Assert.Equal(expected, host.Ioctl(vcpu, "VM_START"));
        Assert.Equal((int)Host.Page, host.Ioctl(vcpu, "VCPU_MMAP_SIZE"));
    }

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task CreateVmTakesZero(string profile)
    {
        await using var host = Host.For(profile);
        var device = host.OpenDevice();
        var before = host.Kernel.OpenVirtualFds;
        var result = host.Ioctl(device, "CREATE_VM", (nint)1);
        if (profile == "v6")
        {
            Assert.True(result >= ReferenceKernel.FirstVirtualFd);
            return;
        }

        Assert.Equal(-Errno.EINVAL, result);
        Assert.Equal(before, host.Kernel.OpenVirtualFds);
        Assert.Empty(host.Rm.CallIds);
    }

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task VmidAllocationAndTeardownOfAVmThatNeverStarted(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var atCreate = profile is "v6" or "android14-6.1";
        Assert.Equal(atCreate ? [M.GH_RM_RPC_VM_ALLOC_VMID] : [], host.Rm.CallIds);
        Assert.Equal(0, host.Kernel.Close(vm));
        Assert.Equal(atCreate ? [M.GH_RM_RPC_VM_ALLOC_VMID, M.GH_RM_RPC_VM_DEALLOC_VMID] : [], host.Rm.CallIds);
    }

    [Theory]
    [InlineData("v6")]
    [InlineData("android14-6.1")]
    public async Task CreateVmFailsWithTheRmErrorWhenItAllocatesTheVmid(string profile)
    {
        await using var host = Host.For(profile);
        host.Rm.Failures[M.GH_RM_RPC_VM_ALLOC_VMID] = (uint)GhRmError.Noresource;
        var device = host.OpenDevice();
        var fds = host.Kernel.OpenVirtualFds;
        Assert.Equal(-Errno.ENODEV, host.Ioctl(device, "CREATE_VM"));
        Assert.Equal(fds, host.Kernel.OpenVirtualFds);
    }

    [Fact]
    public async Task VirtualFdsAreNumberedInTheirRangeLowestFirst()
    {
        await using var host = Host.For("v17");
        var first = host.OpenDevice();
        var second = host.OpenDevice();
        Assert.Equal(ReferenceKernel.FirstVirtualFd, first);
        Assert.Equal(first + 1, second);
        Assert.Equal(0, host.Kernel.Close(first));
        Assert.Equal(-Errno.EBADF, host.Kernel.Close(first));
        Assert.Equal(-Errno.EBADF, host.Kernel.Ioctl(first, host.Req("CREATE_VM"), 0));
        Assert.Equal(first, host.OpenDevice());
        Assert.Equal(-Errno.EINVAL, host.Kernel.Read(first, new byte[8]));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Write(first, new byte[8]));
        Assert.Equal(-Errno.EBADF, host.Kernel.Read(second + 10, new byte[8]));
        Assert.Equal(-Errno.EOPNOTSUPP, host.Kernel.Fallocate(first, FallocateMode.KeepSize, 0, 4096));
    }

    [Fact]
    public async Task OtherFdsAndPathsGoToTheRealKernel()
    {
        await using var host = Host.For("v17");
        var eventFd = host.Kernel.EventFd(0, EventFdFlags.CloseOnExec | EventFdFlags.NonBlocking);
        Assert.InRange(eventFd, 0, ReferenceKernel.FirstVirtualFd - 1);
        Assert.Equal(8, host.Kernel.Write(eventFd, BitConverter.GetBytes(5UL)));
        var counter = new byte[8];
        Assert.Equal(8, host.Kernel.Read(eventFd, counter));
        Assert.Equal(5UL, BitConverter.ToUInt64(counter));
        Assert.Equal(-Errno.ENOTTY, host.Kernel.Ioctl(eventFd, host.Req("VM_START"), 0));
        Assert.Equal(0, host.Kernel.Close(eventFd));
        Assert.Equal(-Errno.ENOENT, host.Kernel.Open("/dev/gunyah-not-here", OpenFlags.ReadWrite));
        Assert.Equal(-Errno.ESRCH, host.Kernel.InterruptThread(int.MaxValue));
    }

    [Fact]
    public void EveryGenerationIsModelled()
    {
        foreach (var profile in AbiProfiles.All)
        {
            using var host = new Host(profile);
            Assert.Equal(profile, host.Driver.Profile);
        }
    }
}
