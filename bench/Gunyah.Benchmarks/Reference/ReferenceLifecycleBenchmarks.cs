using BenchmarkDotNet.Attributes;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.ResourceManager.Client;
using Gunyah.Sdk.ResourceManager.Protocol;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Benchmarks.Reference;

/// <summary>
/// The reference machine in process. Lifecycle: the typed SDK creates a VM on the android14-6.1 driver, gives it
/// one 2 MiB user region holding its devicetree, adds a vCPU, starts it (the driver's whole START sequence to the
/// RM over hypervisor message queues) and closes it (the whole teardown). RmRoundTrip: one VM_GET_VMID from the
/// host to the RM and back over the hypervisor queues.
/// </summary>
[MemoryDiagnoser]
public class ReferenceLifecycleBenchmarks
{
    private const ulong Base = 0x8000_0000;
    private const ulong RamSize = 0x20_0000;
    private const ulong DtbOffset = 0x1_0000;

    private ReferenceHost host = null!;
    private GunyahDevice device = null!;
    private GuestMemory ram = null!;
    private ulong dtbSize;
    private ReferenceSystem system = null!;
    private RmClient rm = null!;
    private GhRmClient rmClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = ReferenceHost.Start(AbiProfiles.Android14);
        device = host.OpenDevice();
        ram = device.AllocateGuestMemory(Base, RamSize);
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = Base, MemorySize = RamSize }).Build().ToArray();
        ram.Write(Base + DtbOffset, dtb);
        dtbSize = (ulong)dtb.Length + 0x1000;

        system = ReferenceSystem.Create();
        rm = new RmClient(system.HostRmQueues);
        rmClient = new GhRmClient(rm, rm);
        rm.Start();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        rmClient.Dispose();
        await rm.DisposeAsync();
        await system.DisposeAsync();
        ram.Dispose();
        device.Dispose();
        await host.DisposeAsync();
    }

    [Benchmark]
    public void Lifecycle()
    {
        using var vm = device.CreateVm();
        vm.AddUserMemory(0, ram);
        vm.SetDeviceTree(Base + DtbOffset, dtbSize);
        using var vcpu = vm.AddVcpu(0);
        vm.Start();
    }

    [Benchmark]
    public async Task<uint> RmRoundTrip() => (await rmClient.VmGetVmidAsync()).Vmid;
}
