using System.Runtime.CompilerServices;
using Gunyah.Sdk.Uapi;
using Android15 = Gunyah.Sdk.Uapi.Android15;
using V17 = Gunyah.Sdk.Uapi.V17;

namespace Gunyah.Sdk.Tests.Uapi;

/// <summary>The generations live side by side, each with its own values; nothing is merged across them.</summary>
public class ProfileSeparationTests
{
    [Fact]
    public void Map_flag_values_differ_between_v17_and_android15()
    {
        Assert.Equal(0x10u, (uint)V17.GunyahMapFlags.AllowRead);
        Assert.Equal(0x70u, (uint)V17.GunyahMapFlags.AllowRwx);
        Assert.Equal(0x1u, (uint)V17.GunyahMapFlags.ForceLend);
        Assert.Equal(0x100u, (uint)V17.GunyahMapFlags.Unmap);

        Assert.Equal(0x1u, (uint)Android15.GunyahMapFlags.AllowRead);
        Assert.Equal(0x7u, (uint)Android15.GunyahMapFlags.AllowRwx);
        Assert.Equal(0x10u, (uint)Android15.GunyahMapFlags.ForceLend);
        Assert.Equal(0x100u, (uint)Android15.GunyahMapFlags.Unmap);
        Assert.Equal(0x70, Android15.Constants.GUNYAH_MEM_ACCESS_MASK);
    }

    [Fact]
    public void V17_has_no_user_memory_region_request()
    {
        Assert.DoesNotContain(AbiProfiles.V17.Ioctls, i => i.Number == 1 && i.TypeCode == 'G');
        Assert.Null(AbiProfiles.V17.FindByRequest(0x40204701));
        Assert.NotNull(AbiProfiles.Android15.FindByRequest(0x40204701));
    }

    [Fact]
    public void Every_profile_lists_its_ioctls_each_with_an_fd_kind()
    {
        Assert.Equal(new[] { "v6", "v10", "android14-6.1", "v17", "android15-6.6" }, AbiProfiles.All.Select(p => p.Name));
        Assert.Equal(new[] { 4, 8, 10, 10, 12 }, AbiProfiles.All.Select(p => p.Ioctls.Count));
        foreach (var profile in AbiProfiles.All)
        {
            Assert.All(profile.Ioctls, ioctl => Assert.Contains(ioctl.FdKind, new[] { "device", "vm", "vcpu" }));
        }
    }

    [Fact]
    public void Run_page_is_40_bytes_in_every_generation_that_has_one()
    {
        Assert.Equal(40, Unsafe.SizeOf<Gunyah.Sdk.Uapi.V10.GhVcpuRun>());
        Assert.Equal(40, Unsafe.SizeOf<Gunyah.Sdk.Uapi.Android14.GhVcpuRun>());
        Assert.Equal(40, Unsafe.SizeOf<V17.GunyahVcpuRun>());
        Assert.Equal(40, Unsafe.SizeOf<Android15.GunyahVcpuRun>());
    }
}
