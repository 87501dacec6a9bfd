using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>
/// The RM answered a call with a non-OK error word. <see cref="Errno"/> is what the Linux driver would return
/// (positive), so layers that emulate the driver can pass it on unchanged.
/// </summary>
public sealed class RmException : Exception
{
    /// <summary>The RM answered the call <paramref name="messageId"/> with the error <paramref name="code"/>.</summary>
    public RmException(GhRmError code, uint messageId)
        : this(code, messageId, ReadOnlyMemory<byte>.Empty)
    {
    }

    /// <param name="code">The RM's error word.</param>
    /// <param name="messageId">The failed call's message id.</param>
    /// <param name="errorDetail">Bytes the RM sent after the error word (some calls append the hypervisor's error code).</param>
    public RmException(GhRmError code, uint messageId, ReadOnlyMemory<byte> errorDetail)
        : base($"RM call {RmErrors.Hex(messageId)} failed: {RmErrors.NameOf(code)} (0x{(uint)code:X}, errno {RmErrors.ToErrno(code)})")
    {
        Code = code;
        MessageId = messageId;
        Errno = RmErrors.ToErrno(code);
        ErrorDetail = errorDetail;
    }

    /// <summary>The RM's error word.</summary>
    public GhRmError Code { get; }

    /// <summary>The Linux errno for <see cref="Code"/> (positive).</summary>
    public int Errno { get; }

    /// <summary>The message id of the failed call.</summary>
    public uint MessageId { get; }

    /// <summary>
    /// What followed the error word in the reply: empty for most calls; for VM_SET_TIME_BASE and
    /// VM_SET_FIRMWARE_MEM the RM appends the hypervisor's error code (<c>struct gh_rm_hyp_error_detail</c>).
    /// Linux discards it; it is kept here because it is the only clue to why the hypervisor refused.
    /// </summary>
    public ReadOnlyMemory<byte> ErrorDetail { get; }
}
