namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A doorbell: <c>vdevice-type = "doorbell"</c> for the receiving end, which has an interrupt, or
/// <c>"doorbell-source"</c> for the ringing end, which has none.
/// </summary>
/// <param name="nodeName">The entry's node name, e.g. "bell-1".</param>
public sealed class GunyahDoorbellVdevice(string nodeName) : GunyahVdevice(nodeName)
{
    /// <summary>Whether this VM rings the doorbell (the source end) rather than receiving it.</summary>
    public bool IsSource { get; init; }

    /// <summary>The receiving end's interrupt, or null to let the RM allocate one; must be null for a source.</summary>
    public GicInterrupt? Interrupt { get; init; }

    /// <summary>The peer VM's ID string (<c>peer</c>), or null for the VM's owner (<c>peer-default</c>).</summary>
    public string? Peer { get; init; }

    /// <summary>Whether the source may also clear the doorbell's flags (<c>source-can-clear</c>).</summary>
    public bool SourceCanClear { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => IsSource ? "doorbell-source" : "doorbell";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        if (IsSource && Interrupt is not null)
            throw new ArgumentException($"vdevice {NodeName}: a doorbell source has no interrupt.");
        SetPeer(node, Peer);
        if (SourceCanClear)
            node.SetEmpty("source-can-clear");
        if (Interrupt is { } interrupt)
            GicInterrupt.SetInterrupts(node, interrupt);
    }
}
