using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Kernel.Native;

/// <summary>
/// The signal the native seam sends to interrupt a vCPU thread blocked in RUN. Its handler does nothing and is
/// installed without SA_RESTART, so the interrupted ioctl returns -EINTR instead of restarting.
/// </summary>
/// <remarks>
/// The signal is a real-time one near SIGRTMAX: the .NET runtime uses SIGRTMIN for its own thread activation and
/// leaves the rest alone. The handler must be native code (a managed handler would have to enter the runtime
/// inside a signal frame), so it is libc's <c>getpid</c>: async-signal-safe, side-effect free, never touches
/// errno, and it ignores the signal number passed to it.
/// </remarks>
internal static unsafe class KickSignal
{
    private static readonly Lock Gate = new();
    private static int number;

    /// <summary>The signal number, installing its handler on first use; -errno when that fails (-EBUSY: another
    /// handler owns the signal; -ENOSYS: libc's getpid could not be resolved).</summary>
    public static int Number
    {
        get
        {
            var current = Volatile.Read(ref number);
            return current != 0 ? current : Install();
        }
    }

    private static int Install()
    {
        lock (Gate)
        {
            if (number != 0)
            {
                return number;
            }

            var signal = LibC.CurrentSigRtMax() - 1;
            if (!NativeLibrary.TryLoad("libc", typeof(KickSignal).Assembly, null, out var libc)
                || !NativeLibrary.TryGetExport(libc, "getpid", out var getpid))
            {
                return -Errno.ENOSYS;
            }

            // Someone else's handler on this signal (an embedding host, another library) is left alone.
            var existing = default(LibC.SigActionStruct);
            if (LibC.SigAction(signal, null, &existing) != 0)
            {
                return -Marshal.GetLastSystemError();
            }

            if (existing.Handler != 0 && existing.Handler != getpid)
            {
                return -Errno.EBUSY;
            }

            var action = default(LibC.SigActionStruct);
            action.Handler = getpid;
            if (LibC.SigAction(signal, &action, null) != 0)
            {
                return -Marshal.GetLastSystemError();
            }

            Volatile.Write(ref number, signal);
            return signal;
        }
    }
}
