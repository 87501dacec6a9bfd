using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.GuestToolkit;

namespace Gunyah.SampleVmm;

/// <summary>
/// The files the VM boots from and where they go in RAM: the image at its offset, the devicetree (the given file,
/// or one this VMM builds: the RAM, the vCPUs, the PL011 console as stdout, the ramdisk as initrd, the boot
/// arguments) at its offset, the ramdisk at its. Each must fit inside RAM — the kernel sample's ramdisk check is
/// inverted (it only runs without a ramdisk); here it runs when there is one.
/// </summary>
internal sealed class GuestLayout
{
    private GuestLayout(VmmSettings settings, byte[] image, byte[] deviceTree, byte[]? ramdisk)
    {
        Settings = settings;
        Image = image;
        DeviceTree = deviceTree;
        Ramdisk = ramdisk;
    }

    public VmmSettings Settings { get; }

    public byte[] Image { get; }

    public byte[] DeviceTree { get; }

    public byte[]? Ramdisk { get; }

    /// <summary>Reads the files and checks the layout.</summary>
    /// <exception cref="ArgumentException">Something does not fit in RAM, or the options are inconsistent.</exception>
    public static GuestLayout Check(VmmSettings settings)
    {
        if (settings.VcpuCount is < 1 or > GunyahVmDeviceTreeOptions.MaxVcpus)
        {
            throw new ArgumentException($"--vcpus must be 1..{GunyahVmDeviceTreeOptions.MaxVcpus}");
        }

        if (settings.Size == 0 || settings.Base + settings.Size < settings.Base || (settings.Base | settings.Size) % 0x1000 != 0)
        {
            throw new ArgumentException($"RAM 0x{settings.Base:x}+0x{settings.Size:x} must be page-aligned, non-empty and not wrap");
        }

        var image = settings.Image is { } file ? File.ReadAllBytes(file.FullName) : HoldingCellGuest.Build(settings.Base + settings.ImageOffset);
        var ramdisk = settings.Ramdisk is { } r ? File.ReadAllBytes(r.FullName) : null;
        Fits("image", settings.ImageOffset, image.Length, settings.Size);
        if (ramdisk is not null)
        {
            Fits("ramdisk", settings.RamdiskOffset, ramdisk.Length, settings.Size);
        }

        var deviceTree = settings.DeviceTree is { } d ? File.ReadAllBytes(d.FullName) : Build(settings, ramdisk);
        Fits("devicetree", settings.DtbOffset, deviceTree.Length, settings.Size);
        Disjoint("image", settings.ImageOffset, image.Length, "devicetree", settings.DtbOffset, deviceTree.Length);
        if (ramdisk is not null)
        {
            Disjoint("image", settings.ImageOffset, image.Length, "ramdisk", settings.RamdiskOffset, ramdisk.Length);
            Disjoint("devicetree", settings.DtbOffset, deviceTree.Length, "ramdisk", settings.RamdiskOffset, ramdisk.Length);
        }

        return new GuestLayout(settings, image, deviceTree, ramdisk);
    }

    /// <summary>Copies the files into <paramref name="ram"/> (the whole RAM, from its base).</summary>
    public void CopyTo(Span<byte> ram)
    {
        Image.CopyTo(ram[(int)Settings.ImageOffset..]);
        DeviceTree.CopyTo(ram[(int)Settings.DtbOffset..]);
        Ramdisk?.CopyTo(ram[(int)Settings.RamdiskOffset..]);
    }

    private static byte[] Build(VmmSettings settings, byte[]? ramdisk) =>
        new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions
        {
            MemoryBase = settings.Base,
            MemorySize = settings.Size,
            VcpuCount = settings.VcpuCount,
            Console = SampleVmm.Console,
            BootArgs = settings.BootArgs,
            Initrd = ramdisk is null ? null : new DeviceTreeRegion(settings.Base + settings.RamdiskOffset, (ulong)ramdisk.Length),
        }).Build().ToArray();

    private static void Fits(string what, ulong offset, int length, ulong size)
    {
        if (offset > size || (ulong)length > size - offset || offset > int.MaxValue)
        {
            throw new ArgumentException($"the {what} (0x{length:x} bytes at offset 0x{offset:x}) does not fit in 0x{size:x} bytes of RAM");
        }
    }

    private static void Disjoint(string first, ulong firstOffset, int firstLength, string second, ulong secondOffset, int secondLength)
    {
        if (firstOffset < secondOffset + (ulong)secondLength && secondOffset < firstOffset + (ulong)firstLength)
        {
            throw new ArgumentException($"the {first} and the {second} overlap in RAM");
        }
    }
}
