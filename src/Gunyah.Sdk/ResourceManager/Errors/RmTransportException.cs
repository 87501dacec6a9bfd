namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// A call failed below the RM: its reply was aborted mid-reassembly (EIO, as Linux reports it), was too short to
/// hold the error word (EBADMSG), or the link itself failed (EIO).
/// </summary>
public sealed class RmTransportException : IOException
{
    /// <summary>The transport failed during the call <paramref name="messageId"/>: <paramref name="message"/> (<paramref name="errno"/>), caused by <paramref name="innerException"/> when given.</summary>
    public RmTransportException(int errno, uint messageId, string message, Exception? innerException = null)
        : base($"RM call {RmErrors.Hex(messageId)}: {message} (errno {errno})", innerException)
    {
        Errno = errno;
        MessageId = messageId;
    }

    /// <summary>The Linux errno (positive): <see cref="Gunyah.Sdk.Errno.EIO"/> or <see cref="Gunyah.Sdk.Errno.EBADMSG"/>.</summary>
    public int Errno { get; }

    /// <summary>The message id of the failed call.</summary>
    public uint MessageId { get; }
}
