using Gunyah.Sdk.ResourceManager.Framing;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.ResourceManager.Server;

/// <summary>The server's log events (source-generated: no boxing or formatting unless the level is enabled).</summary>
internal static partial class RmServerLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "VM {Vmid}: dropped an incoming fragment: {Reason}")]
    public static partial void FragmentDropped(ILogger logger, uint vmid, RmDropReason reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "VM {Vmid}: discarded a partial {Type} (seq {Sequence}, msg_id {MessageId:X8}): a new message started")]
    public static partial void PartialDiscarded(ILogger logger, uint vmid, RmMessageType type, ushort sequence, uint messageId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "VM {Vmid}: ignored a {Type} message (seq {Sequence}, msg_id {MessageId:X8}); only requests are dispatched")]
    public static partial void NotARequest(ILogger logger, uint vmid, RmMessageType type, ushort sequence, uint messageId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "VM {Vmid}: the handler for msg_id {MessageId:X8} threw; replying MSG_INVALID")]
    public static partial void HandlerFailed(ILogger logger, uint vmid, uint messageId, Exception exception);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "VM {Vmid}: the {Length}-byte reply to msg_id {MessageId:X8} exceeds {Limit} bytes; replying NOMEM")]
    public static partial void ReplyTooLarge(ILogger logger, uint vmid, uint messageId, int length, int limit);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "VM {Vmid}: dropped notification {MessageId:X8} (seq {Sequence}): {Limit} notifications already pending")]
    public static partial void NotificationDropped(ILogger logger, uint vmid, uint messageId, ushort sequence, int limit);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "VM {Vmid}: the message queue failed; the connection stops")]
    public static partial void QueueFailed(ILogger logger, uint vmid, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "VM {Vmid}: dropped notification {MessageId:X8}: the connection has stopped")]
    public static partial void NotificationToStoppedClient(ILogger logger, uint vmid, uint messageId);
}
