namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>
/// The queues one side of the RM channel uses. From a VM's view <paramref name="Transmit"/> is the
/// VM→RM "tx" queue and <paramref name="Receive"/> the RM→VM "rx" queue; the RM's pair is the mirror.
/// </summary>
public sealed record RmQueuePair(IRmMessageQueue Transmit, IRmMessageQueue Receive);
