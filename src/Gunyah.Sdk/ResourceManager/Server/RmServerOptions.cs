namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>Tuning for <see cref="RmServer"/>. The defaults suit any transport.</summary>
public sealed class RmServerOptions
{
    /// <summary>
    /// Let each client's receive loop and writer resume each other on the thread that hands over (a reply queued,
    /// a reply sent, a notification posted) instead of on the thread pool. For a transport whose peer runs in the same
    /// process and wakes its receiver inline (the reference hypervisor's queues), a whole call then runs on the
    /// caller's thread. The messages, their order and the one-reply-at-a-time rule are unchanged. Off by default: a
    /// thread that posts a notification then also writes it to the client's queue.
    /// </summary>
    public bool InlineHandoffs { get; init; }

    /// <summary>
    /// Called on a client's receive loop (with the client's VMID) each time a reply to that client has been written to
    /// its queue, before the client's next request is read: work a reply announces and the service finishes afterwards,
    /// as the RM's event loop does (a VM reset's staged cleanup, whose RESET notification follows the reply). A failure
    /// is logged and ends nothing.
    /// </summary>
    public Func<uint, ValueTask>? AfterReply { get; init; }
}
