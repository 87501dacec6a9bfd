namespace Gunyah.Interop.Rpc;

/// <summary>
/// The client end of a message-based RPC protocol, as generated typed clients see it: send a call's
/// encoded request, get the encoded reply back. The channel owns framing, sequencing and the reply's status
/// word: a non-OK status is thrown by the channel as its protocol's typed exception, so callers only ever
/// see successful replies.
/// </summary>
public interface IRpcChannel
{
    /// <summary>
    /// Sends call <paramref name="messageId"/> with <paramref name="request"/> as its payload and completes with
    /// the reply payload (after the status word). Cancelling abandons the call and leaves nothing pending.
    /// </summary>
    ValueTask<RpcReply> CallAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken);
}
