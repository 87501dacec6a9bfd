using System.Diagnostics.CodeAnalysis;
using Gunyah.Sdk;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Conformance.Targets;

/// <summary>A real Gunyah device node on this machine's kernel, with its generation detected (or given).</summary>
public sealed class DeviceTarget : IConformanceTarget
{
    private const string NoRm = "A real /dev/gunyah gives userspace no channel to the Resource Manager.";

    private DeviceTarget(IKernel kernel, string path, AbiProfile profile, string? kernelVersion)
    {
        Kernel = kernel;
        DevicePath = path;
        Profile = profile;
        KernelVersion = kernelVersion;
    }

    public TargetKind Kind => TargetKind.Device;

    public string Name => DevicePath;

    public AbiProfile Profile { get; }

    public string? KernelVersion { get; }

    public IKernel Kernel { get; }

    public string DevicePath { get; }

    /// <summary>Opens <paramref name="path"/> once to detect its generation (unless <paramref name="profile"/> is
    /// given); false with a reason when there is no such device or no generation fits.</summary>
    public static bool TryOpen(string path, AbiProfile? profile, [NotNullWhen(true)] out DeviceTarget? target, out string error) =>
        TryOpen(LinuxKernel.Instance, path, profile, ReadKernelRelease(), out target, out error);

    /// <summary>As <see cref="TryOpen(string, AbiProfile?, out DeviceTarget?, out string)"/> through any seam.</summary>
    public static bool TryOpen(IKernel kernel, string path, AbiProfile? profile, string? kernelVersion, [NotNullWhen(true)] out DeviceTarget? target, out string error)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        target = null;
        if (!GunyahDevice.TryOpen(kernel, path, profile, out var device, out var errno, out var reason))
        {
            error = $"{reason}: {Errno.NameOf(errno)}";
            return false;
        }

        using (device)
        {
            target = new DeviceTarget(kernel, path, device.Profile, kernelVersion);
        }

        error = string.Empty;
        return true;
    }

    /// <summary>None: Linux gives userspace no channel to the RM and no way to make it refuse.</summary>
    public TargetFeatures Features => TargetFeatures.None;

    public RmLink OpenRmLink() => throw new NotSupportedException(NoRm);

    public IDisposable FailRmCalls(uint messageId, GhRmError error) => throw new NotSupportedException(NoRm);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string? ReadKernelRelease()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
