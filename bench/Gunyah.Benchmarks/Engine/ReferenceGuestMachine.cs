using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.Reference.Engine;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Benchmarks.Engine;

/// <summary>
/// A started android14-6.1 reference machine (RAM lent at START, boot at its start) with the A64 engine, booting
/// <c>image</c> at <see cref="Base"/> with the devicetree at +64 KiB; the benchmarks drive <see cref="Vcpu"/>.
/// </summary>
internal sealed class ReferenceGuestMachine : IAsyncDisposable
{
    public const ulong Base = 0x8000_0000;
    public const ulong RamSize = 0x20_0000;
    public const ulong DtbOffset = 0x1_0000;

    private readonly ReferenceHost host;
    private readonly GunyahDevice device;
    private readonly GuestMemory ram;
    private readonly GunyahVm vm;
    private A64VcpuEngine? engine;

    public ReferenceGuestMachine(byte[] image)
    {
        host = ReferenceHost.Start(AbiProfiles.Android14, (_, index) => engine = new A64VcpuEngine((int)index));
        device = host.OpenDevice();
        ram = device.AllocateGuestMemory(Base, RamSize);
        var dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = Base, MemorySize = RamSize }).Build().ToArray();
        ram.Write(Base + DtbOffset, dtb);
        ram.Write(Base, image);
        vm = device.CreateVm();
        vm.AddUserMemory(0, ram);
        vm.SetDeviceTree(Base + DtbOffset, (ulong)dtb.Length + 4096);
        Vcpu = vm.AddVcpu(0);
        vm.Start();
    }

    public GunyahVcpu Vcpu { get; }

    /// <summary>The vCPU's engine (its instruction counters), made when the VM started.</summary>
    public A64VcpuEngine Engine => engine ?? throw new InvalidOperationException("The VM made no vCPU engine.");

    public async ValueTask DisposeAsync()
    {
        Vcpu.Dispose();
        vm.Dispose();
        ram.Dispose();
        device.Dispose();
        await host.DisposeAsync();
    }
}
