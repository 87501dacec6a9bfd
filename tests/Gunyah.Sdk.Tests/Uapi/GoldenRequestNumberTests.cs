using Android14 = Gunyah.Sdk.Uapi.Android14;
using Android15 = Gunyah.Sdk.Uapi.Android15;
using V10 = Gunyah.Sdk.Uapi.V10;
using V17 = Gunyah.Sdk.Uapi.V17;
using V6 = Gunyah.Sdk.Uapi.V6;

namespace Gunyah.Sdk.Tests.Uapi;

/// <summary>
/// Request numbers of the shipped SDK, pinned to the values computed with gcc from the kernel's headers
/// (the ABI facts, §2). The generator computes them from headers/common's _IOC macros; these catch any drift.
/// </summary>
public class GoldenRequestNumberTests
{
    [Fact]
    public void V6_numbers_start_at_0x40()
    {
        Assert.Equal(0x00004740u, V6.Ioctls.GH_CREATE_VM);
        Assert.Equal(0x40204741u, V6.Ioctls.GH_VM_SET_USER_MEM_REGION);
        Assert.Equal(0x40104742u, V6.Ioctls.GH_VM_SET_DTB_CONFIG);
        Assert.Equal(0x00004745u, V6.Ioctls.GH_VM_START);
    }

    [Fact]
    public void V10_and_android14_share_the_gh_numbering()
    {
        foreach (var (createVm, setRegion, setDtb, start, addFunction, run, mmapSize, removeFunction) in new[]
        {
            (V10.Ioctls.GH_CREATE_VM, V10.Ioctls.GH_VM_SET_USER_MEM_REGION, V10.Ioctls.GH_VM_SET_DTB_CONFIG, V10.Ioctls.GH_VM_START,
                V10.Ioctls.GH_VM_ADD_FUNCTION, V10.Ioctls.GH_VCPU_RUN, V10.Ioctls.GH_VCPU_MMAP_SIZE, V10.Ioctls.GH_VM_REMOVE_FUNCTION),
            (Android14.Ioctls.GH_CREATE_VM, Android14.Ioctls.GH_VM_SET_USER_MEM_REGION, Android14.Ioctls.GH_VM_SET_DTB_CONFIG, Android14.Ioctls.GH_VM_START,
                Android14.Ioctls.GH_VM_ADD_FUNCTION, Android14.Ioctls.GH_VCPU_RUN, Android14.Ioctls.GH_VCPU_MMAP_SIZE, Android14.Ioctls.GH_VM_REMOVE_FUNCTION),
        })
        {
            Assert.Equal(0x00004700u, createVm);
            Assert.Equal(0x40204701u, setRegion);
            Assert.Equal(0x40104702u, setDtb);
            Assert.Equal(0x00004703u, start);
            Assert.Equal(0x40104704u, addFunction);
            Assert.Equal(0x00004705u, run);
            Assert.Equal(0x00004706u, mmapSize);
            Assert.Equal(0x40104707u, removeFunction);
        }
    }

    [Fact]
    public void Android_only_ioctls_use_magic_A()
    {
        Assert.Equal(0x40204111u, Android14.Ioctls.GH_VM_ANDROID_LEND_USER_MEM);
        Assert.Equal(0x40104112u, Android14.Ioctls.GH_VM_ANDROID_SET_FW_CONFIG);
        Assert.Equal(0x40204111u, Android15.Ioctls.GH_VM_ANDROID_LEND_USER_MEM);
        Assert.Equal(0x40104112u, Android15.Ioctls.GH_VM_ANDROID_SET_FW_CONFIG);
    }

    [Fact]
    public void V17_guest_memfd_numbers()
    {
        Assert.Equal(0x00004700u, V17.Ioctls.GUNYAH_CREATE_VM);
        Assert.Equal(0x40404708u, V17.Ioctls.GUNYAH_CREATE_GUEST_MEM);
        Assert.Equal(0x40104702u, V17.Ioctls.GUNYAH_VM_SET_DTB_CONFIG);
        Assert.Equal(0x00004703u, V17.Ioctls.GUNYAH_VM_START);
        Assert.Equal(0x40104704u, V17.Ioctls.GUNYAH_VM_ADD_FUNCTION);
        Assert.Equal(0x40104707u, V17.Ioctls.GUNYAH_VM_REMOVE_FUNCTION);
        Assert.Equal(0x40204709u, V17.Ioctls.GUNYAH_VM_MAP_MEM);
        Assert.Equal(0x4010470au, V17.Ioctls.GUNYAH_VM_SET_BOOT_CONTEXT);
        Assert.Equal(0x00004705u, V17.Ioctls.GUNYAH_VCPU_RUN);
        Assert.Equal(0x00004706u, V17.Ioctls.GUNYAH_VCPU_MMAP_SIZE);
    }

    [Fact]
    public void Android15_keeps_the_user_memory_region_ioctl_beside_map_mem()
    {
        Assert.Equal(0x40204701u, Android15.Ioctls.GH_VM_SET_USER_MEM_REGION);
        Assert.Equal(0x40204709u, Android15.Ioctls.GUNYAH_VM_MAP_MEM);
        Assert.Equal(0x4010470au, Android15.Ioctls.GUNYAH_VM_SET_BOOT_CONTEXT);
    }
}
