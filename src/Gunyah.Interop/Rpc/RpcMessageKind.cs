namespace Gunyah.Interop.Rpc;

/// <summary>What a protocol message is: a call (a request answered by a reply) or a one-way notification.</summary>
public enum RpcMessageKind
{
    /// <summary>A request that gets a reply.</summary>
    Call,
    /// <summary>A one-way message; no reply.</summary>
    Notification,
}
