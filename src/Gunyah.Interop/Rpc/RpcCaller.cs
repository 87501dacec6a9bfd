namespace Gunyah.Interop.Rpc;

/// <summary>
/// Who sent a call: the server identifies callers only by the channel a message arrived on (for the RM, the
/// client VM's queue pair), named here by that client's id (its VMID).
/// </summary>
/// <param name="ClientId">The client's identity on the server (for the RM: the caller's VMID).</param>
/// <param name="Notifications">Sends notifications back to this caller.</param>
public readonly record struct RpcCaller(uint ClientId, IRpcNotificationSink Notifications);
