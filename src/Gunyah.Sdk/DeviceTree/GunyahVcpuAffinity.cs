namespace Gunyah.Sdk.DeviceTree;

/// <summary>The Resource Manager's vCPU placement policies (<c>vcpus/affinity</c>).</summary>
public enum GunyahVcpuAffinity
{
    /// <summary>"static": each vCPU runs on the physical CPU the affinity map names (the RM's default).</summary>
    Static,

    /// <summary>"sticky": starts where the map says, may be moved.</summary>
    Sticky,

    /// <summary>"pinned": stays where the map says.</summary>
    Pinned,

    /// <summary>"proxy": scheduled by the host VMM's threads; the RM ignores the map and the scheduling properties.</summary>
    Proxy,
}
