namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// A call the client refused before sending anything, for the reasons Linux's driver refuses it: message id 0
/// (reserved; EINVAL) or a request payload over 62 continuation fragments' worth (E2BIG). An
/// <see cref="ArgumentException"/> because both are the caller's mistakes, carrying the driver's errno too.
/// </summary>
public sealed class RmArgumentException : ArgumentException
{
    /// <summary>A call of <paramref name="messageId"/> refused before sending: <paramref name="message"/>, about <paramref name="paramName"/>; <paramref name="errno"/> is the errno reported for it.</summary>
    public RmArgumentException(int errno, uint messageId, string message, string? paramName)
        : base($"RM call {RmErrors.Hex(messageId)}: {message} (errno {errno})", paramName)
    {
        Errno = errno;
        MessageId = messageId;
    }

    /// <summary>The Linux errno (positive): <see cref="Gunyah.Sdk.Errno.EINVAL"/> or <see cref="Gunyah.Sdk.Errno.E2BIG"/>.</summary>
    public int Errno { get; }

    /// <summary>The refused message id.</summary>
    public uint MessageId { get; }
}
