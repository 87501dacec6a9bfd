using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Bytes;

/// <summary>
/// ADD_FUNCTION (0x40104704) and REMOVE_FUNCTION (0x40104707) with the 16-byte fn_desc, and what its arg points
/// at: vCPU (type 1), irqfd (type 2, 16 bytes), ioeventfd (type 3, 32 bytes) and raw functions; then the vCPU
/// fd's VCPU_MMAP_SIZE (0x4706) and VCPU_RUN (0x4705).
/// </summary>
public class FunctionBytesTests
{
    private const uint Add = 0x40104704;
    private const uint Remove = 0x40104707;

    [Fact]
    public void V10_passes_the_vcpu_id_by_value_in_arg_with_arg_size_0()
    {
        using var fake = FakeVmm.Create("v10");

        using var vcpu = fake.Vm.AddVcpu(0x0000_0007);
        vcpu.RemoveFunction();

        var descriptor = new LeBytes(16).U32(0, 1).U32(4, 0).U64(8, 7).ToArray();
        Assert.Equal(3, fake.Ioctls.Count);
        IoctlAssert.Is(fake.Ioctls[0], FdKinds.Vm, Add, descriptor);
        IoctlAssert.FunctionArgument(fake.Ioctls[0], []);
        IoctlAssert.Is(fake.Ioctls[2], FdKinds.Vm, Remove, descriptor);
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("v17")]
    [InlineData("android15-6.6")]
    public void Later_generations_point_arg_at_a_4_byte_vcpu_arg(string profile)
    {
        using var fake = FakeVmm.Create(profile);

        using var vcpu = fake.Vm.AddVcpu(0x0102_0304);
        vcpu.RemoveFunction();

        var argument = new LeBytes(4).U32(0, 0x0102_0304).ToArray();
        AddedThenRemoved(fake.Ioctls, 3, 1, argument);
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void AddVcpu_asks_the_new_vcpu_fd_for_its_mmap_size_and_maps_that_much(string profile)
    {
        using var fake = FakeVmm.Create(profile);

        using var vcpu = fake.Vm.AddVcpu(3);

        Assert.Equal(2, fake.Ioctls.Count);
        Assert.Equal(fake.Ioctls[0].Result, vcpu.Handle.Fd);
        var mmapSize = fake.Ioctls[1];
        IoctlAssert.Is(mmapSize, FdKinds.Vcpu, 0x4706, []);
        Assert.Equal(vcpu.Handle.Fd, mmapSize.Fd);
        var mmap = Assert.Single(fake.Kernel.Events, e => e.Kind == KernelEventKind.Mmap);
        Assert.Equal((vcpu.Handle.Fd, (nuint)4096), (mmap.Fd, mmap.Length));
        Assert.Equal(4096, vcpu.RunPageSize);
        Assert.Equal(3u, vcpu.Id);
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void Run_sends_VCPU_RUN_on_the_vcpu_fd_with_argument_0(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        using var vcpu = fake.AddVcpu();

        Assert.Equal(VcpuExitReason.Unknown, vcpu.Run().Reason);

        var call = IoctlAssert.Single(fake.Ioctls, FdKinds.Vcpu, 0x4705, []);
        Assert.Equal((vcpu.Handle.Fd, (nint)0), (call.Fd, call.Argument));
    }

    public static TheoryData<string, bool> IrqfdCases() => Generations.WithVcpusAnd(false, true);

    [Theory]
    [MemberData(nameof(IrqfdCases))]
    public void Irqfd_add_and_remove_send_type_2_with_fd_label_flags_and_zero_padding(string profile, bool level)
    {
        using var fake = FakeVmm.Create(profile);
        using var eventFd = fake.Device.CreateEventFd();

        var binding = fake.Vm.AddFunction(new IrqfdFunction(eventFd, 0xdead_beef, level));
        binding.Remove();

        var argument = new LeBytes(16).U32(0, (uint)eventFd.Fd).U32(4, 0xdead_beef).U32(8, level ? 1u : 0u).ToArray();
        AddedThenRemoved(fake.Ioctls, 2, 2, argument);
        Assert.True(binding.IsRemoved);
    }

    public static TheoryData<string, bool> IoeventfdCases() => Generations.WithVcpusAnd(false, true);

    [Theory]
    [MemberData(nameof(IoeventfdCases))]
    public void Ioeventfd_add_and_remove_send_type_3_with_the_32_byte_argument(string profile, bool dataMatch)
    {
        using var fake = FakeVmm.Create(profile);
        using var eventFd = fake.Device.CreateEventFd();

        var binding = fake.Vm.AddFunction(new IoeventfdFunction(eventFd, 0x0000_0001_2345_6780, 4, dataMatch ? 0x1122_3344_5566_7788 : null));
        binding.Remove();

        var argument = new LeBytes(32)
            .U64(0, dataMatch ? 0x1122_3344_5566_7788ul : 0)
            .U64(8, 0x0000_0001_2345_6780)
            .U32(16, 4)
            .I32(20, eventFd.Fd)
            .U32(24, dataMatch ? 1u : 0u)
            .ToArray();
        AddedThenRemoved(fake.Ioctls, 2, 3, argument);
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void Raw_functions_send_the_callers_type_and_bytes_and_return_the_add_result(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        fake.Kernel.RespondTo(Add, (in IoctlCall _) => 42);
        byte[] argument = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

        var binding = fake.Vm.AddFunction(new RawVmFunction(0x77, argument));
        var removed = binding.TryRemove(out var errno);

        Assert.Equal(42, binding.Result);
        Assert.True(removed);
        Assert.Equal(0, errno);
        AddedThenRemoved(fake.Ioctls, 2, 0x77, argument);
    }

    [Fact]
    public void A_raw_function_without_argument_sends_arg_size_0_and_a_null_arg()
    {
        using var fake = FakeVmm.Create("v17");

        fake.Vm.AddFunction(new RawVmFunction(5, ReadOnlyMemory<byte>.Empty));

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, Add, new LeBytes(16).U32(0, 5).ToArray());
    }

    /// <summary><paramref name="count"/> ioctls: ADD_FUNCTION first, REMOVE_FUNCTION last, both of
    /// <paramref name="type"/> with <paramref name="argument"/>.</summary>
    private static void AddedThenRemoved(IReadOnlyList<IoctlRecord> calls, int count, uint type, byte[] argument)
    {
        Assert.Equal(count, calls.Count);
        IoctlAssert.Function(calls[0], Add, type, argument);
        IoctlAssert.Function(calls[^1], Remove, type, argument);
    }
}
