using Gunyah.Sdk.Uapi;
using M = Gunyah.Sdk.ResourceManager.Protocol.GhRmMessages;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>SET_USER_MEM_REGION (and the Android LEND_USER_MEM) rows of §3, §5.4 and §7, with a follow-up call
/// showing that a refused region left nothing behind.</summary>
public sealed class RegionErrnoTests
{
    private const ulong Gpa = 0x8000_0000;

    public static IEnumerable<object[]> Cases =>
        from profile in AbiProfiles.All
        where profile != AbiProfiles.V17
        from lend in profile.Name.StartsWith("android", StringComparison.Ordinal) ? new[] { false, true } : [false]
        select new object[] { profile.Name, lend };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NullPointerIsEfault(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(-Errno.EFAULT, host.Ioctl(vm, lend ? "VM_ANDROID_LEND_USER_MEM" : "VM_SET_USER_MEM_REGION", (nint)0));
        AssertFresh(host, vm, lend);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task UnknownFlagIsEinval(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var user = host.Memory(Host.Page);
        Assert.Equal(-Errno.EINVAL, host.Region(vm, 1, Gpa, Host.Page, user, flags: 0x17, lend));
        var lentFlag = host.Region(vm, 1, Gpa, Host.Page, user, flags: 0xF, lend);
        if (profile is "v6" or "v10")
        {
            Assert.Equal(0, lentFlag);
            Assert.Equal(0, host.Region(vm, 1, 0, 0, 0));
        }
        else
        {
            Assert.Equal(-Errno.EINVAL, lentFlag);
        }

        AssertFresh(host, vm, lend);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SizeZero(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var result = host.Region(vm, 42, Gpa, 0, host.Memory(Host.Page), lend: lend);
        Assert.Equal(profile is "v6" or "v10" ? 0 : -Errno.EINVAL, result);
        AssertFresh(host, vm, lend);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Misalignment(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var user = host.Memory(2 * Host.Page);
        Assert.Equal(-Errno.EINVAL, host.Region(vm, 1, Gpa, Host.Page + 1, user, lend: lend));
        Assert.Equal(-Errno.EINVAL, host.Region(vm, 1, Gpa, Host.Page, user + 8, lend: lend));
        var gpa = host.Region(vm, 1, Gpa + 8, Host.Page, user, lend: lend);
        Assert.Equal(profile == "v6" ? 0 : -Errno.EINVAL, gpa);
        if (profile == "v6")
        {
            Assert.Equal(0, host.Region(vm, 1, 0, 0, 0));
        }

        AssertFresh(host, vm, lend);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WrapIsEoverflow(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var user = host.Memory(2 * Host.Page);
        var result = host.Region(vm, 1, 0UL - Host.Page, 2 * Host.Page, user, lend: lend);
        if (profile == "v6")
        {
            // v6 checks no overflow: the region is accepted (and shared at once).
            Assert.Equal(0, result);
            return;
        }

        Assert.Equal(-Errno.EOVERFLOW, result);
        AssertFresh(host, vm, lend);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DuplicateLabelOrOverlapIsEexist(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var user = host.Memory(4 * Host.Page);
        Assert.Equal(0, host.Region(vm, 1, Gpa, 2 * Host.Page, user, lend: lend));
        Assert.Equal(-Errno.EEXIST, host.Region(vm, 1, Gpa + (8 * Host.Page), Host.Page, user + (2 * Host.Page), lend: lend));
        Assert.Equal(-Errno.EEXIST, host.Region(vm, 2, Gpa + Host.Page, 2 * Host.Page, user + (2 * Host.Page), lend: lend));
        Assert.Equal(-Errno.EEXIST, host.Region(vm, 2, Gpa - Host.Page, 2 * Host.Page, user + (2 * Host.Page), lend: lend));
        Assert.Equal(0, host.Region(vm, 2, Gpa + (2 * Host.Page), 2 * Host.Page, user + (2 * Host.Page), lend: lend));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task UnmappedUserMemoryIsEfault(string profile, bool lend)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        Assert.Equal(-Errno.EFAULT, host.Region(vm, 1, Gpa, Host.Page, Host.Page, lend: lend));
        AssertFresh(host, vm, lend);
    }

    [Fact]
    public async Task V6SharesInsideTheIoctlAndAnRmRefusalIsEinval()
    {
        await using var host = Host.For("v6");
        var vm = host.CreateVm();
        host.Rm.Failures[M.GH_RM_RPC_MEM_SHARE] = 3;
        Assert.Equal(-Errno.EINVAL, host.Region(vm, 1, Gpa, Host.Page, host.Memory(Host.Page)));
        host.Rm.Failures.Clear();
        Assert.Equal(0, host.Region(vm, 1, Gpa, Host.Page, host.Memory(Host.Page), flags: 0xF));
        Assert.Equal([M.GH_RM_RPC_VM_ALLOC_VMID, M.GH_RM_RPC_MEM_SHARE, M.GH_RM_RPC_MEM_LEND], host.Rm.CallIds);
        Assert.Equal(0, host.Region(vm, 1, 0, 0, 0));
        Assert.Equal(M.GH_RM_RPC_MEM_RECLAIM, host.Rm.CallIds[^1]);
    }

    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    [InlineData("android15-6.6")]
    public async Task LaterGenerationsShareOnlyAtStart(string profile)
    {
        await using var host = Host.For(profile);
        var vm = host.CreateVm();
        var before = host.Rm.CallIds.Length;
        Assert.Equal(0, host.Region(vm, 1, Gpa, Host.Page, host.Memory(Host.Page)));
        Assert.Equal(before, host.Rm.CallIds.Length);
    }

    // The label and range the failed call used are still free.
    private static void AssertFresh(Host host, int vm, bool lend) =>
        Assert.Equal(0, host.Region(vm, 1, Gpa, Host.Page, host.Memory(Host.Page), lend: lend));
}
