namespace Gunyah.Sdk;

/// <summary>
/// Linux errno numbers (asm-generic, as on arm64 and x86-64) that the SDK reports. Values are positive; the kernel
/// returns them negated. One place for them so the RM runtime and the kernel seam agree.
/// </summary>
public static class Errno
{
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int ESRCH = 3;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int E2BIG = 7;
    public const int EBADF = 9;
    public const int EAGAIN = 11;
    public const int ENOMEM = 12;
    public const int EACCES = 13;
    public const int EFAULT = 14;
    public const int EBUSY = 16;
    public const int EEXIST = 17;
    public const int ENODEV = 19;
    public const int EINVAL = 22;
    public const int EMFILE = 24;
    public const int ENOTTY = 25;
    public const int ENOSPC = 28;
    public const int ENOSYS = 38;
    public const int EBADMSG = 74;
    public const int EOVERFLOW = 75;
    public const int EOPNOTSUPP = 95;
    public const int ETIMEDOUT = 110;

    /// <summary>The symbolic name of <paramref name="errno"/> (sign ignored), e.g. <c>EINVAL</c>; <c>errno N</c>
    /// for numbers this table lacks.</summary>
    public static string NameOf(int errno) => Math.Abs(errno) switch
    {
        EPERM => nameof(EPERM),
        ENOENT => nameof(ENOENT),
        ESRCH => nameof(ESRCH),
        EINTR => nameof(EINTR),
        EIO => nameof(EIO),
        E2BIG => nameof(E2BIG),
        EBADF => nameof(EBADF),
        EAGAIN => nameof(EAGAIN),
        ENOMEM => nameof(ENOMEM),
        EACCES => nameof(EACCES),
        EFAULT => nameof(EFAULT),
        EBUSY => nameof(EBUSY),
        EEXIST => nameof(EEXIST),
        ENODEV => nameof(ENODEV),
        EINVAL => nameof(EINVAL),
        EMFILE => nameof(EMFILE),
        ENOTTY => nameof(ENOTTY),
        ENOSPC => nameof(ENOSPC),
        ENOSYS => nameof(ENOSYS),
        EBADMSG => nameof(EBADMSG),
        EOVERFLOW => nameof(EOVERFLOW),
        EOPNOTSUPP => nameof(EOPNOTSUPP),
        ETIMEDOUT => nameof(ETIMEDOUT),
        var other => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"errno {other}"),
    };
}
