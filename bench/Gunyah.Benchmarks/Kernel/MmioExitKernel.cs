using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gunyah.Sdk;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Uapi.V17;

namespace Gunyah.Benchmarks.Kernel;

/// <summary>
/// A minimal fake v17 kernel for <see cref="VcpuRunBenchmarks"/>: one device, one VM, one vCPU. Its mmap of the
/// vCPU fd is page-aligned native memory, and every VCPU_RUN writes an MMIO write exit into that run page (the
/// address and value change with each run, which it counts) and returns 0. Nothing else is supported.
/// </summary>
public sealed class MmioExitKernel : IKernel, IDisposable
{
    public const int DeviceFd = 10;
    public const int VmFd = 11;
    public const int VcpuFd = 12;

    /// <summary>Where the MMIO exits point (each run moves 8 bytes on, wrapping every 256 runs).</summary>
    public const ulong MmioBase = 0x9000_0000;

    // The run page's layout (gunyah_vcpu_run, the same in every generation with vCPUs), checked against the
    // generated struct when the kernel is made.
    private const int ExitReasonOffset = 8;
    private const int MmioAddressOffset = 16;
    private const int MmioDataOffset = 24;
    private const int MmioLengthOffset = 32;
    private const int MmioIsWriteOffset = 36;
    private const int MmioResumeActionOffset = 37;

    private static readonly int PageSize = Environment.SystemPageSize;

    private nint allocation;
    private nint runPage;

    public MmioExitKernel() => CheckLayout();

    /// <summary>How many VCPU_RUNs this kernel answered.</summary>
    public long Runs { get; private set; }

    public int Open(string path, OpenFlags flags) => path == "/dev/gunyah" ? DeviceFd : -Errno.ENOENT;

    public int Close(int fd) => fd is DeviceFd or VmFd or VcpuFd ? 0 : -Errno.EBADF;

    public int Ioctl(int fd, uint request, nint argument) => (fd, request) switch
    {
        (DeviceFd, Ioctls.GUNYAH_CREATE_VM) => VmFd,
        (VmFd, Ioctls.GUNYAH_VM_ADD_FUNCTION) => VcpuFd,
        (VcpuFd, Ioctls.GUNYAH_VCPU_MMAP_SIZE) => PageSize,
        (VcpuFd, Ioctls.GUNYAH_VCPU_RUN) => Run(),
        _ => -Errno.ENOTTY,
    };

    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset)
    {
        if (fd != VcpuFd || offset != 0 || length != (nuint)PageSize || runPage != 0)
        {
            return -Errno.EINVAL;
        }

        allocation = Marshal.AllocHGlobal(2 * PageSize);
        runPage = (allocation + PageSize - 1) & ~(nint)(PageSize - 1);
        for (var i = 0; i < PageSize; i += sizeof(long))
        {
            Marshal.WriteInt64(runPage, i, 0);
        }

        return runPage;
    }

    public int Munmap(nint address, nuint length)
    {
        if (address != runPage || runPage == 0)
        {
            return -Errno.EINVAL;
        }

        Dispose();
        return 0;
    }

    public int Read(int fd, Span<byte> buffer) => -Errno.EBADF;

    public int Write(int fd, ReadOnlySpan<byte> buffer) => -Errno.EBADF;

    public int EventFd(uint initialValue, EventFdFlags flags) => -Errno.ENOSYS;

    public int MemfdCreate(string name, MemfdFlags flags) => -Errno.ENOSYS;

    public int Ftruncate(int fd, long length) => -Errno.EINVAL;

    public int Fallocate(int fd, FallocateMode mode, long offset, long length) => -Errno.EINVAL;

    public int CurrentThreadId() => Environment.CurrentManagedThreadId;

    public int InterruptThread(int threadId) => 0;

    /// <summary>Frees the run page if the vCPU never unmapped it.</summary>
    public void Dispose()
    {
        if (allocation != 0)
        {
            Marshal.FreeHGlobal(allocation);
            allocation = 0;
            runPage = 0;
        }
    }

    private int Run()
    {
        var run = Runs++;
        Marshal.WriteInt32(runPage, ExitReasonOffset, (int)GunyahVcpuExit.Mmio);
        Marshal.WriteInt64(runPage, MmioAddressOffset, (long)(MmioBase + ((ulong)(run & 0xff) * 8)));
        Marshal.WriteInt64(runPage, MmioDataOffset, run);
        Marshal.WriteInt32(runPage, MmioLengthOffset, 4);
        Marshal.WriteByte(runPage, MmioIsWriteOffset, 1);
        Marshal.WriteByte(runPage, MmioResumeActionOffset, (byte)GunyahVcpuResumeAction.Handled);
        return 0;
    }

    private static void CheckLayout()
    {
        var page = default(GunyahVcpuRun);
        ref var start = ref Unsafe.As<GunyahVcpuRun, byte>(ref page);
        var actual = new[]
        {
            Unsafe.ByteOffset(ref start, ref Unsafe.As<uint, byte>(ref page.ExitReason)),
            Unsafe.ByteOffset(ref start, ref Unsafe.As<ulong, byte>(ref page.Mmio.PhysAddr)),
            Unsafe.ByteOffset(ref start, ref page.Mmio.Data[0]),
            Unsafe.ByteOffset(ref start, ref Unsafe.As<uint, byte>(ref page.Mmio.Len)),
            Unsafe.ByteOffset(ref start, ref page.Mmio.IsWrite),
            Unsafe.ByteOffset(ref start, ref page.Mmio.ResumeAction),
        };
        nint[] expected = [ExitReasonOffset, MmioAddressOffset, MmioDataOffset, MmioLengthOffset, MmioIsWriteOffset, MmioResumeActionOffset];
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            throw new InvalidOperationException($"gunyah_vcpu_run offsets are [{string.Join(", ", actual)}], the fake writes [{string.Join(", ", expected)}].");
        }
    }
}
