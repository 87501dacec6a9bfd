using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Kernel.Handles;
using Gunyah.Sdk.Kernel.Native;

namespace Gunyah.Benchmarks.Kernel;

/// <summary>
/// A trivial, successful ioctl through the native seam against the same ioctl from C (ioctl_loop.c, in the
/// "C median" column, measured in the same session): FIONBIO with a pointer to 1 on a non-blocking eventfd (the
/// kernel reads the int and sets a flag that is already set). Target: ≤ 1.15× C, and no allocation.
/// </summary>
/// <remarks>Each benchmark process also runs the C loop in its GlobalSetup and logs the line, so the log shows the
/// C figure next to each C# measurement.</remarks>
[MemoryDiagnoser]
[Config(typeof(CBaselineConfig))]
public class IoctlBenchmarks
{
    /// <summary>FIONBIO on x86-64 and arm64 (asm-generic/ioctls.h).</summary>
    private const uint Fionbio = 0x5421;

    private readonly LinuxKernel kernel = LinuxKernel.Instance;
    private EventFdHandle handle = null!;
    private int fd;
    private nint nonBlocking;

    [GlobalSetup]
    public void Setup()
    {
        fd = kernel.EventFd(0, EventFdFlags.NonBlocking | EventFdFlags.CloseOnExec);
        if (fd < 0)
        {
            throw new InvalidOperationException($"eventfd returned {fd}");
        }

        handle = new EventFdHandle(kernel, fd);
        nonBlocking = Marshal.AllocHGlobal(sizeof(int));
        Marshal.WriteInt32(nonBlocking, 1);
        if (Seam() != 0 || KernelFileHandle() != 0)
        {
            throw new InvalidOperationException("FIONBIO on the eventfd did not succeed");
        }

        Console.WriteLine($"// {CIoctlBaseline.Measure().Report}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        handle.Dispose();
        Marshal.FreeHGlobal(nonBlocking);
    }

    /// <summary>(a) The raw seam: LinuxKernel.Ioctl with the fd number.</summary>
    [Benchmark(Baseline = true)]
    public int Seam() => kernel.Ioctl(fd, Fionbio, nonBlocking);

    /// <summary>(b) Through the fd's SafeHandle, as the typed clients call it: AddRef, IKernel.Ioctl, Release.</summary>
    [Benchmark]
    public int KernelFileHandle() => handle.Ioctl(Fionbio, nonBlocking);
}
