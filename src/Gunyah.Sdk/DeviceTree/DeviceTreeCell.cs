namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// One cell of a cell array that may hold a phandle reference to a node, the model's counterpart of dts's
/// <c>&lt;&amp;label 1 2&gt;</c>. Numbers and nodes convert implicitly, so
/// <c>DeviceTreeProperty.CellsWithReferences("clocks", [clock, clock])</c> reads like the source.
/// </summary>
public readonly struct DeviceTreeCell
{
    private DeviceTreeCell(uint value, DeviceTreeNode? target)
    {
        Value = value;
        Target = target;
    }

    /// <summary>The number, when <see cref="Target"/> is null.</summary>
    public uint Value { get; }

    /// <summary>The node whose phandle this cell holds once phandles are resolved, or null for a plain number.</summary>
    public DeviceTreeNode? Target { get; }

    /// <summary>A cell holding a plain number.</summary>
    public static implicit operator DeviceTreeCell(uint value) => new(value, null);

    /// <summary>A cell holding <paramref name="target"/>'s phandle.</summary>
    public static implicit operator DeviceTreeCell(DeviceTreeNode target) => Reference(target);

    /// <summary>A cell holding <paramref name="target"/>'s phandle (assigned at serialization if it has none).</summary>
    public static DeviceTreeCell Reference(DeviceTreeNode target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new DeviceTreeCell(0, target);
    }
}
