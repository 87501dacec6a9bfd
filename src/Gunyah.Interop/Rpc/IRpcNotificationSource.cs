namespace Gunyah.Interop.Rpc;

/// <summary>Receives one notification: its message id and payload (valid only during the call).</summary>
public delegate void RpcNotificationHandler(uint messageId, ReadOnlySpan<byte> payload);

/// <summary>The client end's stream of notifications, which generated code turns into typed events.</summary>
public interface IRpcNotificationSource
{
    /// <summary>Raised for each notification that arrives, with its message id and payload.</summary>
    event RpcNotificationHandler? NotificationReceived;
}
