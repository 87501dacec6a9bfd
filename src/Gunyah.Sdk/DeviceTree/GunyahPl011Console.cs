namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// An emulated ARM PL011 UART for the VM's console, served by the VMM over MMIO: a <c>pl011@address</c> node
/// (compatible <c>arm,pl011</c>, <c>arm,primecell</c>) with the fixed <c>apb-pclk</c> clock the PrimeCell bus
/// needs, an alias <c>serial0</c>, and optionally <c>/chosen/stdout-path</c>. The defaults are QEMU virt's.
/// </summary>
public sealed class GunyahPl011Console
{
    /// <summary>The MMIO base address (default 0x9000000).</summary>
    public ulong BaseAddress { get; init; } = 0x0900_0000;

    /// <summary>The MMIO window's size (default 4 KiB, one PL011 register page).</summary>
    public ulong Size { get; init; } = 0x1000;

    /// <summary>The UART's interrupt (default SPI 1, active-high level).</summary>
    public GicInterrupt Interrupt { get; init; } = GicInterrupt.Spi(1, GicInterrupt.LevelHigh);

    /// <summary>The UART and bus clock's frequency in Hz (default 24 MHz).</summary>
    public uint ClockFrequency { get; init; } = 24_000_000;

    /// <summary>Whether /chosen/stdout-path points at the UART (default true).</summary>
    public bool IsStdout { get; init; } = true;

    /// <summary>Options appended to stdout-path after ':' (e.g. "115200n8"), or null.</summary>
    public string? StdoutOptions { get; init; }

    /// <summary>Adds the clock and the UART under <paramref name="root"/>; returns the UART node.</summary>
    internal DeviceTreeNode AddTo(DeviceTreeNode root)
    {
        var clock = root.AddChild("apb-pclk")
            .SetString("compatible", "fixed-clock")
            .SetU32("#clock-cells", 0)
            .SetU32("clock-frequency", ClockFrequency);
        var uart = root.AddChild($"pl011@{BaseAddress:x}")
            .SetStringList("compatible", "arm,pl011", "arm,primecell")
            .SetReg(new DeviceTreeRegion(BaseAddress, Size));
        GicInterrupt.SetInterrupts(uart, Interrupt);
        // The PL011 binding names two clocks: the UART's reference clock and the APB bus clock.
        uart.SetCellsWithReferences("clocks", clock, clock)
            .SetStringList("clock-names", "uartclk", "apb_pclk");
        return uart;
    }
}
