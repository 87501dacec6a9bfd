using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>Hypervisor error → errno as the Linux drivers remap it (gunyah-rm.md §6.8): the L23 and L24 tables
/// differ for RETRY and CSPACE_FULL; codes the Linux enum lacks fall to EINVAL.</summary>
internal static class HypErrno
{
    public static int Of(HypError error, bool l24) => error switch
    {
        HypError.Ok => 0,
        HypError.Unimplemented => Errno.EOPNOTSUPP,
        HypError.Retry => l24 ? Errno.EAGAIN : Errno.EOPNOTSUPP,
        HypError.NoMemory => Errno.ENOMEM,
        HypError.Denied or HypError.CspaceCapNull or HypError.CspaceCapRevoked or HypError.CspaceWrongObjectType
            or HypError.CspaceInsufficientRights => Errno.EACCES,
        HypError.CspaceFull => l24 ? Errno.EBUSY : Errno.EACCES,
        HypError.Busy or HypError.Idle => Errno.EBUSY,
        HypError.VirqBound or HypError.VirqNotBound or HypError.MessageQueueEmpty or HypError.MessageQueueFull => Errno.EIO,
        _ => Errno.EINVAL,
    };
}
