using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Probing;

/// <summary>Opening a device without a profile asks it questions only one generation answers a certain way.</summary>
public class AbiProbeTests
{
    [Theory]
    [MemberData(nameof(Generations.All), MemberType = typeof(Generations))]
    public void A_device_answering_like_a_generation_is_detected_as_it(string profile)
    {
        using var kernel = GenerationKernel.Create(profile);

        using var device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, profile: null);

        Assert.Same(Generations.Profile(profile), device.Profile);
        Assert.Equal(Generations.Profile(profile), AbiProbe.TryDetect(device.Handle, out var again, out var reason) ? again : null);
        Assert.NotEmpty(reason);
    }

    [Theory]
    [MemberData(nameof(Generations.All), MemberType = typeof(Generations))]
    public void The_probe_closes_the_vm_it_created_and_configures_nothing(string profile)
    {
        using var kernel = GenerationKernel.Create(profile);

        using var device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, profile: null);

        var created = kernel.Ioctls.Where(call => call.Request is 0x4700 or 0x4740 && call.Result >= 0).Select(call => call.Result).ToArray();
        var vm = Assert.Single(created);
        Assert.Single(kernel.Closes, close => close.Fd == vm && close.FdKind == FdKinds.Vm);
        Assert.Equal([FdKinds.Device], kernel.OpenFakeFds.Values);
        Assert.All(kernel.Ioctls.Where(call => ((call.Request >> 16) & 0x3fff) != 0), call => Assert.Equal(0, call.Argument));
    }

    [Fact]
    public void An_unknown_device_fails_typed_and_TryOpen_is_false_and_the_device_fd_is_closed()
    {
        using var kernel = GenerationKernel.Create(profile: null);

        var (exception, reason) = OpenAssert.Fails(kernel, "/dev/not-gunyah", profile: null, Errno.ENOTTY);

        Assert.Null(exception.Profile);
        Assert.Contains("ABI detection", exception.Message, StringComparison.Ordinal);
        Assert.Contains("0x40", reason, StringComparison.Ordinal);
        Assert.Empty(kernel.OpenFakeFds);
        Assert.Equal(2, kernel.Closes.Count(close => close.FdKind == FdKinds.Device));
    }

    [Fact]
    public void A_device_refusing_CREATE_VM_is_not_detected_and_the_reason_names_the_errno()
    {
        using var kernel = GenerationKernel.Create("v17");
        kernel.Fail(0x4700, Errno.EACCES);
        using var handle = new GunyahDeviceHandle(kernel, kernel.NewFd(FdKinds.Device));

        var detected = AbiProbe.TryDetect(handle, out var profile, out var reason);

        Assert.False(detected);
        Assert.Null(profile);
        Assert.Contains("EACCES", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("android15-6.6")]
    public void A_lenient_driver_answering_0_never_makes_the_probe_close_an_fd_it_was_not_given(string profile)
    {
        using var kernel = GenerationKernel.Create(profile, lenient: true);

        using var device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, profile: null);

        Assert.Same(Generations.Profile(profile), device.Profile);
        Assert.DoesNotContain(kernel.Closes, close => close.FdKind == FdKinds.Unknown);
    }

    [Fact]
    public void A_lenient_v17_driver_that_makes_a_guest_memory_file_for_a_NULL_argument_has_it_closed()
    {
        using var kernel = GenerationKernel.Create("v17", lenient: true);

        using var device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, profile: null);

        Assert.Same(Generations.Profile("v17"), device.Profile);
        Assert.Single(kernel.Closes, close => close.FdKind == FdKinds.GuestMem);
        Assert.Equal([FdKinds.Device], kernel.OpenFakeFds.Values);
    }
}
