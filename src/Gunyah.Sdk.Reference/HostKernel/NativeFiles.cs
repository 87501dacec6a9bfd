using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// The few real-kernel calls the driver needs beyond <see cref="Kernel.IKernel"/>: taking its own reference to a
/// user's eventfd (fcntl F_DUPFD_CLOEXEC, as eventfd_ctx_fdget keeps the file alive), telling whether an fd is an
/// eventfd (its /proc/self/fd link), and waiting on eventfds with poll(2).
/// </summary>
internal static unsafe partial class NativeFiles
{
    private const int FDupFdCloExec = 1030;
    private const short PollIn = 0x1;

    /// <summary>What an fd is: 0 an eventfd, -EBADF not open, -EINVAL open but something else.</summary>
    public static int CheckEventFd(int fd)
    {
        if (fd < 0)
        {
            return -Errno.EBADF;
        }

        string? target;
        try
        {
            target = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
        }
        catch (IOException)
        {
            target = null;
        }

        if (target is null)
        {
            return -Errno.EBADF;
        }

        return target == "anon_inode:[eventfd]" ? 0 : -Errno.EINVAL;
    }

    /// <summary>A new fd for the same open file (close-on-exec), or -errno.</summary>
    public static int Duplicate(int fd)
    {
        var result = Fcntl(fd, FDupFdCloExec, 0);
        return result < 0 ? -Marshal.GetLastSystemError() : result;
    }

    /// <summary>Waits until <paramref name="first"/> or <paramref name="second"/> is readable: 1 first, 2 second
    /// (first wins when both), 0 on timeout, -errno on failure.</summary>
    public static int WaitReadable(int first, int second, int timeoutMilliseconds)
    {
        var fds = stackalloc PollFd[2];
        fds[0] = new PollFd { Fd = first, Events = PollIn };
        fds[1] = new PollFd { Fd = second, Events = PollIn };
        var result = Poll(fds, 2, timeoutMilliseconds);
        if (result < 0)
        {
            var errno = Marshal.GetLastSystemError();
            return errno == Errno.EINTR ? 0 : -errno;
        }

        if (result == 0)
        {
            return 0;
        }

        return fds[0].Revents != 0 ? 1 : 2;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport("libc", EntryPoint = "poll")]
    private static partial int Poll(PollFd* fds, nuint count, int timeout);
}
