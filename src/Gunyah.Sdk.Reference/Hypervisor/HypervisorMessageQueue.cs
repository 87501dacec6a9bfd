using System.Runtime.CompilerServices;
using Gunyah.Sdk.ResourceManager.Framing;
using Gunyah.Sdk.ResourceManager.Transport;

namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One VM's end of one hypervisor message queue as an <see cref="IRmMessageQueue"/>, so the RM protocol client
/// and server run over real hypercalls. <see cref="TrySend"/>/<see cref="TryReceive"/> are one msgqueue_send/receive;
/// <see cref="SendAsync"/> waits for the queue's not-full vIRQ while it gets MSGQUEUE_FULL and
/// <see cref="ReceiveAsync"/> for the not-empty vIRQ while it gets MSGQUEUE_EMPTY. Register it for that vIRQ
/// (<see cref="HypervisorVm.SetVirqHandler"/>, or forward the sink's <see cref="IVirqSink.Assert"/> to it);
/// <see cref="HypervisorRmLink"/> does both ends. No allocation per message once the waiter pool has grown.
/// </summary>
public sealed class HypervisorMessageQueue : IRmMessageQueue, IVirqSink
{
    private readonly IHypercalls hypercalls;
    private readonly VirqSignal signal;

    /// <param name="hypercalls">The hypercalls of the VM this end belongs to.</param>
    /// <param name="capId">The queue's cap id in that VM (SEND rights for a sending end, RECEIVE for a receiving one).</param>
    /// <param name="virq">The vIRQ that signals this end: not-full for a sender, not-empty for a receiver.</param>
    /// <param name="push">Send with the PUSH flag (assert the receiver's vIRQ on every message).</param>
    /// <param name="inlineWake">Resume a waiting <see cref="SendAsync"/>/<see cref="ReceiveAsync"/> on the thread that
    /// asserted the vIRQ, not on the thread pool (see <see cref="HypervisorRmLink"/>, which does it for receivers).</param>
    public HypervisorMessageQueue(IHypercalls hypercalls, ulong capId, uint virq, bool push = false, bool inlineWake = false)
    {
        ArgumentNullException.ThrowIfNull(hypercalls);
        this.hypercalls = hypercalls;
        signal = new VirqSignal(inlineWake);
        InlineWake = inlineWake;
        CapId = capId;
        Virq = virq;
        Push = push;
    }

    /// <summary>The queue's cap id in this end's VM.</summary>
    public ulong CapId { get; }

    /// <summary>The vIRQ this end waits on.</summary>
    public uint Virq { get; }

    /// <summary>Whether sends carry the PUSH flag.</summary>
    public bool Push { get; }

    /// <summary>Whether a waiter resumes on the thread that asserted the vIRQ.</summary>
    public bool InlineWake { get; }

    /// <summary>The vIRQ fired: wake whoever waits.</summary>
    public void Assert(uint virq) => signal.Signal();

    /// <summary>Edge vIRQs are never deasserted; nothing to do.</summary>
    public void Deassert(uint virq)
    {
    }

    /// <inheritdoc />
    public bool TrySend(ReadOnlySpan<byte> message)
    {
        CheckMessage(message.Length);
        var error = hypercalls.MessageQueueSend(CapId, message, Push, out _);
        return error == HypError.MessageQueueFull ? false : Succeeded(error);
    }

    /// <inheritdoc />
    public bool TryReceive(Span<byte> buffer, out int length)
    {
        var error = hypercalls.MessageQueueReceive(CapId, buffer, out length, out _);
        return error == HypError.MessageQueueEmpty ? false : Succeeded(error);
    }

    /// <inheritdoc />
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        CheckMessage(message.Length);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = signal.Generation;
            var error = hypercalls.MessageQueueSend(CapId, message.Span, Push, out _);
            if (error != HypError.MessageQueueFull && Succeeded(error))
                return;
            await signal.WaitAsync(seen, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = signal.Generation;
            var error = hypercalls.MessageQueueReceive(CapId, buffer.Span, out var length, out _);
            if (error != HypError.MessageQueueEmpty && Succeeded(error))
                return length;
            await signal.WaitAsync(seen, cancellationToken).ConfigureAwait(false);
        }
    }

    // Ok → true; a size problem → ArgumentException (as the interface says); anything else (a revoked cap, ...) → IOException.
    private bool Succeeded(HypError error) => error switch
    {
        HypError.Ok => true,
        HypError.AddressOverflow => throw new ArgumentException("The next message does not fit the buffer; it stays queued.", "buffer"),
        HypError.ArgumentSize => throw new ArgumentException("The message is larger than the queue's maximum message size.", "message"),
        _ => throw new IOException($"Message queue 0x{CapId:X} of VM {hypercalls.Vmid:X}: the hypervisor returned {error}."),
    };

    private static void CheckMessage(int length)
    {
        if (length is < 1 or > RmWire.MaxMessageSize)
            throw new ArgumentException($"A message-queue message is 1..{RmWire.MaxMessageSize} bytes, not {length}.", "message");
    }
}
