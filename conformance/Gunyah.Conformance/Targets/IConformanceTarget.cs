using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Targets;

/// <summary>A kernel the suite runs against: its seam, the device path to open and the ABI generation it speaks.</summary>
public interface IConformanceTarget : IAsyncDisposable
{
    TargetKind Kind { get; }

    /// <summary>How reports name the target, e.g. <c>reference</c> or <c>/dev/gunyah</c>.</summary>
    string Name { get; }

    /// <summary>The ABI generation the checks use.</summary>
    AbiProfile Profile { get; }

    /// <summary>The kernel release of a device (what errata may be keyed by); null for the reference.</summary>
    string? KernelVersion { get; }

    IKernel Kernel { get; }

    string DevicePath { get; }

    /// <summary>What the target offers beyond its seam; clauses needing more report SKIP.</summary>
    TargetFeatures Features { get; }

    /// <summary>A new client link to a Resource Manager like the one behind the target's kernel (its own instance, so
    /// a clause cannot disturb the kernel's VMs).</summary>
    /// <exception cref="NotSupportedException">The target lacks <see cref="TargetFeatures.RmLink"/>.</exception>
    RmLink OpenRmLink();

    /// <summary>Makes the RM behind the kernel answer every call <paramref name="messageId"/> with
    /// <paramref name="error"/>, having done nothing, until the returned handle is disposed.</summary>
    /// <exception cref="NotSupportedException">The target lacks <see cref="TargetFeatures.RmFaultInjection"/>.</exception>
    IDisposable FailRmCalls(uint messageId, GhRmError error);
}
