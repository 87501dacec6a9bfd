using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// Builds the RM channel between a client VM (e.g. the host, VMID 3) and the RM VM (0xFF) as RM does for HLOS:
/// two queues of 240-byte messages, depth 8 by default, each VM holding SEND on one and RECEIVE on the other,
/// edge vIRQs bound in each VM (tx = not-full, rx = not-empty) and routed to the queue ends with
/// <see cref="HypervisorVm.SetVirqHandler"/> (the VMs' own sinks are left alone). With <c>inlineReceive</c> a
/// receiving end's waiter resumes on the thread whose send asserted its not-empty vIRQ, as a hypervisor switches to
/// the receiving VM when the interrupt arrives: a request is then handled, and its reply received, on the caller's
/// thread with no hop through the thread pool — the same hypercalls and messages in the same order. Senders waiting
/// for not-full always resume on the thread pool (so caller code never runs inside a receive loop).
/// </summary>
public static class HypervisorRmLink
{
    /// <summary>The queue depth RM configures for the HLOS pair.</summary>
    public const int DefaultDepth = 8;

    /// <summary>Creates the channel. Throws <see cref="InvalidOperationException"/> if the hypervisor refuses a step (e.g. a vIRQ is taken).</summary>
    /// <param name="hypervisor">The hypervisor both VMs live in.</param>
    /// <param name="client">The client VM.</param>
    /// <param name="clientTxVirq">The client's "tx" vIRQ: its VM→RM queue is not full.</param>
    /// <param name="clientRxVirq">The client's "rx" vIRQ: its RM→VM queue is not empty.</param>
    /// <param name="server">The RM VM.</param>
    /// <param name="serverTxVirq">The RM's vIRQ: its RM→VM queue is not full.</param>
    /// <param name="serverRxVirq">The RM's vIRQ: its VM→RM queue is not empty.</param>
    /// <param name="depth">Messages each queue holds.</param>
    /// <param name="inlineReceive">Resume receivers on the asserting thread (see above).</param>
    public static HypervisorRmChannel Create(
        ReferenceHypervisor hypervisor,
        HypervisorVm client,
        uint clientTxVirq,
        uint clientRxVirq,
        HypervisorVm server,
        uint serverTxVirq,
        uint serverRxVirq,
        int depth = DefaultDepth,
        bool inlineReceive = false)
    {
        ArgumentNullException.ThrowIfNull(hypervisor);
        var toServer = NewQueue(hypervisor, depth);
        var toClient = NewQueue(hypervisor, depth);
        try
        {
            var clientTx = End(hypervisor, client, toServer, CapabilityRights.MessageQueueSend, VirqSourceKind.MessageQueueSend, clientTxVirq, false);
            var clientRx = End(hypervisor, client, toClient, CapabilityRights.MessageQueueReceive, VirqSourceKind.MessageQueueReceive, clientRxVirq, inlineReceive);
            var serverTx = End(hypervisor, server, toClient, CapabilityRights.MessageQueueSend, VirqSourceKind.MessageQueueSend, serverTxVirq, false);
            var serverRx = End(hypervisor, server, toServer, CapabilityRights.MessageQueueReceive, VirqSourceKind.MessageQueueReceive, serverRxVirq, inlineReceive);
            return new HypervisorRmChannel(
                new RmQueuePair(clientTx, clientRx),
                new RmQueuePair(serverTx, serverRx),
                clientTx.CapId,
                clientRx.CapId,
                serverTx.CapId,
                serverRx.CapId,
                toServer,
                toClient);
        }
        finally
        {
            // From here the queues live exactly as long as some VM holds a capability to them.
            hypervisor.Release(toServer);
            hypervisor.Release(toClient);
        }
    }

    private static MessageQueue NewQueue(ReferenceHypervisor hypervisor, int depth)
    {
        Check(hypervisor.CreateMessageQueue(depth, RmWire.MaxMessageSize, out var queue), "create a message queue");
        return queue!;
    }

    private static HypervisorMessageQueue End(
        ReferenceHypervisor hypervisor, HypervisorVm vm, MessageQueue queue, uint rights, VirqSourceKind kind, uint virq, bool inlineWake)
    {
        var bindRight = kind == VirqSourceKind.MessageQueueSend ? CapabilityRights.MessageQueueBindSend : CapabilityRights.MessageQueueBindReceive;
        Check(hypervisor.Grant(vm, queue, rights | bindRight, out var capId), $"grant {vm} a queue capability");
        Check(hypervisor.BindVirq(queue, kind, vm, virq), $"bind vIRQ {virq} of {vm}");
        var end = new HypervisorMessageQueue(vm.Hypercalls, capId, virq, inlineWake: inlineWake);
        vm.SetVirqHandler(virq, end);
        return end;
    }

    private static void Check(HypError error, string what)
    {
        if (error != HypError.Ok)
            throw new InvalidOperationException($"The hypervisor refused to {what}: {error}.");
    }
}
