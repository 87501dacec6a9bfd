using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Targets;

/// <summary>The reference hypervisor of one generation (a whole <see cref="ReferenceHost"/>), optionally seen
/// through a decorator of its kernel seam (how tests run the suite against deliberately wrong kernels).</summary>
public sealed class ReferenceTarget : IConformanceTarget
{
    private readonly ReferenceHost host;

    private ReferenceTarget(ReferenceHost host, IKernel kernel)
    {
        this.host = host;
        Kernel = kernel;
    }

    public TargetKind Kind => TargetKind.Reference;

    public string Name => "reference";

    public AbiProfile Profile => host.Profile;

    public string? KernelVersion => null;

    public IKernel Kernel { get; }

    public string DevicePath => host.Kernel.DevicePath;

    /// <summary>Builds the reference machine of <paramref name="profile"/>; <paramref name="decorate"/> wraps its seam.</summary>
    public static ReferenceTarget Start(AbiProfile profile, Func<IKernel, IKernel>? decorate = null)
    {
        var host = ReferenceHost.Start(profile);
        return new ReferenceTarget(host, decorate?.Invoke(host.Kernel) ?? host.Kernel);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
