namespace Gunyah.Conformance.Targets;

/// <summary>
/// What a target offers beyond its kernel seam. A clause that needs a feature the target lacks reports SKIP: a real
/// /dev/gunyah offers none of them, because Linux gives userspace no channel to the Resource Manager.
/// </summary>
[Flags]
public enum TargetFeatures
{
    None = 0,

    /// <summary>A client link to a Resource Manager of the target's kind: the host VM's pair of message queues
    /// (<see cref="IConformanceTarget.OpenRmLink"/>).</summary>
    RmLink = 1 << 0,

    /// <summary>Making the RM behind the kernel refuse chosen calls (<see cref="IConformanceTarget.FailRmCalls"/>), to
    /// reach the driver's handling of RM errors.</summary>
    RmFaultInjection = 1 << 1,
}
