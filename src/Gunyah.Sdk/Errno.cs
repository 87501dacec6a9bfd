namespace Gunyah.Sdk;

/// <summary>
/// Linux errno numbers (asm-generic, as on arm64 and x86-64) that the SDK reports. Values are positive; the kernel
/// returns them negated. One place for them so the RM runtime and the kernel seam agree.
/// </summary>
public static class Errno
{
    /// <summary>Operation not permitted.</summary>
    public const int EPERM = 1;
    /// <summary>No such file or directory.</summary>
    public const int ENOENT = 2;
    /// <summary>No such process.</summary>
    public const int ESRCH = 3;
    /// <summary>Interrupted system call.</summary>
    public const int EINTR = 4;
    /// <summary>I/O error.</summary>
    public const int EIO = 5;
    /// <summary>Argument list too long.</summary>
    public const int E2BIG = 7;
    /// <summary>Bad file descriptor.</summary>
    public const int EBADF = 9;
    /// <summary>Try again.</summary>
    public const int EAGAIN = 11;
    /// <summary>Out of memory.</summary>
    public const int ENOMEM = 12;
    /// <summary>Permission denied.</summary>
    public const int EACCES = 13;
    /// <summary>Bad address.</summary>
    public const int EFAULT = 14;
    /// <summary>Device or resource busy.</summary>
    public const int EBUSY = 16;
    /// <summary>File exists.</summary>
    public const int EEXIST = 17;
    /// <summary>No such device.</summary>
    public const int ENODEV = 19;
    /// <summary>Invalid argument.</summary>
    public const int EINVAL = 22;
    /// <summary>Too many open files.</summary>
    public const int EMFILE = 24;
    /// <summary>Inappropriate ioctl for device.</summary>
    public const int ENOTTY = 25;
    /// <summary>No space left on device.</summary>
    public const int ENOSPC = 28;
    /// <summary>Function not implemented.</summary>
    public const int ENOSYS = 38;
    /// <summary>Not a data message.</summary>
    public const int EBADMSG = 74;
    /// <summary>Value too large for its type.</summary>
    public const int EOVERFLOW = 75;
    /// <summary>Operation not supported.</summary>
    public const int EOPNOTSUPP = 95;
    /// <summary>Timed out.</summary>
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
