namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// One direction of a message queue with the VM's owner: <c>vdevice-type = "message-queue"</c>, marked
/// <c>is-sender</c> or <c>is-receiver</c>. The RM accepts only <c>peer-default</c> for this kind.
/// </summary>
/// <param name="nodeName">The entry's node name, e.g. "msgq-tx".</param>
public sealed class GunyahMessageQueueVdevice(string nodeName) : GunyahQueueVdevice(nodeName)
{
    /// <summary>Whether this VM sends on the queue (else it receives).</summary>
    public bool IsSender { get; init; }

    /// <summary>The queue's interrupt for this VM, or null to let the RM allocate one.</summary>
    public GicInterrupt? Interrupt { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => "message-queue";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        node.SetEmpty(IsSender ? "is-sender" : "is-receiver");
        SetPeer(node, null);
        if (Interrupt is { } interrupt)
            GicInterrupt.SetInterrupts(node, interrupt);
        SetQueueParameters(node);
    }
}
