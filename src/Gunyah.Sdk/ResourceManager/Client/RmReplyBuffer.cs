using System.Buffers;

namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>
/// The pooled copy of one reply payload that an <see cref="Gunyah.Interop.Rpc.RpcReply"/> owns. The array comes
/// from <see cref="ArrayPool{T}.Shared"/> and goes back on the first Dispose; later Disposes (RpcReply is a struct,
/// so copies may dispose twice) do nothing.
/// </summary>
internal sealed class RmReplyBuffer : IMemoryOwner<byte>
{
    private byte[]? array;
    private readonly int length;

    private RmReplyBuffer(byte[] array, int length)
    {
        this.array = array;
        this.length = length;
    }

    public Memory<byte> Memory => array is { } a ? a.AsMemory(0, length) : throw new ObjectDisposedException(nameof(RmReplyBuffer));

    public static RmReplyBuffer CopyOf(ReadOnlySpan<byte> payload)
    {
        var a = ArrayPool<byte>.Shared.Rent(payload.Length);
        payload.CopyTo(a);
        return new RmReplyBuffer(a, payload.Length);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref array, null) is { } a)
        {
            ArrayPool<byte>.Shared.Return(a);
        }
    }
}
