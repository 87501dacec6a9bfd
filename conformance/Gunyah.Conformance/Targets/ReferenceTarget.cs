using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.ResourceManager.Transport;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Targets;

/// <summary>The reference hypervisor of one generation (a whole <see cref="ReferenceHost"/>), optionally seen
/// through a decorator of its kernel seam (how tests run the suite against deliberately wrong kernels).</summary>
public sealed class ReferenceTarget : IConformanceTarget
{
    private readonly ReferenceHost host;
    private readonly List<RmRefusal> refusals = [];

    private readonly Func<RmQueuePair, RmQueuePair>? decorateRmLink;

    private ReferenceTarget(ReferenceHost host, IKernel kernel, Func<RmQueuePair, RmQueuePair>? decorateRmLink)
    {
        this.host = host;
        this.decorateRmLink = decorateRmLink;
        Kernel = kernel;
    }

    public TargetKind Kind => TargetKind.Reference;

    public string Name => "reference";

    public AbiProfile Profile => host.Profile;

    public string? KernelVersion => null;

    public IKernel Kernel { get; }

    public string DevicePath => host.Kernel.DevicePath;

    /// <summary>Builds the reference machine of <paramref name="profile"/>; <paramref name="decorate"/> wraps its seam
    /// and <paramref name="decorateRmLink"/> the client's queues of every RM link it opens.</summary>
    public static ReferenceTarget Start(AbiProfile profile, Func<IKernel, IKernel>? decorate = null, Func<RmQueuePair, RmQueuePair>? decorateRmLink = null)
    {
        // Guest vCPUs run real A64 code, as on a device: the vcpu-run clauses boot the holding-cell guest.
        var host = ReferenceHost.Start(profile, (_, index) => new A64VcpuEngine((int)index));
        return new ReferenceTarget(host, decorate?.Invoke(host.Kernel) ?? host.Kernel, decorateRmLink);
    }

    /// <summary>An RM link (to an RM of its own) and RM fault injection (in the RM behind the kernel).</summary>
    public TargetFeatures Features => TargetFeatures.RmLink | TargetFeatures.RmFaultInjection;

    /// <summary>A whole reference machine of its own (hypervisor core, RM VM, host VM) with no driver on it: the link
    /// is the host VM's pair of hypervisor message queues to that RM, carrying the real framing.</summary>
    public RmLink OpenRmLink()
    {
        var system = ReferenceSystem.Create();
        var queues = decorateRmLink?.Invoke(system.HostRmQueues) ?? system.HostRmQueues;
        return new RmLink(queues, ReferenceHypervisor.HlosVmid, () => system.DisposeAsync().AsTask().GetAwaiter().GetResult());
    }

    public IDisposable FailRmCalls(uint messageId, GhRmError error)
    {
        var refusal = new RmRefusal(messageId, error);
        lock (refusals)
        {
            refusals.Add(refusal);
            host.System.Service.FaultInjector = Refuse;
        }

        return new Released(() =>
        {
            lock (refusals)
            {
                refusals.Remove(refusal);
                host.System.Service.FaultInjector = refusals.Count == 0 ? null : Refuse;
            }
        });
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    // Consulted on the RM's thread for every call the kernel makes.
    private GhRmError Refuse(ushort callerVmid, uint messageId)
    {
        lock (refusals)
        {
            foreach (var refusal in refusals)
            {
                if (refusal.MessageId == messageId)
                {
                    return refusal.Error;
                }
            }
        }

        return GhRmError.Ok;
    }

    private sealed record RmRefusal(uint MessageId, GhRmError Error);

    private sealed class Released(Action release) : IDisposable
    {
        private Action? release = release;

        public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke();
    }
}
