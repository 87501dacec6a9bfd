namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The vdevice kinds made of a send and a receive queue. Their <c>interrupts</c> hold two specifiers, send
/// (tx) first and receive (rx) second, or are left out together so that the RM allocates both.
/// </summary>
public abstract class GunyahQueuePairVdevice : GunyahQueueVdevice
{
    private protected GunyahQueuePairVdevice(string nodeName)
        : base(nodeName)
    {
    }

    /// <summary>The send queue's interrupt (the first specifier), or null with <see cref="RxInterrupt"/> null.</summary>
    public GicInterrupt? TxInterrupt { get; init; }

    /// <summary>The receive queue's interrupt (the second specifier), or null with <see cref="TxInterrupt"/> null.</summary>
    public GicInterrupt? RxInterrupt { get; init; }

    /// <summary>Writes <c>interrupts</c> when both are set; refuses one without the other.</summary>
    private protected void SetInterruptPair(DeviceTreeNode node)
    {
        if (TxInterrupt.HasValue != RxInterrupt.HasValue)
            throw new ArgumentException($"vdevice {NodeName}: give both the tx and the rx interrupt, or neither.");
        if (TxInterrupt is { } tx && RxInterrupt is { } rx)
            GicInterrupt.SetInterrupts(node, tx, rx);
    }
}
