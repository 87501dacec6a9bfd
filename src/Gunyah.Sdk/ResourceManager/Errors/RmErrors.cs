using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.ResourceManager.Errors;

/// <summary>Maps RM error words to the errno the Linux driver returns for them, and names them.</summary>
public static class RmErrors
{
    /// <summary>
    /// The (positive) errno Linux's RM driver returns for <paramref name="code"/>: 0 for OK, and EBADMSG for any
    /// code its enum does not know (including the RM-only ones), exactly as its remap's default case does.
    /// </summary>
    public static int ToErrno(GhRmError code) => code switch
    {
        GhRmError.Ok => 0,
        GhRmError.Unimplemented => Errno.EOPNOTSUPP,
        GhRmError.Nomem => Errno.ENOMEM,
        GhRmError.Noresource => Errno.ENODEV,
        GhRmError.Denied => Errno.EPERM,
        GhRmError.Busy => Errno.EBUSY,
        GhRmError.Invalid
            or GhRmError.ArgumentInvalid
            or GhRmError.HandleInvalid
            or GhRmError.ValidateFailed
            or GhRmError.MapFailed
            or GhRmError.MemInvalid
            or GhRmError.MemInuse
            or GhRmError.MemReleased
            or GhRmError.VmidInvalid
            or GhRmError.LookupFailed
            or GhRmError.IrqInvalid
            or GhRmError.IrqInuse
            or GhRmError.IrqReleased => Errno.EINVAL,
        _ => Errno.EBADMSG,
    };

    /// <summary>The RM's own spelling of <paramref name="code"/> (e.g. "MSG_INVALID"), or its hex value if unknown.</summary>
    public static string NameOf(GhRmError code) => code switch
    {
        GhRmError.Ok => "OK",
        GhRmError.Nomem => "NOMEM",
        GhRmError.Noresource => "NORESOURCE",
        GhRmError.Denied => "DENIED",
        GhRmError.Invalid => "MSG_INVALID",
        GhRmError.Busy => "BUSY",
        GhRmError.ArgumentInvalid => "ARGUMENT_INVALID",
        GhRmError.HandleInvalid => "HANDLE_INVALID",
        GhRmError.ValidateFailed => "VALIDATE_FAILED",
        GhRmError.MapFailed => "MAP_FAILED",
        GhRmError.MemInvalid => "MEM_INVALID",
        GhRmError.MemInuse => "MEM_INUSE",
        GhRmError.MemReleased => "MEM_RELEASED",
        GhRmError.VmidInvalid => "VMID_INVALID",
        GhRmError.LookupFailed => "LOOKUP_FAILED",
        GhRmError.IrqInvalid => "IRQ_INVALID",
        GhRmError.IrqInuse => "IRQ_INUSE",
        GhRmError.IrqReleased => "IRQ_RELEASED",
        GhRmError.InUse => "IN_USE",
        GhRmError.IrqNotMapped => "IRQ_NOT_MAPPED",
        GhRmError.VmState => "VM_STATE",
        GhRmError.Unimplemented => "UNIMPLEMENTED",
        _ => Hex((uint)code),
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

    internal static string Hex(uint value) => $"0x{value:X8}";
}
