using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Kernel.Native;

/// <summary>
/// The libc entry points of the native kernel seam, as source-generated <c>LibraryImport</c>s with blittable
/// signatures: no marshalling stub work, no <c>SetLastError</c> bookkeeping. Callers read errno with
/// <see cref="Marshal.GetLastSystemError"/> straight after a failing call, which is exactly what the
/// <c>SetLastError = true</c> stub would do, minus the copy into the runtime's per-thread slot.
/// </summary>
/// <remarks>
/// ioctl is variadic in C; it is declared here with a fixed pointer-sized third argument. On the Linux ABIs
/// .NET runs on (x86-64, arm64) the first variadic integer arguments travel in the same registers as fixed
/// ones, and glibc's and musl's ioctl read the third argument as one pointer-sized value.
/// </remarks>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Open(string path, int flags, int mode);

    [LibraryImport(Library, EntryPoint = "close")]
    internal static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "ioctl")]
    internal static partial int Ioctl(int fd, nuint request, nint argument);

    [LibraryImport(Library, EntryPoint = "mmap")]
    internal static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport(Library, EntryPoint = "munmap")]
    internal static partial int Munmap(nint address, nuint length);

    [LibraryImport(Library, EntryPoint = "read")]
    internal static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport(Library, EntryPoint = "write")]
    internal static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport(Library, EntryPoint = "eventfd")]
    internal static partial int EventFd(uint initialValue, int flags);

    [LibraryImport(Library, EntryPoint = "memfd_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int MemfdCreate(string name, uint flags);

    [LibraryImport(Library, EntryPoint = "ftruncate")]
    internal static partial int Ftruncate(int fd, long length);

    [LibraryImport(Library, EntryPoint = "fallocate")]
    internal static partial int Fallocate(int fd, int mode, long offset, long length);

    [LibraryImport(Library, EntryPoint = "getpid")]
    internal static partial int GetPid();

    [LibraryImport(Library, EntryPoint = "gettid")]
    internal static partial int GetTid();

    [LibraryImport(Library, EntryPoint = "tgkill")]
    internal static partial int TgKill(int processId, int threadId, int signal);

    [LibraryImport(Library, EntryPoint = "sigaction")]
    internal static partial int SigAction(int signal, SigActionStruct* action, SigActionStruct* oldAction);

    [LibraryImport(Library, EntryPoint = "__libc_current_sigrtmax")]
    internal static partial int CurrentSigRtMax();

    /// <summary>glibc's userspace <c>struct sigaction</c> on x86-64 and arm64 (152 bytes).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 152)]
    internal struct SigActionStruct
    {
        [FieldOffset(0)] public nint Handler;
        [FieldOffset(8)] public fixed byte Mask[128];
        [FieldOffset(136)] public int Flags;
        [FieldOffset(144)] public nint Restorer;
    }
}
