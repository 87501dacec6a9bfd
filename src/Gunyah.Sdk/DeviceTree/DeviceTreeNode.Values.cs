namespace Gunyah.Sdk.DeviceTree;

// Typed shortcuts over SetProperty, and the reg helpers that follow the parent's cell widths.
public sealed partial class DeviceTreeNode
{
    /// <summary>Sets an empty (boolean) property; returns this node.</summary>
    public DeviceTreeNode SetEmpty(string name) => SetProperty(DeviceTreeProperty.Empty(name));

    /// <summary>Sets a one-cell property; returns this node.</summary>
    public DeviceTreeNode SetU32(string name, uint value) => SetProperty(DeviceTreeProperty.U32(name, value));

    /// <summary>Sets a one-cell property holding a signed number; returns this node.</summary>
    public DeviceTreeNode SetInt32(string name, int value) => SetProperty(DeviceTreeProperty.Int32(name, value));

    /// <summary>Sets a two-cell property; returns this node.</summary>
    public DeviceTreeNode SetU64(string name, ulong value) => SetProperty(DeviceTreeProperty.U64(name, value));

    /// <summary>Sets a cell-array property; returns this node.</summary>
    public DeviceTreeNode SetCells(string name, params ReadOnlySpan<uint> cells) => SetProperty(DeviceTreeProperty.Cells(name, cells));

    /// <summary>Sets a string property; returns this node.</summary>
    public DeviceTreeNode SetString(string name, string value) => SetProperty(DeviceTreeProperty.String(name, value));

    /// <summary>Sets a string-list property; returns this node.</summary>
    public DeviceTreeNode SetStringList(string name, params ReadOnlySpan<string> values) => SetProperty(DeviceTreeProperty.StringList(name, values));

    /// <summary>Sets a raw-bytes property; returns this node.</summary>
    public DeviceTreeNode SetBytes(string name, ReadOnlySpan<byte> value) => SetProperty(DeviceTreeProperty.Bytes(name, value));

    /// <summary>Sets a one-cell phandle reference to <paramref name="target"/>; returns this node.</summary>
    public DeviceTreeNode SetReference(string name, DeviceTreeNode target) => SetProperty(DeviceTreeProperty.Reference(name, target));

    /// <summary>Sets cells mixing numbers and phandle references; returns this node.</summary>
    public DeviceTreeNode SetCellsWithReferences(string name, params ReadOnlySpan<DeviceTreeCell> cells) =>
        SetProperty(DeviceTreeProperty.CellsWithReferences(name, cells));

    /// <summary>This node's <c>#address-cells</c>: the width of its children's addresses (2 when absent).</summary>
    /// <exception cref="DeviceTreeFormatException">The property is not one cell.</exception>
    public int AddressCells => CellCount(Fdt.AddressCellsProperty, Fdt.DefaultAddressCells);

    /// <summary>This node's <c>#size-cells</c>: the width of its children's sizes (1 when absent).</summary>
    /// <exception cref="DeviceTreeFormatException">The property is not one cell.</exception>
    public int SizeCells => CellCount(Fdt.SizeCellsProperty, Fdt.DefaultSizeCells);

    /// <summary>Sets <c>#address-cells</c> and <c>#size-cells</c> for this node's children; returns this node.</summary>
    public DeviceTreeNode SetCellSizes(uint addressCells, uint sizeCells) =>
        SetU32(Fdt.AddressCellsProperty, addressCells).SetU32(Fdt.SizeCellsProperty, sizeCells);

    /// <summary>
    /// Sets <c>reg</c> from (address, size) pairs encoded in the parent's #address-cells and #size-cells (a
    /// detached or root node uses the defaults 2 and 1); returns this node.
    /// </summary>
    /// <exception cref="InvalidOperationException">The parent's cell widths are not 0, 1 or 2 (use <see cref="SetCells"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value does not fit its cells.</exception>
    public DeviceTreeNode SetReg(params ReadOnlySpan<DeviceTreeRegion> regions)
    {
        var (addressCells, sizeCells) = ParentCellSizes();
        if (addressCells > 2 || sizeCells > 2)
            throw new InvalidOperationException($"reg helpers cover 0 to 2 cells; {Parent?.Path} uses {addressCells} address and {sizeCells} size cells.");
        var entry = (addressCells + sizeCells) * 4;
        var bytes = new byte[regions.Length * entry];
        for (var i = 0; i < regions.Length; i++)
        {
            var (address, size) = (regions[i].Address, regions[i].Size);
            if (!PropertyValues.Fits(address, addressCells) || !PropertyValues.Fits(size, sizeCells))
                throw new ArgumentOutOfRangeException(nameof(regions), regions[i], $"Region {i} does not fit {addressCells} address and {sizeCells} size cells.");
            PropertyValues.WriteNumber(bytes.AsSpan(i * entry), address, addressCells);
            PropertyValues.WriteNumber(bytes.AsSpan(i * entry + addressCells * 4), size, sizeCells);
        }

        return SetProperty(new DeviceTreeProperty("reg", bytes));
    }

    /// <summary>Reads <c>reg</c> as (address, size) pairs in the parent's cell widths; empty when there is no reg.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not a whole number of entries, or the widths exceed 2 cells.</exception>
    public DeviceTreeRegion[] GetReg()
    {
        var reg = GetProperty("reg");
        if (reg is null)
            return [];
        var (addressCells, sizeCells) = ParentCellSizes();
        return PropertyValues.ReadRegions(reg.Value, addressCells, sizeCells, -1);
    }

    private (int AddressCells, int SizeCells) ParentCellSizes() =>
        Parent is null ? (Fdt.DefaultAddressCells, Fdt.DefaultSizeCells) : (Parent.AddressCells, Parent.SizeCells);

    private int CellCount(string name, int fallback)
    {
        var property = GetProperty(name);
        if (property is null)
            return fallback;
        var cells = property.AsU32();
        // No binding uses more than 4 cells; refusing larger counts keeps callers' size arithmetic from overflowing.
        if (cells > 4)
            throw new DeviceTreeFormatException(DeviceTreeFormatError.BadPropertyValue, -1, $"{Path}: {name} = {cells} is more than 4 cells");
        return (int)cells;
    }
}
