namespace Gunyah.Sdk.DeviceTree;

/// <summary>A bidirectional pair of message queues with a peer VM: <c>vdevice-type = "message-queue-pair"</c>.</summary>
/// <param name="nodeName">The entry's node name, e.g. "msgq-pair".</param>
public sealed class GunyahMessageQueuePairVdevice(string nodeName) : GunyahQueuePairVdevice(nodeName)
{
    /// <summary>The peer VM's ID string (<c>peer</c>), or null for the VM's owner (<c>peer-default</c>).</summary>
    public string? Peer { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => "message-queue-pair";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        SetPeer(node, Peer);
        SetInterruptPair(node);
        SetQueueParameters(node);
    }
}
