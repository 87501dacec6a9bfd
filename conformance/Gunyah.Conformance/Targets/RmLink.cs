using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Conformance.Targets;

/// <summary>
/// A client's side of a Resource Manager channel (its VM→RM and RM→VM message queues, 240-byte messages), with
/// whatever stands behind it; disposing it closes the link and frees that RM.
/// </summary>
public sealed class RmLink : IDisposable
{
    private Action? close;

    /// <summary>A link over <paramref name="queues"/>; <paramref name="close"/> runs once, at dispose.</summary>
    public RmLink(RmQueuePair queues, ushort clientVmid, Action close)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(close);
        Queues = queues;
        ClientVmid = clientVmid;
        this.close = close;
    }

    /// <summary>The client's queues: <see cref="RmQueuePair.Transmit"/> to the RM, <see cref="RmQueuePair.Receive"/> from it.</summary>
    public RmQueuePair Queues { get; }

    /// <summary>The VMID the RM knows the client by (the host VM's).</summary>
    public ushort ClientVmid { get; }

    public void Dispose() => Interlocked.Exchange(ref close, null)?.Invoke();
}
