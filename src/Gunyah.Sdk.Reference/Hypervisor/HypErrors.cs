namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>How the Linux drivers turn a hypervisor error into an errno (fact sheet §6.8).</summary>
public static class HypErrors
{
    /// <summary>
    /// The negative errno Linux returns for <paramref name="error"/>: the 2024 (<c>GUNYAH_</c>) mapping when
    /// <paramref name="l24"/> is set, else the 2023 (<c>GH_</c>) one. Codes either driver does not list fall to -EINVAL.
    /// </summary>
    public static int ToErrno(HypError error, bool l24) => error switch
    {
        HypError.Ok => 0,
        HypError.Unimplemented => -Errno.EOPNOTSUPP,
        HypError.Retry => l24 ? -Errno.EAGAIN : -Errno.EOPNOTSUPP,
        HypError.NoMemory => -Errno.ENOMEM,
        HypError.Denied => -Errno.EACCES,
        HypError.Busy or HypError.Idle => -Errno.EBUSY,
        HypError.VirqBound or HypError.VirqNotBound => -Errno.EIO,
        HypError.CspaceCapNull or HypError.CspaceCapRevoked or HypError.CspaceWrongObjectType
            or HypError.CspaceInsufficientRights => -Errno.EACCES,
        HypError.CspaceFull => l24 ? -Errno.EBUSY : -Errno.EACCES,
        HypError.MessageQueueEmpty or HypError.MessageQueueFull => -Errno.EIO,
        _ => -Errno.EINVAL,
    };
}
