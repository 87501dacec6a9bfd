using System.Buffers;

namespace Gunyah.Interop.Rpc;

/// <summary>
/// The server end of a message-based RPC protocol, as the server runtime sees a service: one call in, a
/// status word and reply payload out. Generated dispatchers implement it over a typed handler interface.
/// </summary>
public interface IRpcService
{
    /// <summary>
    /// Handles call <paramref name="messageId"/> from <paramref name="caller"/>. Writes the reply payload (without
    /// the status word) to <paramref name="reply"/> and returns the protocol's status word (0 = OK). With a non-OK
    /// status, whatever was written is the error's detail and follows the status word (usually nothing; see
    /// <see cref="RpcResult.ErrorDetail"/>). Unknown ids and undecodable requests return the protocol's error statuses.
    /// </summary>
    ValueTask<uint> HandleAsync(RpcCaller caller, uint messageId, ReadOnlyMemory<byte> request, IBufferWriter<byte> reply, CancellationToken cancellationToken);
}
