namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The VM's own link to the Resource Manager: <c>vdevice-type = "rm-rpc"</c>, a message-queue pair the RM
/// publishes with its compatibles added. Marked <c>console-dev</c>, the link also carries the RM's VM console
/// (the Gunyah console, served through the RM's console calls rather than an emulated UART).
/// </summary>
/// <param name="nodeName">The entry's node name, e.g. "rm-rpc".</param>
public sealed class GunyahRmRpcVdevice(string nodeName) : GunyahQueuePairVdevice(nodeName)
{
    /// <summary>Whether the link is the VM's console device (<c>console-dev</c>).</summary>
    public bool IsConsole { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => "rm-rpc";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        if (IsConsole)
            node.SetEmpty("console-dev");
        SetInterruptPair(node);
        SetQueueParameters(node);
    }
}
