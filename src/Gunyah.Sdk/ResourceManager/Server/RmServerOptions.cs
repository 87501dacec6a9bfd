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
}
