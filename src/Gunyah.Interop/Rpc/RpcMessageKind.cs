namespace Gunyah.Interop.Rpc;

/// <summary>What a protocol message is: a call (a request answered by a reply) or a one-way notification.</summary>
public enum RpcMessageKind
{
    Call,
    Notification,
}
