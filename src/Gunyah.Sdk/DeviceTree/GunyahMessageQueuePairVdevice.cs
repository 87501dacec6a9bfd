namespace Gunyah.Sdk.DeviceTree;

/// <summary>A bidirectional pair of message queues with a peer VM: <c>vdevice-type = "message-queue-pair"</c>.</summary>
/// <param name="nodeName">The entry's node name, e.g. "msgq-pair".</param>
public sealed class GunyahMessageQueuePairVdevice(string nodeName) : GunyahVdevice(nodeName)
{
    /// <summary>The peer VM's ID string (<c>peer</c>), or null for the VM's owner (<c>peer-default</c>).</summary>
    public string? Peer { get; init; }

    /// <summary>The send queue's interrupt (the first specifier), or null with <see cref="RxInterrupt"/> null.</summary>
    public GicInterrupt? TxInterrupt { get; init; }

    /// <summary>The receive queue's interrupt (the second specifier), or null with <see cref="TxInterrupt"/> null.</summary>
    public GicInterrupt? RxInterrupt { get; init; }

    /// <summary>The largest message in bytes (<c>message-size</c>), or null for the RM's default.</summary>
    public uint? MessageSize { get; init; }

    /// <summary>How many messages each queue holds (<c>queue-depth</c>), or null for the RM's default.</summary>
    public uint? QueueDepth { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => "message-queue-pair";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        SetPeer(node, Peer);
        SetInterruptPair(node, TxInterrupt, RxInterrupt);
        SetQueueParameters(node, MessageSize, QueueDepth);
    }
}
