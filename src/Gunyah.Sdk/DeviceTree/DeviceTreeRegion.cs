namespace Gunyah.Sdk.DeviceTree;

/// <summary>One (address, size) pair of a <c>reg</c> property, in the cell widths of the node's parent.</summary>
/// <param name="Address">Start address in the parent's address space.</param>
/// <param name="Size">Length in bytes (ignored when the parent's #size-cells is 0).</param>
public readonly record struct DeviceTreeRegion(ulong Address, ulong Size);
