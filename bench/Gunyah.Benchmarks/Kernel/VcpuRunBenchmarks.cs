using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Benchmarks.Kernel;

/// <summary>
/// The SDK's own cost per vCPU exit: <see cref="GunyahVcpu.Run"/> (the handle's AddRef/Release, the v17 ABI's
/// VCPU_RUN, the seam call) and decoding the MMIO exit from the run page, on <see cref="MmioExitKernel"/> (a fake
/// seam, so no system call). Public API only. Target: 0 B/op.
/// </summary>
[MemoryDiagnoser]
public class VcpuRunBenchmarks
{
    private MmioExitKernel kernel = null!;
    private GunyahDevice device = null!;
    private GunyahVm vm = null!;
    private GunyahVcpu vcpu = null!;

    [GlobalSetup]
    public void Setup()
    {
        kernel = new MmioExitKernel();
        device = GunyahDevice.Open(kernel, GunyahDevice.DefaultPath, AbiProfiles.V17);
        vm = device.CreateVm();
        vcpu = vm.AddVcpu(0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        vm.Dispose();
        device.Dispose();
        kernel.Dispose();
    }

    /// <summary>Run, then read the MMIO write's address and value and supply a read value, as an MMIO handler would.</summary>
    [Benchmark]
    public ulong RunAndDecodeMmioExit()
    {
        var exit = vcpu.Run();
        var mmio = exit.Mmio;
        var value = mmio.Address ^ mmio.Value;
        mmio.SetReadValue(value);
        return value + (ulong)mmio.Length;
    }
}
