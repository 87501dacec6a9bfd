using System.Buffers;
using Gunyah.Interop.Rpc;

namespace Gunyah.Sdk.Tests.ResourceManager.Server;

/// <summary>An <see cref="IRpcService"/> made of one lambda, for server tests.</summary>
public sealed class DelegateRpcService(
    Func<RpcCaller, uint, ReadOnlyMemory<byte>, IBufferWriter<byte>, CancellationToken, ValueTask<uint>> handle) : IRpcService
{
    public ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken) =>
        handle(caller, messageId, request, reply, cancellationToken);

    /// <summary>Replies OK with the request's bytes reversed and each XORed with the low byte of the message id.</summary>
    public static DelegateRpcService Echo() => new((_, id, request, reply, _) =>
    {
        WriteEcho(id, request.Span, reply);
        return ValueTask.FromResult(0u);
    });

    public static void WriteEcho(uint messageId, ReadOnlySpan<byte> request, IBufferWriter<byte> reply)
    {
        var span = reply.GetSpan(request.Length);
        for (var i = 0; i < request.Length; i++)
        {
            span[i] = (byte)(request[request.Length - 1 - i] ^ (byte)messageId);
        }

        reply.Advance(request.Length);
    }

    public static byte[] Expected(uint messageId, ReadOnlySpan<byte> request)
    {
        var writer = new ArrayBufferWriter<byte>();
        WriteEcho(messageId, request, writer);
        return writer.WrittenSpan.ToArray();
    }
}
