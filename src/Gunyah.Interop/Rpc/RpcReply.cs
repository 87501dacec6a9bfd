using System.Buffers;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// A reply payload, possibly in a pooled buffer: dispose it once decoded. Default is an empty reply.
/// </summary>
public readonly struct RpcReply : IDisposable
{
    private readonly IMemoryOwner<byte>? owner;

    public RpcReply(ReadOnlyMemory<byte> payload, IMemoryOwner<byte>? owner = null)
    {
        Payload = payload;
        this.owner = owner;
    }

    public ReadOnlyMemory<byte> Payload { get; }

    public void Dispose() => owner?.Dispose();
}
