using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// The RM answered a call with a non-OK error word. <see cref="Errno"/> is what the Linux driver would return
/// (positive), so layers that emulate the driver can pass it on unchanged.
/// </summary>
public sealed class RmException : Exception
{
    public RmException(GhRmError code, uint messageId)
        : base($"RM call {RmErrors.Hex(messageId)} failed: {RmErrors.NameOf(code)} (0x{(uint)code:X}, errno {RmErrors.ToErrno(code)})")
    {
        Code = code;
        MessageId = messageId;
        Errno = RmErrors.ToErrno(code);
    }

    /// <summary>The RM's error word.</summary>
    public GhRmError Code { get; }

    /// <summary>The Linux errno for <see cref="Code"/> (positive).</summary>
    public int Errno { get; }

    /// <summary>The message id of the failed call.</summary>
    public uint MessageId { get; }
}
