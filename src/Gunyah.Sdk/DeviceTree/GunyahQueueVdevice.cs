namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The vdevice kinds built on Gunyah message queues, which share the queues' shape: <c>message-size</c> and
/// <c>queue-depth</c>, each left out when null so the RM applies its defaults (240 bytes, 8 messages).
/// </summary>
public abstract class GunyahQueueVdevice : GunyahVdevice
{
    /// <summary>The largest queue depth a Gunyah message queue can be configured with.</summary>
    public const uint MaxQueueDepth = 255;

    /// <summary>The largest message size, in bytes, a Gunyah message queue can be configured with.</summary>
    public const uint MaxMessageSize = 1023;

    private protected GunyahQueueVdevice(string nodeName)
        : base(nodeName)
    {
    }

    /// <summary>The largest message in bytes (<c>message-size</c>, 1 to <see cref="MaxMessageSize"/>), or null for the RM's default.</summary>
    public uint? MessageSize { get; init; }

    /// <summary>How many messages a queue holds (<c>queue-depth</c>, 1 to <see cref="MaxQueueDepth"/>), or null for the RM's default.</summary>
    public uint? QueueDepth { get; init; }

    /// <summary>Writes <c>message-size</c> and <c>queue-depth</c> when set.</summary>
    private protected void SetQueueParameters(DeviceTreeNode node)
    {
        if (MessageSize is { } size)
        {
            if (size is 0 or > MaxMessageSize)
                throw new ArgumentOutOfRangeException(nameof(MessageSize), size, $"vdevice {NodeName}: message size must be 1 to {MaxMessageSize}.");
            node.SetU32("message-size", size);
        }

        if (QueueDepth is { } depth)
        {
            if (depth is 0 or > MaxQueueDepth)
                throw new ArgumentOutOfRangeException(nameof(QueueDepth), depth, $"vdevice {NodeName}: queue depth must be 1 to {MaxQueueDepth}.");
            node.SetU32("queue-depth", depth);
        }
    }
}
