namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// An entry of <c>/gunyah-vm-config/vdevices</c>: a virtual device the Resource Manager creates for the VM and
/// describes back to it. Every kind has a <c>vdevice-type</c>, an optional label (<c>qcom,label</c>, which the
/// RM reports back as the resource label), an optional <c>generate</c> path (where the RM writes the guest-visible
/// node) and optional extra compatibles for that node (<c>push-compatible</c>). The kinds are the sealed
/// subclasses in this namespace.
/// </summary>
public abstract class GunyahVdevice
{
    private protected GunyahVdevice(string nodeName)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        DeviceTreeNames.ValidateNodeName(nodeName, nameof(nodeName));
        NodeName = nodeName;
    }

    /// <summary>The entry's node name under vdevices (unique among entries).</summary>
    public string NodeName { get; }

    /// <summary>The resource label (<c>qcom,label</c>), or null to leave it out.</summary>
    public uint? Label { get; init; }

    /// <summary>Where the RM generates the guest's node for this device (<c>generate</c>), or null.</summary>
    public string? Generate { get; init; }

    /// <summary>Compatibles the RM adds to the generated node (<c>push-compatible</c>); empty to leave it out.</summary>
    public IReadOnlyList<string> PushCompatible { get; init; } = [];

    /// <summary>The <c>vdevice-type</c> string the RM dispatches on.</summary>
    public abstract string VdeviceType { get; }

    /// <summary>Adds this entry's node to <paramref name="vdevices"/>.</summary>
    internal void AddTo(DeviceTreeNode vdevices)
    {
        var node = vdevices.AddChild(NodeName);
        node.SetString("vdevice-type", VdeviceType);
        if (Generate is not null)
            node.SetString("generate", Generate);
        if (Label is { } label)
            node.SetU32("qcom,label", label);
        AddProperties(node);
        if (PushCompatible.Count > 0)
            node.SetStringList("push-compatible", [.. PushCompatible]);
    }

    /// <summary>Adds the kind's own properties.</summary>
    private protected abstract void AddProperties(DeviceTreeNode node);

    /// <summary><c>peer-default</c> (the VM's owner) when <paramref name="peer"/> is null, else <c>peer</c> = the peer's ID string.</summary>
    private protected static void SetPeer(DeviceTreeNode node, string? peer)
    {
        if (peer is null)
            node.SetEmpty("peer-default");
        else
            node.SetString("peer", peer);
    }
}
