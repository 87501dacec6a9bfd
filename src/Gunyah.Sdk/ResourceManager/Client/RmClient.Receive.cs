using Gunyah.Sdk.ResourceManager.Protocol;
using System.Buffers.Binary;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Framing;

namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>The receive side: one loop reads the RM's messages, reassembles them and routes each one.</summary>
public sealed partial class RmClient
{
    private async Task ReceiveLoopAsync()
    {
        // One fragment buffer and one reassembler for the client's life: steady-state receiving allocates nothing.
        var buffer = new byte[RmWire.MaxMessageSize];
        var reassembler = new RmReassembler(RmReassemblyRole.Linux);
        var token = lifetime.Token;
        while (true)
        {
            int length;
            try
            {
                length = await queues.Receive.ReceiveAsync(buffer, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Without a receive queue no reply can ever come: fail the waiting calls rather than hang them.
                RmClientLog.ReceiveFailed(logger, e);
                FailAll(static (call, cause) => new RmTransportException(Errno.EIO, call.MessageId, "the receive queue failed", cause), e);
                return;
            }

            try
            {
                var fragment = buffer.AsSpan(0, length);
                if (!IsUnansweredReply(fragment))
                {
                    Dispatch(reassembler.Accept(fragment));
                }
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.DispatchFailed(logger, e);
            }
        }
    }

    /// <summary>
    /// Linux looks a REPLY's first fragment up by seq before anything else and ignores it when no call waits for
    /// it (or the waiting call has another msg_id): such a frame never reaches the reassembler, so a message
    /// being assembled is not disturbed. Counted and logged as dropped.
    /// </summary>
    private bool IsUnansweredReply(ReadOnlySpan<byte> fragment)
    {
        if (RmHeader.TryRead(fragment, out var header) != RmHeaderStatus.Ok || header.Type != RmMessageType.Reply)
        {
            return false;
        }

        switch (calls.Peek(header.Sequence, header.MessageId, out var waitingMessageId))
        {
            case RmReplyMatch.Taken:
                return false;
            case RmReplyMatch.MessageIdMismatch:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.ReplyIdMismatch(logger, header.Sequence, header.MessageId, waitingMessageId);
                return true;
            default:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.ReplyWithoutCall(logger, header.Sequence, header.MessageId);
                return true;
        }
    }

    private void Dispatch(in RmReceiveResult result)
    {
        // A new message that starts while another is half-assembled aborts the old one (Linux's rule) before
        // the new fragment itself counts.
        if (result.SupersededPartial is { } superseded)
        {
            Interlocked.Increment(ref abortedMessages);
            OnAborted(superseded, "a new message started before it was complete");
        }

        switch (result.Kind)
        {
            case RmReceiveKind.Complete:
                DispatchComplete(result.Header, result.Payload);
                break;
            case RmReceiveKind.Dropped:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.FragmentDropped(logger, result.Reason);
                break;
            case RmReceiveKind.Aborted:
                Interlocked.Increment(ref abortedMessages);
                OnAborted(result.Header, result.Reason.ToString());
                break;
        }
    }

    private void DispatchComplete(RmHeader header, ReadOnlySpan<byte> payload)
    {
        switch (header.Type)
        {
            case RmMessageType.Reply:
                CompleteReply(header, payload);
                break;
            case RmMessageType.Notification:
                RaiseNotification(header.MessageId, payload);
                break;
            default:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.UnexpectedMessage(logger, header.Type, header.Sequence, header.MessageId);
                break;
        }
    }

    private void CompleteReply(RmHeader header, ReadOnlySpan<byte> payload)
    {
        var call = TakeCallFor(header);
        if (call is null)
        {
            return;
        }

        if (payload.Length < RmWire.ErrorWordSize)
        {
            call.SetException(new RmTransportException(
                Errno.EBADMSG, header.MessageId, $"the {payload.Length}-byte reply has no {RmWire.ErrorWordSize}-byte error word"));
            return;
        }

        var code = BinaryPrimitives.ReadUInt32LittleEndian(payload);
        if (code != (uint)GhRmError.Ok)
        {
            // Linux discards a failed call's reply data; it is kept on the exception (a copy: errors are rare).
            RmClientLog.CallRejected(logger, header.MessageId, header.Sequence, code);
            var detail = payload[RmWire.ErrorWordSize..].ToArray();
            call.SetException(new RmException((GhRmError)code, header.MessageId, detail));
            return;
        }

        var data = payload[RmWire.ErrorWordSize..];
        if (data.IsEmpty)
        {
            call.SetResult(default);
            return;
        }

        // The reassembler reuses its buffer on the next fragment, so the caller gets a pooled copy.
        var copy = RmReplyBuffer.CopyOf(data);
        call.SetResult(new RpcReply(copy.Memory, copy));
    }

    private void OnAborted(RmHeader header, string reason)
    {
        RmClientLog.MessageAborted(logger, header.Type, header.Sequence, header.MessageId, reason);
        if (header.Type != RmMessageType.Reply)
        {
            return;
        }

        // Linux completes the waiting call with -EIO when its reply is abandoned half-way.
        TakeCallFor(header)?.SetException(new RmTransportException(
            Errno.EIO, header.MessageId, $"the reply was aborted during reassembly: {reason}"));
    }

    /// <summary>Claims the call a reply answers, or counts and logs the reply as dropped.</summary>
    private RmPendingCall? TakeCallFor(RmHeader header)
    {
        switch (calls.TryTakeReply(header.Sequence, header.MessageId, out var call, out var waitingMessageId))
        {
            case RmReplyMatch.Taken:
                return call;
            case RmReplyMatch.MessageIdMismatch:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.ReplyIdMismatch(logger, header.Sequence, header.MessageId, waitingMessageId);
                return null;
            default:
                Interlocked.Increment(ref droppedMessages);
                RmClientLog.ReplyWithoutCall(logger, header.Sequence, header.MessageId);
                return null;
        }
    }

    private void RaiseNotification(uint messageId, ReadOnlySpan<byte> payload)
    {
        try
        {
            NotificationReceived?.Invoke(messageId, payload);
        }
        catch (Exception e)
        {
            // A subscriber's bug must not stop replies from being delivered.
            RmClientLog.NotificationHandlerFailed(logger, messageId, e);
        }
    }
}
