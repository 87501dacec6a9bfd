using Gunyah.Sdk.ResourceManager.Framing;
using Microsoft.Extensions.Logging;

namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>The client's log events (source-generated: no boxing or formatting unless the level is enabled).</summary>
internal static partial class RmClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Dropped a reply for seq {Sequence}, msg_id {MessageId:X8}: no call waits on it (cancelled, timed out or never sent)")]
    public static partial void ReplyWithoutCall(ILogger logger, ushort sequence, uint messageId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Ignored a reply for seq {Sequence} with msg_id {MessageId:X8}: the call on that seq is {ExpectedMessageId:X8}")]
    public static partial void ReplyIdMismatch(ILogger logger, ushort sequence, uint messageId, uint expectedMessageId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Dropped an incoming fragment: {Reason}")]
    public static partial void FragmentDropped(ILogger logger, RmDropReason reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Aborted a partly received {Type} (seq {Sequence}, msg_id {MessageId:X8}): {Reason}")]
    public static partial void MessageAborted(ILogger logger, RmMessageType type, ushort sequence, uint messageId, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Dropped an unexpected {Type} message (seq {Sequence}, msg_id {MessageId:X8})")]
    public static partial void UnexpectedMessage(ILogger logger, RmMessageType type, ushort sequence, uint messageId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "A notification handler for msg_id {MessageId:X8} threw")]
    public static partial void NotificationHandlerFailed(ILogger logger, uint messageId, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The receive queue failed; the client stops receiving and fails its pending calls")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Handling an incoming message failed unexpectedly")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Debug, Message = "RM rejected msg_id {MessageId:X8} (seq {Sequence}) with error {Code:X}")]
    public static partial void CallRejected(ILogger logger, uint messageId, ushort sequence, uint code);
}
