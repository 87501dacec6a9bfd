using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Native;
using V17 = Gunyah.Sdk.Uapi.V17.Ioctls;

namespace Gunyah.Sdk.Tests.Kernel;

/// <summary>
/// A fake v17 seam with one device, VM and vCPU whose InterruptThread waits at a gate: it holds a
/// <see cref="Gunyah.Sdk.Vmm.GunyahVcpu.Kick"/> in the middle while the test does something else. The run page is a real
/// anonymous mapping, so the test can count when it is unmapped. VCPU_RUN returns 0 with exit_reason UNKNOWN (optionally after waiting at a gate); calls the scenario does not make throw.
/// </summary>
internal sealed class KickGateKernel : IKernel, IDisposable
{
    private const int DeviceFd = 3;
    private const int VmFd = 4;
    private const int VcpuFd = 5;

    private static readonly IKernel Native = LinuxKernel.Instance;

    private int unmaps;

    /// <summary>Set when a kick reached InterruptThread.</summary>
    public ManualResetEventSlim InterruptEntered { get; } = new();

    /// <summary>Set to let InterruptThread return.</summary>
    public ManualResetEventSlim InterruptReleased { get; } = new();

    /// <summary>Set when VCPU_RUN was entered.</summary>
    public ManualResetEventSlim RunEntered { get; } = new();

    /// <summary>Set to let VCPU_RUN return (it returns at once until <see cref="HoldRuns"/> is set).</summary>
    public ManualResetEventSlim RunReleased { get; } = new();

    /// <summary>Whether VCPU_RUN waits at its gate.</summary>
    public bool HoldRuns { get; set; }

    /// <summary>How many times the run page was unmapped.</summary>
    public int Unmaps => Volatile.Read(ref unmaps);

    public int Open(string path, OpenFlags flags) => DeviceFd;

    public int Close(int fd) => 0;

    public int Ioctl(int fd, uint request, nint argument) => (fd, request) switch
    {
        (DeviceFd, V17.GUNYAH_CREATE_VM) => VmFd,
        (VmFd, V17.GUNYAH_VM_ADD_FUNCTION) => VcpuFd,
        (VcpuFd, V17.GUNYAH_VCPU_MMAP_SIZE) => Environment.SystemPageSize,
        (VcpuFd, V17.GUNYAH_VCPU_RUN) => Run(),
        _ => -Errno.ENOTTY,
    };

    public nint Mmap(nint address, nuint length, MemoryProtection protection, MapFlags flags, int fd, long offset) =>
        fd == VcpuFd ? Native.Mmap(0, length, protection, MapFlags.Private | MapFlags.Anonymous, -1, 0) : -Errno.ENODEV;

    public int Munmap(nint address, nuint length)
    {
        Interlocked.Increment(ref unmaps);
        return Native.Munmap(address, length);
    }

    public int Read(int fd, Span<byte> buffer) => throw Unexpected(nameof(Read));

    public int Write(int fd, ReadOnlySpan<byte> buffer) => throw Unexpected(nameof(Write));

    public int EventFd(uint initialValue, EventFdFlags flags) => throw Unexpected(nameof(EventFd));

    public int MemfdCreate(string name, MemfdFlags flags) => throw Unexpected(nameof(MemfdCreate));

    public int Ftruncate(int fd, long length) => throw Unexpected(nameof(Ftruncate));

    public int Fallocate(int fd, FallocateMode mode, long offset, long length) => throw Unexpected(nameof(Fallocate));

    public int CurrentThreadId() => Native.CurrentThreadId();

    private int Run()
    {
        RunEntered.Set();
        if (HoldRuns)
        {
            RunReleased.Wait(TimeSpan.FromSeconds(10));
        }

        return 0;
    }

    public int InterruptThread(int threadId)
    {
        InterruptEntered.Set();
        return InterruptReleased.Wait(TimeSpan.FromSeconds(10)) ? 0 : -Errno.ETIMEDOUT;
    }

    public void Dispose()
    {
        InterruptReleased.Set();
        InterruptEntered.Dispose();
        InterruptReleased.Dispose();
    }

    // The vCPU scenario makes none of these calls: one that does is a test failure, not a kernel answer.
    private static NotSupportedException Unexpected(string call) => new($"{nameof(KickGateKernel)} does not expect {call}.");
}
