using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// An RM channel over two hypervisor message queues, made by <see cref="HypervisorRmLink.Create"/>: the queue
/// pairs for the RM protocol client and server, and the cap ids and vIRQs each VM would find in its devicetree
/// or hyp resources (the client's "tx" is VM→RM, its "rx" RM→VM).
/// </summary>
/// <param name="Client">The client VM's pair: Transmit sends requests, Receive gets replies and notifications.</param>
/// <param name="Server">The server VM's pair, the mirror.</param>
/// <param name="ClientTxCapId">The client's cap (SEND) on the VM→RM queue.</param>
/// <param name="ClientRxCapId">The client's cap (RECEIVE) on the RM→VM queue.</param>
/// <param name="ServerTxCapId">The server's cap (SEND) on the RM→VM queue.</param>
/// <param name="ServerRxCapId">The server's cap (RECEIVE) on the VM→RM queue.</param>
/// <param name="ToServer">The VM→RM queue object.</param>
/// <param name="ToClient">The RM→VM queue object.</param>
public sealed record HypervisorRmChannel(
    RmQueuePair Client,
    RmQueuePair Server,
    ulong ClientTxCapId,
    ulong ClientRxCapId,
    ulong ServerTxCapId,
    ulong ServerRxCapId,
    MessageQueue ToServer,
    MessageQueue ToClient);
