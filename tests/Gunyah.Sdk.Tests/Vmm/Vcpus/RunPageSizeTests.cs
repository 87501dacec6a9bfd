using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Vcpus;

/// <summary>A vCPU whose run page cannot be mapped is not handed out: the error is typed and the vCPU fd closed.</summary>
public class RunPageSizeTests
{
    [Theory]
    [InlineData("v10", "GH_VCPU_MMAP_SIZE")]
    [InlineData("android14-6.1", "GH_VCPU_MMAP_SIZE")]
    [InlineData("v17", "GUNYAH_VCPU_MMAP_SIZE")]
    [InlineData("android15-6.6", "GUNYAH_VCPU_MMAP_SIZE")]
    public void A_mmap_size_smaller_than_the_40_byte_run_page_fails_typed_and_closes_the_vcpu_fd(string profile, string cName)
    {
        using var fake = FakeVmm.Create(profile);
        fake.Kernel.RespondTo(0x4706, (in IoctlCall _) => 39);

        var exception = Assert.Throws<GunyahException>(() => fake.Vm.AddVcpu(0));

        Assert.Equal((Errno.EINVAL, cName, "vcpu"), (exception.Errno, exception.Operation, exception.FdKind));
        Assert.Same(fake.Profile, exception.Profile);
        var vcpuFd = fake.Ioctls[0].Result;
        Assert.Contains(fake.Kernel.Closes, close => close.Fd == vcpuFd && close.FdKind == FdKinds.Vcpu);
        Assert.DoesNotContain(fake.Kernel.Events, e => e.Kind == KernelEventKind.Mmap);
        Assert.Empty(fake.Vm.Vcpus);
    }

    [Theory]
    [MemberData(nameof(Generations.WithVcpus), MemberType = typeof(Generations))]
    public void A_failed_mmap_size_closes_the_vcpu_fd_too(string profile)
    {
        using var fake = FakeVmm.Create(profile);
        fake.Kernel.Fail(0x4706, Errno.ENODEV);

        Assert.Throws<GunyahException>(() => fake.Vm.AddVcpu(0));

        Assert.Contains(fake.Kernel.Closes, close => close.Fd == fake.Ioctls[0].Result && close.FdKind == FdKinds.Vcpu);
        Assert.DoesNotContain(FdKinds.Vcpu, fake.Kernel.OpenFakeFds.Values);
    }

    [Fact]
    public void A_run_page_of_exactly_40_bytes_is_enough()
    {
        using var fake = FakeVmm.Create("v17");
        fake.Kernel.RespondTo(0x4706, (in IoctlCall _) => 40);

        using var vcpu = fake.Vm.AddVcpu(0);

        Assert.Equal(40, vcpu.RunPageSize);
        Assert.Same(vcpu, Assert.Single(fake.Vm.Vcpus));
    }
}
