namespace Gunyah.Interop.Rpc;

/// <summary>The server end's way to send a notification to one client; generated typed send methods call it.</summary>
public interface IRpcNotificationSink
{
    /// <summary>Sends the notification <paramref name="messageId"/> with <paramref name="payload"/> to its recipient.</summary>
    ValueTask NotifyAsync(uint messageId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}
