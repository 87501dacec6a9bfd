using Gunyah.Sdk.Kernel;
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
}
