using System.Buffers;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// A reply payload, possibly in a pooled buffer: dispose it once decoded. Default is an empty reply.
/// </summary>
public readonly struct RpcReply : IDisposable
{
    private readonly IMemoryOwner<byte>? owner;

    /// <summary>A reply of <paramref name="payload"/>; <paramref name="owner"/>, when given, is returned to its pool on <see cref="Dispose"/>.</summary>
    public RpcReply(ReadOnlyMemory<byte> payload, IMemoryOwner<byte>? owner = null)
    {
        Payload = payload;
        this.owner = owner;
    }

    /// <summary>The reply's payload bytes; valid until the reply is disposed.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <inheritdoc/>
    public void Dispose() => owner?.Dispose();
}
