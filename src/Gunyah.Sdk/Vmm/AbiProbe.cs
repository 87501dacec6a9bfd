using System.Diagnostics.CodeAnalysis;
using Gunyah.Interop;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Uapi;
using Android14Ioctls = Gunyah.Sdk.Uapi.Android14.Ioctls;
using Android15Ioctls = Gunyah.Sdk.Uapi.Android15.Ioctls;
using V17Ioctls = Gunyah.Sdk.Uapi.V17.Ioctls;
using V6Ioctls = Gunyah.Sdk.Uapi.V6.Ioctls;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// Finds which ABI generation a Gunyah device speaks by asking it questions only one generation answers a certain
/// way. Pointer arguments are NULL, so a kernel that knows the ioctl fails the copy with EFAULT and one that does
/// not answers ENOTTY; nothing is configured. Probing creates one VM and closes it (upstream kernels allocate no
/// VMID before START).
/// </summary>
/// <remarks>
/// The questions, in order: CREATE_VM as numbered from 0 (B–E) or, on ENOTTY, from 0x40 (v6); CREATE_GUEST_MEM
/// on the device (only v17); the Android LEND_USER_MEM on the new VM (only android14-6.1 and android15-6.6); and
/// then SET_BOOT_CONTEXT (android15-6.6, not android14-6.1). An upstream v11–v14 kernel looks like v10 from here:
/// pass its profile explicitly when the v10 region semantics (LENT, delete by size 0) matter.
/// </remarks>
public static class AbiProbe
{
    /// <summary>Detects the generation of the open device; false with a reason when no generation fits.</summary>
    public static bool TryDetect(GunyahDeviceHandle device, [NotNullWhen(true)] out AbiProfile? profile, out string reason)
    {
        ArgumentNullException.ThrowIfNull(device);
        profile = null;
        var created = device.Ioctl(V17Ioctls.GUNYAH_CREATE_VM, 0);
        if (created == -Errno.ENOTTY)
        {
            var v6 = device.Ioctl(V6Ioctls.GH_CREATE_VM, 0);
            if (v6 < 0)
            {
                reason = $"CREATE_VM answered ENOTTY as numbered from 0 and {Errno.NameOf(v6)} as numbered from 0x40 (v6).";
                return false;
            }

            device.Kernel.Close(v6);
            profile = AbiProfiles.V6;
            reason = "CREATE_VM is numbered from 0x40: generation A (v6).";
            return true;
        }

        if (created < 0)
        {
            reason = $"CREATE_VM failed with {Errno.NameOf(created)}; the device is not usable.";
            return false;
        }

        using var vm = new VmHandle(device.Kernel, created);
        if (Knows(device, V17Ioctls.GUNYAH_CREATE_GUEST_MEM, createsFd: true))
        {
            profile = AbiProfiles.V17;
            reason = "the device knows CREATE_GUEST_MEM: generation D (v17).";
        }
        else if (!Knows(vm, Android14Ioctls.GH_VM_ANDROID_LEND_USER_MEM))
        {
            profile = AbiProfiles.V10;
            reason = "the VM knows neither CREATE_GUEST_MEM nor the Android lend ioctl: generation C upstream (v10).";
        }
        else if (Knows(vm, Android15Ioctls.GUNYAH_VM_SET_BOOT_CONTEXT))
        {
            profile = AbiProfiles.Android15;
            reason = "the VM knows the Android lend ioctl and SET_BOOT_CONTEXT: generation E (android15-6.6).";
        }
        else
        {
            profile = AbiProfiles.Android14;
            reason = "the VM knows the Android lend ioctl but not SET_BOOT_CONTEXT: android14-6.1.";
        }

        return true;
    }

    // A pointer ioctl with a NULL argument: EFAULT (or any answer but ENOTTY) means the kernel has it.
    private static bool Knows(IIoctlTarget target, uint request, bool createsFd = false)
    {
        var result = target.Ioctl(request, 0);
        if (createsFd && result >= 0 && target is KernelFileHandle handle)
        {
            // Not expected for a NULL argument; do not leak an fd a kernel might have made anyway. Only an
            // fd-making ioctl's result is an fd: closing any other success value (0) would close stdin.
            handle.Kernel.Close(result);
        }

        return result != -Errno.ENOTTY;
    }
}
