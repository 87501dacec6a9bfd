namespace Gunyah.Sdk.ResourceManager.Transport;

/// <summary>Builds an in-process RM channel: two bounded queues crossed between a client (VM) and a server (RM).</summary>
public static class InMemoryRmLink
{
    /// <summary>
    /// Creates the VM→RM and RM→VM queues. <c>Client.Transmit</c> is <c>Server.Receive</c> and
    /// <c>Server.Transmit</c> is <c>Client.Receive</c>.
    /// </summary>
    /// <param name="depth">Messages each queue holds; 8 is what RM configures for the HLOS pair.</param>
    public static (RmQueuePair Client, RmQueuePair Server) Create(int depth = InMemoryMessageQueue.DefaultDepth)
    {
        var toServer = new InMemoryMessageQueue(depth);
        var toClient = new InMemoryMessageQueue(depth);
        return (new RmQueuePair(toServer, toClient), new RmQueuePair(toClient, toServer));
    }
}
