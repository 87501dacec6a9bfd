namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The VM's own link to the Resource Manager: <c>vdevice-type = "rm-rpc"</c>, a message-queue pair the RM
/// publishes with its compatibles added. Marked <c>console-dev</c>, the link also carries the RM's VM console
/// (the Gunyah console, served through the RM's console calls rather than an emulated UART).
/// </summary>
/// <param name="nodeName">The entry's node name, e.g. "rm-rpc".</param>
public sealed class GunyahRmRpcVdevice(string nodeName) : GunyahVdevice(nodeName)
{
    /// <summary>Whether the link is the VM's console device (<c>console-dev</c>).</summary>
    public bool IsConsole { get; init; }

    /// <summary>The send queue's interrupt (the first specifier), or null with <see cref="RxInterrupt"/> null.</summary>
    public GicInterrupt? TxInterrupt { get; init; }

    /// <summary>The receive queue's interrupt (the second specifier), or null with <see cref="TxInterrupt"/> null.</summary>
    public GicInterrupt? RxInterrupt { get; init; }

    /// <summary>The largest message in bytes (<c>message-size</c>), or null for the RM's default of 240.</summary>
    public uint? MessageSize { get; init; }

    /// <summary>How many messages each queue holds (<c>queue-depth</c>), or null for the RM's default of 8.</summary>
    public uint? QueueDepth { get; init; }

    /// <inheritdoc />
    public override string VdeviceType => "rm-rpc";

    private protected override void AddProperties(DeviceTreeNode node)
    {
        if (IsConsole)
            node.SetEmpty("console-dev");
        SetInterruptPair(node, TxInterrupt, RxInterrupt);
        SetQueueParameters(node, MessageSize, QueueDepth);
    }
}
