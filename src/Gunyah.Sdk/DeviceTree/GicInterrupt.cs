namespace Gunyah.Sdk.DeviceTree;

/// <summary>The first cell of a GIC interrupt specifier.</summary>
public enum GicInterruptType : uint
{
    /// <summary>A shared peripheral interrupt; the number is INTID − 32.</summary>
    Spi = 0,

    /// <summary>A private (per-CPU) peripheral interrupt; the number is INTID − 16.</summary>
    Ppi = 1,
}

/// <summary>
/// A three-cell interrupt specifier of the <c>arm,gic-v3</c> binding (#interrupt-cells = 3): type, number, flags.
/// </summary>
public readonly record struct GicInterrupt
{
    /// <summary>Trigger flag: rising edge.</summary>
    public const uint EdgeRising = 0x1;

    /// <summary>Trigger flag: falling edge.</summary>
    public const uint EdgeFalling = 0x2;

    /// <summary>Trigger flag: active-high level.</summary>
    public const uint LevelHigh = 0x4;

    /// <summary>Trigger flag: active-low level.</summary>
    public const uint LevelLow = 0x8;

    private const uint MaxSpi = 987; // INTIDs 32..1019
    private const uint MaxPpi = 15;  // INTIDs 16..31

    private GicInterrupt(GicInterruptType type, uint number, uint flags)
    {
        Type = type;
        Number = number;
        Flags = flags;
    }

    /// <summary>SPI or PPI.</summary>
    public GicInterruptType Type { get; }

    /// <summary>The interrupt number within its type.</summary>
    public uint Number { get; }

    /// <summary>The flags cell: trigger type, and for PPIs the CPU mask in bits 15:8 where a binding asks for one.</summary>
    public uint Flags { get; }

    /// <summary>A shared peripheral interrupt, 0 ≤ <paramref name="number"/> ≤ 987.</summary>
    public static GicInterrupt Spi(uint number, uint flags = EdgeRising)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxSpi);
        return new GicInterrupt(GicInterruptType.Spi, number, flags);
    }

    /// <summary>A private peripheral interrupt, 0 ≤ <paramref name="number"/> ≤ 15.</summary>
    public static GicInterrupt Ppi(uint number, uint flags)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxPpi);
        return new GicInterrupt(GicInterruptType.Ppi, number, flags);
    }

    /// <summary>Sets <c>interrupts</c> on <paramref name="node"/> to these specifiers, in order.</summary>
    internal static void SetInterrupts(DeviceTreeNode node, params ReadOnlySpan<GicInterrupt> interrupts)
    {
        Span<uint> cells = stackalloc uint[interrupts.Length * 3];
        for (var i = 0; i < interrupts.Length; i++)
        {
            cells[i * 3] = (uint)interrupts[i].Type;
            cells[i * 3 + 1] = interrupts[i].Number;
            cells[i * 3 + 2] = interrupts[i].Flags;
        }

        node.SetCells("interrupts", cells);
    }
}
