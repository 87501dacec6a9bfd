using Gunyah.Sdk.Reference.Tests.Assembled;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// A started VM whose vCPU 0 boots a position-independent guest image, through the typed SDK. L23 lends all of RAM
/// at START and boots at its start. L24 maps only the devicetree's parcel at START (the rest is demand-paged), so
/// there the image sits in that parcel after the devicetree and the boot PC names it.
/// </summary>
internal sealed class GuestVm : IDisposable
{
    /// <summary>Where the image sits after the devicetree in the L24 parcel.</summary>
    public const ulong ImageInParcel = 0x8000;

    private readonly GunyahDevice device;
    private readonly IDisposable memory;

    public GuestVm(ReferenceHost host, byte[] image, int vcpus = 1, byte[]? deviceTree = null, Action<GunyahVm>? functions = null)
    {
        var dtb = deviceTree ?? AssembledVm.Dtb(vcpus);
        if (dtb.Length >= (int)ImageInParcel)
            throw new InvalidOperationException("The devicetree overlaps the image.");
        device = host.OpenDevice();
        Vm = device.CreateVm();
        var l24 = Vm.Capabilities.HasFlag(VmCapabilities.BootContext);
        ImageAddress = AssembledVm.Base + (l24 ? AssembledVm.DtbOffset + ImageInParcel : 0);
        memory = AssembledVm.GiveMemory(device, Vm, dtb, image, ImageAddress - AssembledVm.Base);
        Vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, (l24 ? ImageInParcel + (ulong)image.Length : (ulong)dtb.Length) + 4096);
        if (l24)
            Vm.SetBootRegister(BootRegister.Pc, ImageAddress);
        Vcpus = [.. Enumerable.Range(0, vcpus).Select(i => Vm.AddVcpu((uint)i))];
        functions?.Invoke(Vm); // Other functions (irqfds, ioeventfds) the test adds before START.
        Vm.Start();
    }

    public GunyahVm Vm { get; }

    /// <summary>vCPU 0, the one that boots.</summary>
    public GunyahVcpu Vcpu => Vcpus[0];

    /// <summary>Every vCPU, by index; the others start powered off (PSCI CPU_ON starts them).</summary>
    public IReadOnlyList<GunyahVcpu> Vcpus { get; }

    /// <summary>Where the image runs.</summary>
    public ulong ImageAddress { get; }

    public void Dispose()
    {
        foreach (var vcpu in Vcpus)
            vcpu.Dispose();
        Vm.Dispose();
        memory.Dispose();
        device.Dispose();
    }
}
