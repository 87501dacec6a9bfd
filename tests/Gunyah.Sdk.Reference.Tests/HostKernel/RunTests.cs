using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>VCPU_RUN and the run page (§5.3, §5.4, §6.3, §6.4), through raw ioctls and the page mapped in place.</summary>
public sealed unsafe class RunTests
{
    private const ulong Gpa = 0x8000_0000;

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void RunPageMapping(string profile)
    {
        using var host = Host.For(profile);
        var vcpu = Host.Check(host.Vcpu(host.CreateVm(), 0));
        var page = (nuint)Host.Page;
        Assert.Equal(-Errno.EINVAL, host.Kernel.Mmap(0, page, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu, (long)Host.Page));
        Assert.Equal(-Errno.EINVAL, host.Kernel.Mmap(0, 2 * page, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu, 0));
        var mapped = host.Kernel.Mmap(0, page, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu, 0);
        Assert.True(mapped > 0 && ((ulong)mapped & (Host.Page - 1)) == 0);
        Assert.True(new ReadOnlySpan<byte>((void*)mapped, (int)page).IndexOfAnyExcept((byte)0) < 0);
        Assert.Equal(0, host.Kernel.Munmap(mapped, page));
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void ImmediateExitAndPendingSignalsAreEintr(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (vm, vcpu) = Started(host);
        var page = Map(host, vcpu);
        page[0] = 1;
        Assert.Equal(-Errno.EINTR, host.Ioctl(vcpu, "VCPU_RUN"));
        page[0] = 0;
        Assert.Equal(0, host.Kernel.InterruptThread(host.Kernel.CurrentThreadId()));
        Assert.Equal(-Errno.EINTR, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Empty(host.Hyp.Runs);
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioRead, 0x20, 16);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal((1u, 0x20ul, 8u, (byte)0), (Page(host, vcpu).ExitReason, Page(host, vcpu).Address, Page(host, vcpu).Length, Page(host, vcpu).IsWrite));
        Assert.True(vm > 0);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void StatusExitWhenTheVmIsNotRunningAndAgainAfter(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (vm, vcpu) = Started(host);
        host.Notifications.Status(0x81, GhRmVmStatus.Reset);

        // A second START answers ENODEV once the driver has the new status.
        Assert.True(SpinWait.SpinUntil(() => host.Ioctl(vm, "VM_START") == -Errno.ENODEV, 2000));
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(2u, Page(host, vcpu).ExitReason);
        Assert.Equal(3u, Page(host, vcpu).Status);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(2u, Page(host, vcpu).ExitReason);
        Assert.Empty(host.Hyp.Runs);
    }

    [Theory]
    [InlineData("v10", GhRmVmStatus.Exited)]
    [InlineData("android14-6.1", GhRmVmStatus.Resetting)]
    [InlineData("v17", GhRmVmStatus.InitFailed)]
    [InlineData("android15-6.6", GhRmVmStatus.Exited)]
    public void VmStatusNotificationsOtherThanResetLeaveTheVcpuRunning(string profile, GhRmVmStatus rmStatus)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (vm, vcpu) = Started(host);
        host.Notifications.Status(0x81, rmStatus);
        host.Notifications.Status(0x81, GhRmVmStatus.Running); // Delivered in order: the first was seen by now.

        Assert.Equal(0, host.Ioctl(vm, "VM_START"));
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioWrite, 0x30, 1, 0x7F);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(1u, Page(host, vcpu).ExitReason);
    }

    [Theory]
    [InlineData("v10", GhRmVmStatus.Exited, 2u)]
    [InlineData("android14-6.1", GhRmVmStatus.Reset, 3u)]
    [InlineData("v17", GhRmVmStatus.Reset, 3u)]
    [InlineData("android15-6.6", GhRmVmStatus.Exited, 2u)]
    public void StatusValues(string profile, GhRmVmStatus rmStatus, uint expected)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (vm, vcpu) = Started(host);
        if (rmStatus == GhRmVmStatus.Exited)
        {
            host.Notifications.Exit(0x81, 1, [0, 0, 0, 0]);
        }
        else
        {
            host.Notifications.Status(0x81, rmStatus);
        }

        Assert.True(SpinWait.SpinUntil(() => host.Ioctl(vm, "VM_START") == -Errno.ENODEV, 2000));
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal((2u, expected), (Page(host, vcpu).ExitReason, Page(host, vcpu).Status));
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void After_a_failed_VM_INIT_the_vCPU_never_got_its_resource_so_RUN_is_ENODEV(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var vm = host.CreateVm();
        var vcpu = Host.Check(host.Vcpu(vm, 0));
        host.Rm.Failures[Gunyah.Sdk.ResourceManager.Protocol.GhRmMessages.GH_RM_RPC_VM_INIT] = (uint)GhRmError.Denied;
        Assert.True(ConfigErrnoTests.StartResult(host, vm) < 0);

        Assert.Equal(-Errno.ENODEV, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Empty(host.Hyp.Runs);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void PoweredOffWhileRunningWaitsForTheWakeup(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (_, vcpu) = Started(host);
        host.Driver.Interrupts.Assert(100);
        host.Hyp.Then(VcpuRunState.PoweredOff).Then(VcpuRunState.Blocked).Then(VcpuRunState.AddressSpaceVmmioWrite, 0x30, 1, 0x7F);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal((1u, (byte)1, 0x7Ful), (Page(host, vcpu).ExitReason, Page(host, vcpu).IsWrite, Page(host, vcpu).Data));
        Assert.Equal(3, host.Hyp.Runs.Count);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public void HypervisorErrorsMapToErrno(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (_, vcpu) = Started(host);
        host.Hyp.Script.Enqueue(new VcpuRunResult(HypError.CspaceFull, VcpuRunState.Ready));
        var l24 = profile is "v17" or "android15-6.6";
        Assert.Equal(l24 ? -Errno.EBUSY : -Errno.EACCES, host.Ioctl(vcpu, "VCPU_RUN"));
        host.Hyp.Script.Enqueue(new VcpuRunResult(HypError.Retry, VcpuRunState.Ready));
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioRead, 0x40, 1);
        Assert.Equal(l24 ? 0 : -Errno.EOPNOTSUPP, host.Ioctl(vcpu, "VCPU_RUN"));
    }

    [Theory]
    [MemberData(nameof(Host.L24), MemberType = typeof(Host))]
    public void ResumeActions(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (_, vcpu) = Started(host);
        var page = Map(host, vcpu);
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioRead, 0x50, 4).Then(VcpuRunState.AddressSpaceVmmioWrite, 0x50, 4, 1)
            .Then(VcpuRunState.AddressSpaceVmmioWrite, 0x50, 4, 2).Then(VcpuRunState.AddressSpaceVmmioWrite, 0x50, 4, 3);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(0, page[37]);
        page[37] = 7;
        Assert.Equal(-Errno.EINVAL, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(vcpu, "VCPU_RUN"));
        page[37] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(page + 24, 4), 0xDEAD_BEEF);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        page[37] = 2;
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        page[37] = 0;
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        var runs = host.Hyp.Runs.ToArray();
        Assert.Equal([(0ul, 0ul), (0xDEAD_BEEFul, (ulong)VmmioResumeAction.Fault), (0ul, (ulong)VmmioResumeAction.Retry), (0ul, (ulong)VmmioResumeAction.Emulate)],
            runs.Select(r => (r.Resume0, r.Resume1)));
    }

    [Theory]
    [MemberData(nameof(Host.L24), MemberType = typeof(Host))]
    public void PageFaults(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var vm = host.CreateVm();
        ConfigErrnoTests.Configure(host, vm);
        var readOnly = Gpa + 0x10_0000;
        if (profile == "v17")
        {
            var file = Host.Check(host.Ioctl(host.OpenDevice(), "CREATE_GUEST_MEM", new GuestMemTests.CreateArg(0, Host.Page)));
            Assert.Equal(0, host.Ioctl(vm, "VM_MAP_MEM", new Host.MapArg(readOnly, 0x12, (uint)file, 0, Host.Page)));
        }
        else
        {
            Assert.Equal(0, host.Region(vm, 9, readOnly, Host.Page, host.Memory(Host.Page), flags: 1));
        }

        var vcpu = Host.Check(host.Vcpu(vm, 0));
        Assert.Equal(0, host.Ioctl(vm, "VM_START"));
        host.Hyp.Then(VcpuRunState.AddressSpacePageFault, Gpa + Host.Page, 1).Then(VcpuRunState.AddressSpacePageFault, readOnly, 0)
            .Then(VcpuRunState.AddressSpacePageFault, readOnly, 1).Then(VcpuRunState.AddressSpacePageFault, 0x1_0000_0000, 0);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        var page = Map(host, vcpu);
        Assert.Equal(3u, Page(host, vcpu).ExitReason);
        Assert.Equal((readOnly, -Errno.EPERM, (byte)1), (Page(host, vcpu).Address, BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(page + 24, 4)), page[28]));
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal((0x1_0000_0000ul, -Errno.ENOENT), (Page(host, vcpu).Address, BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(page + 24, 4))));
        Assert.Equal(4, host.Hyp.Runs.Count);
    }

    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public void GhGenerationsHaveNoPageFaultExit(string profile)
    {
        using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var (_, vcpu) = Started(host);
        host.Hyp.Then(VcpuRunState.AddressSpacePageFault, Gpa, 0);
        Assert.Equal(-Errno.EINVAL, host.Ioctl(vcpu, "VCPU_RUN"));
    }

    internal static (int Vm, int Vcpu) Started(Host host)
    {
        var vm = host.CreateVm();
        var vcpu = Host.Check(host.Vcpu(vm, 0));
        ConfigErrnoTests.Start(host, vm);
        return (vm, vcpu);
    }

    internal static byte* Map(Host host, int vcpu)
    {
        var mapped = host.Kernel.Mmap(0, (nuint)Host.Page, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu, 0);
        Assert.True(mapped > 0);
        return (byte*)mapped;
    }

    internal static RunPage Page(Host host, int vcpu)
    {
        var page = Map(host, vcpu);
        try
        {
            var span = new ReadOnlySpan<byte>(page, 40);
            return new RunPage(
                BinaryPrimitives.ReadUInt32LittleEndian(span[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(span[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(span[24..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[32..]),
                span[36],
                BinaryPrimitives.ReadUInt32LittleEndian(span[16..]));
        }
        finally
        {
            host.Kernel.Munmap((nint)page, (nuint)Host.Page);
        }
    }

    internal readonly record struct RunPage(uint ExitReason, ulong Address, ulong Data, uint Length, byte IsWrite, uint Status);
}
