namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// No reply came within the client's per-call timeout. The call is abandoned: a reply arriving later is dropped.
/// (Linux waits forever; the timeout is this SDK's addition, so its errno, ETIMEDOUT, is the SDK's choice.)
/// </summary>
public sealed class RmTimeoutException : TimeoutException
{
    /// <summary>The call <paramref name="messageId"/> got no reply within <paramref name="timeout"/>.</summary>
    public RmTimeoutException(uint messageId, TimeSpan timeout)
        : base($"RM call {RmErrors.Hex(messageId)} got no reply within {timeout.TotalMilliseconds:0} ms")
    {
        MessageId = messageId;
        Timeout = timeout;
    }

    /// <summary>The message id of the abandoned call.</summary>
    public uint MessageId { get; }

    /// <summary>The timeout that expired.</summary>
    public TimeSpan Timeout { get; }
}
