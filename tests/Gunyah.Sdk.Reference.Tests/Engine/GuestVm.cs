using Gunyah.Sdk.Reference.Tests.Assembled;
using Gunyah.Sdk.Vmm;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>
/// A started VM whose vCPU 0 boots a guest image, through the typed SDK. L23 lends all of RAM at START and boots at
/// its start. L24 maps only the devicetree's parcel at START (the rest is demand-paged), so there the image sits in
/// that parcel after the devicetree and the boot PC names it; the parcel covers the image's whole footprint.
/// </summary>
internal sealed class GuestVm : IDisposable
{
    /// <summary>Where the image sits after the devicetree in the L24 parcel.</summary>
    public const ulong ImageInParcel = 0x8000;

    private readonly GunyahDevice device;
    private readonly IDisposable memory;

    /// <summary>A VM booting a position-independent <paramref name="image"/> that uses no memory past its end, with
    /// <paramref name="vcpus"/> vCPUs, the test's own devicetree if given, and <paramref name="functions"/> (irqfds,
    /// ioeventfds) added before START.</summary>
    public GuestVm(ReferenceHost host, byte[] image, int vcpus = 1, byte[]? deviceTree = null, Action<GunyahVm>? functions = null)
        : this(host, _ => (image, (ulong)image.Length), vcpus, deviceTree, functions)
    {
    }

    /// <summary>A VM booting the image <paramref name="imageAt"/> gives for the address it will run at (a guest linked
    /// there), with its footprint: the bytes from that address it uses, the image and whatever it clears or stacks.</summary>
    public GuestVm(ReferenceHost host, Func<ulong, (byte[] Image, ulong Footprint)> imageAt, int vcpus = 1, byte[]? deviceTree = null, Action<GunyahVm>? functions = null)
    {
        ArgumentNullException.ThrowIfNull(imageAt);
        var dtb = deviceTree ?? AssembledVm.Dtb(vcpus);
        if (dtb.Length >= (int)ImageInParcel)
            throw new InvalidOperationException("The devicetree overlaps the image.");
        device = host.OpenDevice();
        Vm = device.CreateVm();
        var l24 = Vm.Capabilities.HasFlag(VmCapabilities.BootContext);
        ImageAddress = AssembledVm.Base + (l24 ? AssembledVm.DtbOffset + ImageInParcel : 0);
        var (image, footprint) = imageAt(ImageAddress);
        footprint = Math.Max(footprint, (ulong)image.Length);
        var limit = l24 ? AssembledVm.RamSize : AssembledVm.DtbOffset; // L23: below the devicetree.
        if (ImageAddress - AssembledVm.Base + footprint > limit)
            throw new InvalidOperationException($"The image's footprint ({footprint} bytes at {ImageAddress:X}) does not fit.");
        memory = AssembledVm.GiveMemory(device, Vm, dtb, image, ImageAddress - AssembledVm.Base);
        var parcel = l24 ? Math.Min(ImageInParcel + footprint + 4096, AssembledVm.RamSize - AssembledVm.DtbOffset) : (ulong)dtb.Length + 4096;
        Vm.SetDeviceTree(AssembledVm.Base + AssembledVm.DtbOffset, parcel);
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
