using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference.HostKernel;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>ADD_FUNCTION / REMOVE_FUNCTION and the vCPU, irqfd and ioeventfd binds (§5.4, §6.4); the registry,
/// tickets, in-kernel IO handlers and doorbells.</summary>
public sealed class FunctionTests
{
    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task DescriptorRows(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var fds = host.Kernel.OpenVirtualFds;
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_ADD_FUNCTION", (nint)0));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 1, new byte[257]));
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_ADD_FUNCTION", new Host.FnDesc(1, 4, 0x1000)));
        Assert.Equal(-Errno.ENOENT, host.Function(vm, true, 99, new byte[4]));
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_REMOVE_FUNCTION", (nint)0));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, false, 1, new byte[257]));
        Assert.Equal(fds, host.Kernel.OpenVirtualFds);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task VcpuBind(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var wrongSize = profile == "v10" ? host.Function(vm, true, 1, new byte[4]) : host.Function(vm, true, 1, new byte[8]);
        Assert.Equal(-Errno.EINVAL, wrongSize);
        var fd = Host.Check(host.Vcpu(vm, 3));
        Assert.True(ReferenceKernel.IsVirtual(fd));
        var fds = host.Kernel.OpenVirtualFds;
        Assert.Equal(-Errno.EEXIST, host.Vcpu(vm, 3));
        Assert.Equal(fds, host.Kernel.OpenVirtualFds);
        Assert.Equal(-Errno.ENOENT, host.Vcpu(vm, 4, add: false));
        Assert.Equal(0, host.Vcpu(vm, 3, add: false));
        Assert.Equal(-Errno.ENODEV, host.Ioctl(fd, "VCPU_RUN"));
        Assert.True(host.Vcpu(vm, 3) >= 0);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task RemoveWithoutArgument(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var result = host.Function(vm, false, 2, []);
        Assert.Equal(profile == "android14-6.1" ? 0 : -Errno.ENOENT, result);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task IrqfdBind(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var eventFd = host.Kernel.EventFd(0, EventFdFlags.CloseOnExec);
        var memfd = host.Kernel.MemfdCreate("x", MemfdFlags.CloseOnExec);
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 2, Irqfd(eventFd, 1, 0)[..12]));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 2, Irqfd(eventFd, 1, 2)));
        Assert.Equal(-Errno.EBADF, host.Function(vm, true, 2, Irqfd(ReferenceKernel.FirstVirtualFd - 1, 1, 0)));
        Assert.Equal(-Errno.EBADF, host.Function(vm, true, 2, Irqfd(ReferenceKernel.FirstVirtualFd + 500, 1, 0)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 2, Irqfd(memfd, 1, 0)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 2, Irqfd(vm, 1, 0)));
        Assert.Equal(0, host.Function(vm, true, 2, Irqfd(eventFd, 1, 0)));
        Assert.Equal(-Errno.EEXIST, host.Function(vm, true, 2, Irqfd(eventFd, 1, 1)));
        Assert.Equal(-Errno.ENOENT, host.Function(vm, false, 2, Irqfd(eventFd, 2, 0)));
        Assert.Equal(0, host.Function(vm, false, 2, Irqfd(eventFd, 1, 0)));
        Assert.Equal(0, host.Function(vm, true, 2, Irqfd(eventFd, 1, 1)));
        host.Kernel.Close(memfd);
        host.Kernel.Close(eventFd);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task IoeventfdBind(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var eventFd = host.Kernel.EventFd(0, EventFdFlags.CloseOnExec);
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 4, null)[..28]));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 3, null)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(eventFd, ulong.MaxValue - 1, 4, null)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 0, 5)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 4, null, flags: 2)));
        Assert.Equal(-Errno.EBADF, host.Function(vm, true, 3, Ioeventfd(ReferenceKernel.FirstVirtualFd - 1, 0x1000, 4, null)));
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 3, Ioeventfd(vm, 0x1000, 4, null)));
        Assert.Equal(0, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 4, 7)));
        Assert.Equal(-Errno.EEXIST, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 4, 7)));
        Assert.Equal(0, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x1000, 4, 8)));
        Assert.Equal(-Errno.ENOENT, host.Function(vm, false, 3, Ioeventfd(eventFd, 0x2000, 4, 7)));
        var wrongLength = host.Function(vm, false, 3, Ioeventfd(eventFd, 0x1000, 2, 7));
        Assert.Equal(profile is "v17" or "android15-6.6" ? -Errno.ENOENT : 0, wrongLength);
        host.Kernel.Close(eventFd);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task UserRegisteredType(string profile)
    {
        await using var host = Host.For(profile);
        var type = new RecordingType();
        host.Driver.Functions.Register(type);
        Assert.Throws<InvalidOperationException>(() => host.Driver.Functions.Register(new RecordingType()));
        var vm = host.CreateVm();
        Assert.Equal(42, host.Function(vm, true, 77, [1, 2, 3]));
        Assert.Equal(-Errno.ENOENT, host.Function(vm, false, 77, [9]));
        Assert.Equal(0, host.Function(vm, false, 77, [1]));
        Assert.Equal(1, type.Unbound);
        Assert.Equal(-Errno.EINVAL, host.Function(vm, true, 77, []));
        Assert.True(host.Driver.Functions.Unregister(77));
        Assert.Equal(-Errno.ENOENT, host.Function(vm, true, 77, [1]));
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task TicketsAreFilledAtStartOrAtOnce(string profile)
    {
        await using var host = Host.For(profile, rm => rm.WithVcpu(0).WithVcpu(1));
        var vm = host.CreateVm();
        var early = Host.Check(host.Vcpu(vm, 0));
        Assert.Equal(-Errno.ENODEV, host.Ioctl(early, "VCPU_RUN"));
        ConfigErrnoTests.Start(host, vm);
        var late = Host.Check(host.Vcpu(vm, 1));
        var none = Host.Check(host.Vcpu(vm, 2));
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioRead, 0x10, 4).Then(VcpuRunState.AddressSpaceVmmioRead, 0x10, 4);
        Assert.Equal(0, host.Ioctl(early, "VCPU_RUN"));
        Assert.Equal(0, host.Ioctl(late, "VCPU_RUN"));
        Assert.Equal(-Errno.ENODEV, host.Ioctl(none, "VCPU_RUN"));
        Assert.Equal([0x1000ul, 0x1001ul], host.Hyp.Runs.Select(r => r.Cap));
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task IoeventfdTakesAMatchingWriteAndLeavesTheRest(string profile)
    {
        await using var host = Host.For(profile, rm => rm.WithVcpu(0));
        var vm = host.CreateVm();
        var eventFd = host.Kernel.EventFd(0, EventFdFlags.CloseOnExec | EventFdFlags.NonBlocking);
        Assert.Equal(0, host.Function(vm, true, 3, Ioeventfd(eventFd, 0x9000_0000, 4, 0x55)));
        var vcpu = Host.Check(host.Vcpu(vm, 0));
        ConfigErrnoTests.Start(host, vm);
        host.Hyp.Then(VcpuRunState.AddressSpaceVmmioWrite, 0x9000_0000, 4, 0x55)
            .Then(VcpuRunState.AddressSpaceVmmioWrite, 0x9000_0000, 4, 0x55)
            .Then(VcpuRunState.AddressSpaceVmmioWrite, 0x9000_0000, 4, 0x56);
        Assert.Equal(0, host.Ioctl(vcpu, "VCPU_RUN"));
        Assert.Equal(3, host.Hyp.Runs.Count);
        var counter = new byte[8];
        Assert.Equal(8, host.Kernel.Read(eventFd, counter));
        Assert.Equal(2UL, BitConverter.ToUInt64(counter));
        var page = RunTests.Page(host, vcpu);
        Assert.Equal((1u, 0x9000_0000ul, 0x56ul), (page.ExitReason, page.Address, page.Data));
        host.Kernel.Close(eventFd);
    }

    [Theory]
    [MemberData(nameof(Host.WithFunctions), MemberType = typeof(Host))]
    public async Task IrqfdRingsItsDoorbellOnceStarted(string profile)
    {
        await using var host = Host.For(profile, rm => rm.WithDoorbell(5));
        var vm = host.CreateVm();
        var eventFd = host.Kernel.EventFd(0, EventFdFlags.CloseOnExec);
        Assert.Equal(0, host.Function(vm, true, 2, Irqfd(eventFd, 5, 1)));
        host.Kernel.Write(eventFd, BitConverter.GetBytes(1UL));
        await Task.Delay(50);
        Assert.Empty(host.Hyp.Doorbells);
        ConfigErrnoTests.Start(host, vm);
        Assert.Equal((0x2005ul, 1ul, 1ul), Assert.Single(host.Hyp.Masks));
        host.Kernel.Write(eventFd, BitConverter.GetBytes(1UL));
        Assert.True(SpinWait.SpinUntil(() => !host.Hyp.Doorbells.IsEmpty, 5000));
        Assert.Equal((0x2005ul, 1ul), Assert.Single(host.Hyp.Doorbells));
        Assert.Equal(0, host.Function(vm, false, 2, Irqfd(eventFd, 5, 0)));
        host.Kernel.Close(eventFd);
    }

    internal static byte[] Irqfd(int fd, uint label, uint flags)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, fd);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), label);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), flags);
        return bytes;
    }

    internal static byte[] Ioeventfd(int fd, ulong address, uint length, ulong? datamatch, uint? flags = null)
    {
        var bytes = new byte[32];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, datamatch ?? 0);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), address);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(20), fd);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), flags ?? (datamatch.HasValue ? 1u : 0u));
        return bytes;
    }

    // A module's own function type: binds any non-empty argument (result 42), matches on the first byte.
    private sealed class RecordingType() : VmFunctionType(77, "recording")
    {
        public int Unbound { get; private set; }

        public override int Bind(VmFunctionInstance instance) => instance.Argument.IsEmpty ? -Errno.EINVAL : 42;

        public override void Unbind(VmFunctionInstance instance) => Unbound++;

        public override bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue) =>
            argument.Length > 0 && argument[0] == instance.Argument.Span[0];
    }
}
