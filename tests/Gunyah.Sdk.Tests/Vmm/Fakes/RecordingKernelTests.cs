using System.Buffers.Binary;
using Gunyah.Sdk.Kernel;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>The test double itself: what the other tests rely on it to record and answer.</summary>
public class RecordingKernelTests
{
    [Fact]
    public unsafe void An_ioctl_records_as_many_argument_bytes_as_the_request_encodes()
    {
        using var kernel = new RecordingKernel();
        var vm = kernel.NewFd(FdKinds.Vm);
        var argument = new byte[40];
        argument.AsSpan().Fill(0xab);
        BinaryPrimitives.WriteUInt32LittleEndian(argument, 0x1234_5678);

        fixed (byte* pointer = argument)
        {
            Assert.Equal(0, kernel.Ioctl(vm, 0x40104702, (nint)pointer)); // 16 bytes encoded
        }

        Assert.Equal(0, kernel.Ioctl(vm, 0x4703, 5)); // no size: an integer, not an address
        var calls = kernel.Ioctls;
        Assert.Equal(2, calls.Count);
        Assert.Equal("78563412ABABABABABABABABABABABAB", Convert.ToHexString(calls[0].Bytes));
        Assert.Equal((FdKinds.Vm, 0x4703u, (nint)5, 0), (calls[1].FdKind, calls[1].Request, calls[1].Argument, calls[1].Bytes.Length));
    }

    [Fact]
    public unsafe void Add_function_records_what_the_descriptors_arg_points_at_and_a_vcpu_type_gets_a_vcpu_fd()
    {
        using var kernel = new RecordingKernel();
        var vm = kernel.NewFd(FdKinds.Vm);
        var argument = stackalloc byte[] { 9, 8, 7, 6 };
        var descriptor = new LeBytes(16).U32(0, 1).U32(4, 4).U64(8, (ulong)argument).ToArray();

        int fd;
        fixed (byte* pointer = descriptor)
        {
            fd = kernel.Ioctl(vm, 0x40104704, (nint)pointer);
        }

        Assert.Equal(FdKinds.Vcpu, kernel.OpenFakeFds[fd]);
        Assert.True(fd > RecordingKernel.FirstFakeFd);
        Assert.Equal([9, 8, 7, 6], Assert.Single(kernel.Ioctls).FunctionArgument);
    }

    [Fact]
    public void A_null_pointer_argument_is_recorded_without_bytes()
    {
        using var kernel = new RecordingKernel();

        kernel.Ioctl(kernel.NewFd(FdKinds.Vm), 0x40104707, 0);

        var call = Assert.Single(kernel.Ioctls);
        Assert.Empty(call.Bytes);
        Assert.Null(call.FunctionArgument);
    }

    [Fact]
    public void Responders_answer_their_request_and_the_fallback_the_rest()
    {
        using var kernel = new RecordingKernel();
        var vcpu = kernel.NewFd(FdKinds.Vcpu);
        kernel.Fail(0x4705, Errno.ENODEV);

        Assert.Equal(-Errno.ENODEV, kernel.Ioctl(vcpu, 0x4705, 0));
        Assert.Equal(RecordingKernel.PageSize, kernel.Ioctl(vcpu, 0x4706, 0));
        Assert.Equal(0, kernel.Ioctl(vcpu, 0x4707, 0));
        Assert.Equal([-Errno.ENODEV, RecordingKernel.PageSize, 0], kernel.Ioctls.Select(c => c.Result));
    }

    [Fact]
    public void A_fake_mapping_is_a_zeroed_aligned_page_that_munmap_frees_and_records()
    {
        using var kernel = new RecordingKernel();
        var vcpu = kernel.NewFd(FdKinds.Vcpu);

        var page = kernel.Mmap(0, 40, MemoryProtection.ReadWrite, MapFlags.Shared, vcpu, 0);

        Assert.Equal(0, page % RecordingKernel.PageSize);
        Assert.True(kernel.RunPage(vcpu).IndexOfAnyExcept((byte)0) < 0);
        Assert.Equal(0, kernel.Munmap(page, 40));
        Assert.Throws<InvalidOperationException>(() => kernel.RunPage(vcpu));
        Assert.Equal([KernelEventKind.Mmap, KernelEventKind.Munmap], kernel.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Real_fds_go_to_the_linux_kernel_and_unknown_fds_are_never_closed()
    {
        using var kernel = new RecordingKernel();
        var eventFd = kernel.EventFd(0, EventFdFlags.CloseOnExec);
        Assert.True(eventFd >= 0);

        Assert.Equal(8, kernel.Write(eventFd, BitConverter.GetBytes(3ul)));
        var buffer = new byte[8];
        Assert.Equal(8, kernel.Read(eventFd, buffer));
        Assert.Equal(3ul, BitConverter.ToUInt64(buffer));
        Assert.Equal(0, kernel.Close(eventFd));
        Assert.Equal(-Errno.EBADF, kernel.Close(0));
        Assert.Equal(-Errno.EBADF, kernel.Close(eventFd));

        Assert.Equal([FdKinds.EventFd, FdKinds.Unknown, FdKinds.Unknown], kernel.Closes.Select(c => c.FdKind));
    }

    [Fact]
    public void Nothing_is_recorded_while_recording_is_off()
    {
        using var kernel = new RecordingKernel { Recording = false };
        var vm = kernel.NewFd(FdKinds.Vm);

        Assert.Equal(0, kernel.Ioctl(vm, 0x4703, 0));
        Assert.Equal(0, kernel.Close(vm));

        Assert.Empty(kernel.Events);
        Assert.Empty(kernel.Ioctls);
        Assert.Empty(kernel.OpenFakeFds);
    }
}
