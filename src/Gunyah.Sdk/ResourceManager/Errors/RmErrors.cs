namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>Maps RM error words to the errno the Linux driver returns for them, and names them.</summary>
public static class RmErrors
{
    /// <summary>
    /// The (positive) errno Linux's RM driver returns for <paramref name="code"/>: 0 for OK, and EBADMSG for any
    /// code its enum does not know (including the RM-only ones), exactly as its remap's default case does.
    /// </summary>
    public static int ToErrno(RmErrorCode code) => code switch
    {
        RmErrorCode.Ok => 0,
        RmErrorCode.Unimplemented => Errno.EOPNOTSUPP,
        RmErrorCode.NoMemory => Errno.ENOMEM,
        RmErrorCode.NoResource => Errno.ENODEV,
        RmErrorCode.Denied => Errno.EPERM,
        RmErrorCode.Busy => Errno.EBUSY,
        RmErrorCode.MessageInvalid
            or RmErrorCode.ArgumentInvalid
            or RmErrorCode.HandleInvalid
            or RmErrorCode.ValidateFailed
            or RmErrorCode.MapFailed
            or RmErrorCode.MemoryInvalid
            or RmErrorCode.MemoryInUse
            or RmErrorCode.MemoryReleased
            or RmErrorCode.VmidInvalid
            or RmErrorCode.LookupFailed
            or RmErrorCode.IrqInvalid
            or RmErrorCode.IrqInUse
            or RmErrorCode.IrqReleased => Errno.EINVAL,
        _ => Errno.EBADMSG,
    };

    /// <summary>The RM's own spelling of <paramref name="code"/> (e.g. "MSG_INVALID"), or its hex value if unknown.</summary>
    public static string NameOf(RmErrorCode code) => code switch
    {
        RmErrorCode.Ok => "OK",
        RmErrorCode.NoMemory => "NOMEM",
        RmErrorCode.NoResource => "NORESOURCE",
        RmErrorCode.Denied => "DENIED",
        RmErrorCode.MessageInvalid => "MSG_INVALID",
        RmErrorCode.Busy => "BUSY",
        RmErrorCode.ArgumentInvalid => "ARGUMENT_INVALID",
        RmErrorCode.HandleInvalid => "HANDLE_INVALID",
        RmErrorCode.ValidateFailed => "VALIDATE_FAILED",
        RmErrorCode.MapFailed => "MAP_FAILED",
        RmErrorCode.MemoryInvalid => "MEM_INVALID",
        RmErrorCode.MemoryInUse => "MEM_INUSE",
        RmErrorCode.MemoryReleased => "MEM_RELEASED",
        RmErrorCode.VmidInvalid => "VMID_INVALID",
        RmErrorCode.LookupFailed => "LOOKUP_FAILED",
        RmErrorCode.IrqInvalid => "IRQ_INVALID",
        RmErrorCode.IrqInUse => "IRQ_INUSE",
        RmErrorCode.IrqReleased => "IRQ_RELEASED",
        RmErrorCode.InUse => "IN_USE",
        RmErrorCode.IrqNotMapped => "IRQ_NOT_MAPPED",
        RmErrorCode.VmState => "VM_STATE",
        RmErrorCode.Unimplemented => "UNIMPLEMENTED",
        _ => $"0x{(uint)code:X8}",
    };

    /// <summary>
    /// The errno an RM call failure stands for, as the Linux driver would return it: the errno carried by the RM
    /// runtime's exceptions, ETIMEDOUT for a call timeout, or null for anything else (cancellation, disposal, bugs).
    /// </summary>
    public static int? ErrnoOf(Exception exception) => exception switch
    {
        RmException rm => rm.Errno,
        RmTransportException transport => transport.Errno,
        RmArgumentException argument => argument.Errno,
        RmTimeoutException => Errno.ETIMEDOUT,
        _ => null,
    };

    internal static string Hex(uint messageId) => $"0x{messageId:X8}";
}
