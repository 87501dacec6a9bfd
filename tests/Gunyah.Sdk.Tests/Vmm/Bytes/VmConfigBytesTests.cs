using Gunyah.Sdk.Tests.Vmm.Fakes;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Vmm.Bytes;

/// <summary>CREATE_VM, SET_DTB_CONFIG, SET_FW_CONFIG and VM_START: request numbers and argument bytes per generation.</summary>
public class VmConfigBytesTests
{
    [Theory]
    [InlineData("v6", 0x00004740u)]
    [InlineData("v10", 0x00004700u)]
    [InlineData("android14-6.1", 0x00004700u)]
    [InlineData("v17", 0x00004700u)]
    [InlineData("android15-6.6", 0x00004700u)]
    public void CreateVm_sends_the_generations_request_on_the_device_with_integer_argument_0(string profile, uint request)
    {
        using var kernel = new RecordingKernel();
        using var device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, Generations.Profile(profile));
        kernel.ClearRecords();

        using var vm = device.CreateVm();

        var call = IoctlAssert.Single(kernel.Ioctls, FdKinds.Device, request, []);
        Assert.Equal(0, call.Argument);
        Assert.Equal(call.Result, vm.Handle.Fd);
        Assert.Equal(FdKinds.Vm, kernel.OpenFakeFds[vm.Handle.Fd]);
    }

    [Theory]
    [InlineData("v6", 0x40104742u)]
    [InlineData("v10", 0x40104702u)]
    [InlineData("android14-6.1", 0x40104702u)]
    [InlineData("v17", 0x40104702u)]
    [InlineData("android15-6.6", 0x40104702u)]
    public void SetDeviceTree_sends_address_at_0_and_size_at_8(string profile, uint request)
    {
        using var fake = FakeVmm.Create(profile);

        fake.Vm.SetDeviceTree(0x8000_0000_1234_5000, 0x0000_0002_0000_1000);

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, request, new LeBytes(16).U64(0, 0x8000_0000_1234_5000).U64(8, 0x0000_0002_0000_1000).ToArray());
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("android15-6.6")]
    public void SetFirmwareConfig_sends_android_A_0x12_with_address_and_size(string profile)
    {
        using var fake = FakeVmm.Create(profile);

        fake.Vm.SetFirmwareConfig(0x9000_0000, 0x20_0000);

        IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, 0x40104112, new LeBytes(16).U64(0, 0x9000_0000).U64(8, 0x20_0000).ToArray());
    }

    [Theory]
    [InlineData("v6", 0x00004745u)]
    [InlineData("v10", 0x00004703u)]
    [InlineData("android14-6.1", 0x00004703u)]
    [InlineData("v17", 0x00004703u)]
    [InlineData("android15-6.6", 0x00004703u)]
    public void Start_sends_the_generations_request_with_no_argument(string profile, uint request)
    {
        using var fake = FakeVmm.Create(profile);

        fake.Vm.Start();

        Assert.Equal(0, IoctlAssert.Single(fake.Ioctls, FdKinds.Vm, request, []).Argument);
    }
}
