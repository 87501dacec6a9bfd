using System.Diagnostics.CodeAnalysis;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm.Abi;

namespace Gunyah.Sdk.Vmm;

/// <summary>
/// An open Gunyah device (/dev/gunyah or another path) and the ABI generation it speaks: the entry point of the VMM
/// API. Creates VMs and (v17) guest memory files.
/// </summary>
public sealed class GunyahDevice : IDisposable
{
    /// <summary>The device node the Linux driver creates.</summary>
    public const string DefaultPath = "/dev/gunyah";

    private readonly GenerationAbi abi;

    private GunyahDevice(GunyahDeviceHandle handle, GenerationAbi abi)
    {
        Handle = handle;
        this.abi = abi;
    }

    /// <summary>The owned device fd.</summary>
    public GunyahDeviceHandle Handle { get; }

    /// <summary>The kernel seam the device was opened on; the VMs, vCPUs and memory made from it use it too.</summary>
    public IKernel Kernel => Handle.Kernel;

    /// <summary>The ABI generation in use (given, or detected by <see cref="AbiProbe"/>).</summary>
    public AbiProfile Profile => abi.Profile;

    /// <summary>What the generation offers.</summary>
    public VmCapabilities Capabilities => abi.Capabilities;

    /// <summary>Opens <paramref name="path"/> on the real kernel; detects the generation when
    /// <paramref name="profile"/> is null.</summary>
    /// <exception cref="GunyahException">open failed, or no generation fits the device's answers.</exception>
    public static GunyahDevice Open(string path = DefaultPath, AbiProfile? profile = null) => Open(LinuxKernel.Instance, path, profile);

    /// <summary>Opens <paramref name="path"/> through <paramref name="kernel"/>; detects the generation when
    /// <paramref name="profile"/> is null.</summary>
    /// <exception cref="GunyahException">open failed, or no generation fits the device's answers.</exception>
    public static GunyahDevice Open(IKernel kernel, string path = DefaultPath, AbiProfile? profile = null)
    {
        if (TryOpen(kernel, path, profile, out var device, out var errno, out var reason))
        {
            return device;
        }

        throw new GunyahException(-errno, reason, "device", profile);
    }

    /// <summary>Opens a device without throwing: false with the errno (positive) and a reason when open or
    /// detection fails (e.g. ENOENT when there is no /dev/gunyah).</summary>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not one of <see cref="AbiProfiles.All"/>.</exception>
    public static bool TryOpen(IKernel kernel, string path, AbiProfile? profile, [NotNullWhen(true)] out GunyahDevice? device, out int errno, out string reason)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(path);
        device = null;
        var given = profile is null ? null : GenerationAbis.For(profile);
        var fd = kernel.Open(path, OpenFlags.ReadWrite | OpenFlags.CloseOnExec);
        if (fd < 0)
        {
            errno = -fd;
            reason = $"open {path}";
            return false;
        }

        var handle = new GunyahDeviceHandle(kernel, fd);
        reason = string.Empty;
        bool detected;
        try
        {
            detected = profile is not null || AbiProbe.TryDetect(handle, out profile, out reason);
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        if (!detected)
        {
            handle.Dispose();
            errno = Errno.ENOTTY;
            reason = $"ABI detection on {path}: {reason}";
            return false;
        }

        errno = 0;
        reason = string.Empty;
        device = new GunyahDevice(handle, given ?? GenerationAbis.For(profile!));
        return true;
    }

    /// <summary>CREATE_VM: a new VM of this device's generation.</summary>
    public GunyahVm CreateVm()
    {
        var fd = KernelCalls.Check(abi.CreateVm(Handle), Handle, abi);
        return new GunyahVm(Kernel, abi, new VmHandle(Kernel, fd));
    }

    /// <summary>CREATE_GUEST_MEM (v17): a guest memory file of <paramref name="size"/> bytes (page-aligned).</summary>
    public GuestMemoryFile CreateGuestMemory(ulong size, GuestMemoryFileOptions options = GuestMemoryFileOptions.CloseOnExec)
    {
        var fd = KernelCalls.Check(abi.CreateGuestMemory(Handle, size, options), Handle, abi);
        return new GuestMemoryFile(new GuestMemoryHandle(Kernel, fd), size);
    }

    /// <summary>Page-aligned host memory for guest RAM at <paramref name="guestAddress"/> (memfd + mmap).</summary>
    public GuestMemory AllocateGuestMemory(ulong guestAddress, ulong size) => GuestMemory.Allocate(Kernel, guestAddress, size);

    /// <summary>An eventfd for irqfd and ioeventfd functions.</summary>
    public EventFd CreateEventFd(uint initialValue = 0, EventFdFlags flags = EventFdFlags.CloseOnExec) => EventFd.Create(Kernel, initialValue, flags);

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
