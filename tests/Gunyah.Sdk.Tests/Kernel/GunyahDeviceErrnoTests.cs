using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>
/// The errno path end to end on the real kernel, typed: /dev/null is a device that answers every ioctl with ENOTTY,
/// and a missing path fails open with ENOENT.
/// </summary>
public class GunyahDeviceErrnoTests
{
    private const string MissingPath = "/nonexistent/gunyah";

    // CREATE_VM as each generation's header names it.
    private static readonly Dictionary<string, string> CreateVmName = new()
    {
        ["v6"] = "GH_CREATE_VM",
        ["v10"] = "GH_CREATE_VM",
        ["android14-6.1"] = "GH_CREATE_VM",
        ["v17"] = "GUNYAH_CREATE_VM",
        ["android15-6.6"] = "GUNYAH_CREATE_VM",
    };

    public static TheoryData<string> Profiles => [.. AbiProfiles.All.Select(profile => profile.Name)];

    [Fact]
    public void Every_profile_has_its_CREATE_VM_name_here()
    {
        Assert.Equal(CreateVmName.Keys.Order(), AbiProfiles.All.Select(profile => profile.Name).Order());
    }

    [Fact]
    public void Detection_on_dev_null_fails_with_a_typed_ENOTTY()
    {
        var error = Assert.Throws<GunyahException>(() => GunyahDevice.Open(LinuxKernel.Instance, "/dev/null", profile: null));

        Assert.Equal(Errno.ENOTTY, error.Errno);
        Assert.Equal("ENOTTY", error.ErrnoName);
        Assert.StartsWith("ABI detection on /dev/null", error.Operation, StringComparison.Ordinal);
        Assert.Equal("device", error.FdKind);
        Assert.Null(error.Profile);
    }

    [Fact]
    public void TryOpen_with_detection_on_dev_null_is_false_with_ENOTTY_and_a_reason()
    {
        Assert.False(GunyahDevice.TryOpen(LinuxKernel.Instance, "/dev/null", profile: null, out var device, out var errno, out var reason));

        Assert.Null(device);
        Assert.Equal(Errno.ENOTTY, errno);
        Assert.Contains("CREATE_VM", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void CreateVm_on_dev_null_throws_ENOTTY_naming_the_generations_CREATE_VM(string profileName)
    {
        var profile = AbiProfiles.Find(profileName)!;
        using var device = GunyahDevice.Open(LinuxKernel.Instance, "/dev/null", profile);
        Assert.Same(profile, device.Profile);

        var error = Assert.Throws<GunyahException>(device.CreateVm);

        Assert.Equal(Errno.ENOTTY, error.Errno);
        Assert.Equal(CreateVmName[profileName], error.Operation);
        Assert.Equal("device", error.FdKind);
        Assert.Same(profile, error.Profile);
        Assert.Contains(CreateVmName[profileName], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateGuestMemory_on_dev_null_throws_ENOTTY_naming_GUNYAH_CREATE_GUEST_MEM()
    {
        using var device = GunyahDevice.Open(LinuxKernel.Instance, "/dev/null", AbiProfiles.V17);

        var error = Assert.Throws<GunyahException>(() => device.CreateGuestMemory((ulong)Environment.SystemPageSize));

        Assert.Equal(Errno.ENOTTY, error.Errno);
        Assert.Equal("GUNYAH_CREATE_GUEST_MEM", error.Operation);
        Assert.Same(AbiProfiles.V17, error.Profile);
    }

    [Fact]
    public void Open_of_a_missing_path_throws_ENOENT()
    {
        var error = Assert.Throws<GunyahException>(() => GunyahDevice.Open(LinuxKernel.Instance, MissingPath, AbiProfiles.V17));

        Assert.Equal(Errno.ENOENT, error.Errno);
        Assert.Equal($"open {MissingPath}", error.Operation);
        Assert.Equal("device", error.FdKind);
    }

    [Fact]
    public void TryOpen_of_a_missing_path_is_false_with_ENOENT()
    {
        Assert.False(GunyahDevice.TryOpen(LinuxKernel.Instance, MissingPath, profile: null, out var device, out var errno, out var reason));

        Assert.Null(device);
        Assert.Equal(Errno.ENOENT, errno);
        Assert.Equal($"open {MissingPath}", reason);
    }
}
