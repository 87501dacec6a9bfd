namespace Gunyah.SampleVmm;

/// <summary>
/// What the VMM runs: the kernel sample's options (image, devicetree, ramdisk, RAM base and size, and where each
/// file goes in RAM) plus the target and the number of vCPUs. Offsets are from the RAM base.
/// </summary>
internal sealed record VmmSettings
{
    /// <summary>The sample's default RAM base.</summary>
    public const ulong DefaultBase = 0x8000_0000;

    /// <summary>The sample's default RAM size (100 MiB).</summary>
    public const ulong DefaultSize = 0x640_0000;

    /// <summary>The sample's default devicetree offset.</summary>
    public const ulong DefaultDtbOffset = 0x45F_0000;

    /// <summary>The sample's default ramdisk offset.</summary>
    public const ulong DefaultRamdiskOffset = 0x460_0000;

    /// <summary>The image file; null when a built-in guest (<see cref="HoldingCell"/>) runs instead.</summary>
    public FileInfo? Image { get; init; }

    /// <summary>Run the toolkit's holding-cell guest, scripted to print a greeting and power off.</summary>
    public bool HoldingCell { get; init; }

    public FileInfo? DeviceTree { get; init; }

    public FileInfo? Ramdisk { get; init; }

    public ulong Base { get; init; } = DefaultBase;

    public ulong Size { get; init; } = DefaultSize;

    public ulong ImageOffset { get; init; }

    public ulong DtbOffset { get; init; } = DefaultDtbOffset;

    public ulong RamdiskOffset { get; init; } = DefaultRamdiskOffset;

    public int VcpuCount { get; init; } = 1;

    /// <summary>"reference" (in process) or "device".</summary>
    public string Target { get; init; } = "reference";

    /// <summary>The device node for the device target.</summary>
    public string DevicePath { get; init; } = "/dev/gunyah";

    /// <summary>The ABI generation (reference: required; device: detected when null).</summary>
    public string? Profile { get; init; }

    /// <summary>The devicetree's kernel command line when the VMM builds it.</summary>
    public string? BootArgs { get; init; }

    /// <summary>How long to run before giving up (null: until the VM exits).</summary>
    public TimeSpan? Timeout { get; init; }
}
