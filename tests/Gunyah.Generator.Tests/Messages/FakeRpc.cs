using Gunyah.Interop.Rpc;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>A channel that records each call and answers with a fixed reply payload.</summary>
internal sealed class FakeRpcChannel : IRpcChannel
{
    public FakeRpcChannel(byte[] reply) => Reply = reply;

    public byte[] Reply { get; set; }

    public List<(uint Id, byte[] Request)> Calls { get; } = [];

    /// <summary>How many replies were disposed (the client must dispose each).</summary>
    public int Disposed { get; private set; }

    public ValueTask<RpcReply> CallAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        Calls.Add((messageId, request.ToArray()));
        return new(new RpcReply(Reply, new Owner(this, Reply)));
    }

    private sealed class Owner(FakeRpcChannel channel, byte[] bytes) : System.Buffers.IMemoryOwner<byte>
    {
        public Memory<byte> Memory => bytes;

        public void Dispose() => channel.Disposed++;
    }
}

/// <summary>A notification source the test raises by hand.</summary>
internal sealed class FakeNotificationSource : IRpcNotificationSource
{
    public event RpcNotificationHandler? NotificationReceived;

    public bool HasSubscribers => NotificationReceived is not null;

    public void Raise(uint id, byte[] payload) => NotificationReceived?.Invoke(id, payload);
}

/// <summary>A notification sink that records what is sent.</summary>
internal sealed class FakeNotificationSink : IRpcNotificationSink
{
    public List<(uint Id, byte[] Payload)> Sent { get; } = [];

    public ValueTask NotifyAsync(uint messageId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        Sent.Add((messageId, payload.ToArray()));
        return ValueTask.CompletedTask;
    }
}
