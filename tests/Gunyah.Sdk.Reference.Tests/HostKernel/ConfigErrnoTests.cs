using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using M = Gunyah.Sdk.ResourceManager.Protocol.GhRmMessages;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>SET_DTB_CONFIG, SET_FW_CONFIG, SET_BOOT_CONTEXT and START rows (§3, §5.4, §6.4, §7).</summary>
public sealed class ConfigErrnoTests
{
    private const ulong Gpa = 0x8000_0000;

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task DtbNullIsEfaultAndWrapIsEoverflow(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_SET_DTB_CONFIG", (nint)0));
        var wrap = host.Dtb(vm, 0UL - Host.Page, 2 * Host.Page);
        Assert.Equal(profile == "v6" ? 0 : -Errno.EOVERFLOW, wrap);

        // android14-6.1 rounds the size up to a page before checking; v10 does not.
        var rounded = host.Dtb(vm, 0UL - Host.Page, 1);
        Assert.Equal(profile is "android14-6.1" ? -Errno.EOVERFLOW : 0, rounded);
        Assert.Equal(0, host.Dtb(vm, Gpa, Host.Page));
    }

    [Theory]
    [InlineData("v6")]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public async Task L23StartRefusesADtbOutsideEveryRegion(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(0, host.Region(vm, 0, Gpa, 2 * Host.Page, host.Memory(2 * Host.Page)));
        Assert.Equal(0, host.Dtb(vm, Gpa + Host.Page, 2 * Host.Page));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(vm, "VM_START"));
        Assert.DoesNotContain(M.GH_RM_RPC_VM_CONFIG_IMAGE, host.Rm.CallIds);

        // Once START failed, only v6 (which checks nothing) answers 0 again.
        Assert.Equal(profile == "v6" ? 0 : -Errno.ENODEV, host.Ioctl(vm, "VM_START"));
    }

    [Theory]
    [MemberData(nameof(Host.L24), MemberType = typeof(Host))]
    public async Task L24StartChecksTheDtb(string profile)
    {
        await using var host = Host.For(profile);
        var small = host.CreateVm();
        Assert.Equal(0, host.Dtb(small, Gpa, Host.Page - 1));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(small, "VM_START"));

        var unbound = host.CreateVm();
        Assert.Equal(0, host.Dtb(unbound, Gpa, Host.Page));
        Assert.Equal(-Errno.ENOENT, host.Ioctl(unbound, "VM_START"));
        Assert.Equal(-Errno.ENODEV, host.Ioctl(unbound, "VM_START"));
        Assert.Empty(host.Rm.CallIds);
    }

    [Theory]
    [InlineData("android14-6.1")]
    [InlineData("android15-6.6")]
    public async Task FirmwareConfig(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_ANDROID_SET_FW_CONFIG", (nint)0));
        Assert.Equal(-Errno.EOVERFLOW, host.Ioctl(vm, "VM_ANDROID_SET_FW_CONFIG", new Host.Pair(0UL - Host.Page, 2 * Host.Page)));
        Assert.Equal(0, host.Region(vm, 0, Gpa, 4 * Host.Page, host.Memory(4 * Host.Page)));
        Assert.Equal(0, host.Dtb(vm, Gpa, Host.Page));
        Assert.Equal(0, host.Ioctl(vm, "VM_ANDROID_SET_FW_CONFIG", new Host.Pair(Gpa + (2 * Host.Page), Host.Page)));
        Assert.Equal(0, host.Ioctl(vm, "VM_START"));
        var image = Assert.Single(host.Rm.Requests<GhRmVmConfigImageReq>(M.GH_RM_RPC_VM_CONFIG_IMAGE));
        Assert.Equal((ushort)GhRmVmAuthMech.QcomAndroidPvm, image.AuthMech);
        if (profile == "android14-6.1")
        {
            var firmware = Assert.Single(host.Rm.Requests<GhRmVmSetFirmwareMemReq>(M.GH_RM_RPC_VM_SET_FIRMWARE_MEM));
            Assert.Equal((2 * Host.Page, Host.Page), (firmware.FwOffset, firmware.FwSize));
        }
    }

    [Theory]
    [MemberData(nameof(Host.L24), MemberType = typeof(Host))]
    public async Task BootContext(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, "VM_SET_BOOT_CONTEXT", (nint)0));
        foreach (var bad in new uint[] { 32, 0x101, 0x103, 0x300, 0x1_0000 })
        {
            Assert.Equal(-Errno.EINVAL, host.Ioctl(vm, "VM_SET_BOOT_CONTEXT", new Host.BootArg(bad, 0, 1)));
        }

        foreach (var good in new uint[] { 0, 31, 0x100, 0x200, 0x202 })
        {
            Assert.Equal(0, host.Ioctl(vm, "VM_SET_BOOT_CONTEXT", new Host.BootArg(good, 0, good)));
        }

        StartL24(host, vm);
        var sent = host.Rm.Requests<GhRmVmSetContextReq>(M.GH_RM_RPC_VM_SET_CONTEXT);
        Assert.Equal([(0, 0), (0, 31), (1, 0), (2, 0), (2, 2)], sent.Select(c => ((int)c.RegSet, (int)c.RegIndex)));
        Assert.Equal(-Errno.EINVAL, host.Ioctl(vm, "VM_SET_BOOT_CONTEXT", new Host.BootArg(0, 0, 1)));
    }

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task SecondStartIsZeroWhileRunningAndEnodevOnceStopped(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Start(host, vm);
        var calls = host.Rm.CallIds.Length;
        Assert.Equal(0, host.Ioctl(vm, "VM_START"));
        Assert.Equal(calls, host.Rm.CallIds.Length);
        host.Notifications.Exit(0x81, 1, [0, 0, 0, 0]); // Linux takes EXITED from NOTIFY_VM_EXITED, not VM_STATUS.
        Assert.True(SpinWait.SpinUntil(() => host.Ioctl(vm, "VM_START") != 0, 2000) != (profile == "v6"));
        Assert.Equal(profile == "v6" ? 0 : -Errno.ENODEV, host.Ioctl(vm, "VM_START"));
    }

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task RmErrorsMapToErrno(string profile)
    {
        await using var host = Host.For(profile);
        host.Rm.Failures[M.GH_RM_RPC_VM_INIT] = (uint)GhRmError.Denied;
        var vm = host.CreateVm();
        Assert.Equal(profile == "v6" ? -Errno.EINVAL : -Errno.EPERM, StartResult(host, vm));
        Assert.Equal(M.GH_RM_RPC_VM_INIT, host.Rm.CallIds[^1]);
    }

    [Theory]
    [MemberData(nameof(Host.All), MemberType = typeof(Host))]
    public async Task APendingSignalInterruptsStartAndLeavesTheVmAsItWas(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Configure(host, vm);
        var calls = host.Rm.CallIds.Length;
        Assert.Equal(0, host.Kernel.InterruptThread(host.Kernel.CurrentThreadId()));
        Assert.Equal(-Errno.EINTR, host.Ioctl(vm, "VM_START"));
        Assert.Equal(calls, host.Rm.CallIds.Length);
        Assert.Equal(0, host.Ioctl(vm, "VM_START"));
    }

    internal static void Start(Host host, int vm) => Assert.Equal(0, StartResult(host, vm));

    internal static int StartResult(Host host, int vm)
    {
        Configure(host, vm);
        return host.Ioctl(vm, "VM_START");
    }

    internal static void Configure(Host host, int vm)
    {
        if (host.Profile == AbiProfiles.V17)
        {
            var memory = Host.Check(host.Ioctl(host.OpenDevice(), "CREATE_GUEST_MEM", new GuestMemTests.CreateArg(0, 4 * Host.Page)));
            Assert.Equal(0, host.Ioctl(vm, "VM_MAP_MEM", new Host.MapArg(Gpa, 0x72, (uint)memory, 0, 4 * Host.Page)));
        }
        else
        {
            Assert.Equal(0, host.Region(vm, 0, Gpa, 4 * Host.Page, host.Memory(4 * Host.Page)));
        }

        Assert.Equal(0, host.Dtb(vm, Gpa, Host.Page));
    }

    private static void StartL24(Host host, int vm) => Start(host, vm);
}
