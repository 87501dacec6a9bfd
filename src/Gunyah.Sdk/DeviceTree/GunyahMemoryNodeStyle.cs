namespace Gunyah.Sdk.DeviceTree;

/// <summary>How the builder writes the VM's RAM node.</summary>
public enum GunyahMemoryNodeStyle
{
    /// <summary>
    /// <c>memory@&lt;base&gt;</c> with <c>device_type</c> and <c>reg</c>: the conventional form, clean under dtc's
    /// checks. The 12/2023 Resource Manager refuses memory nodes not named exactly <c>/memory</c>.
    /// </summary>
    UnitAddress,

    /// <summary>
    /// <c>/memory</c>, the only memory node the 12/2023 Resource Manager accepts (it replaces it in its overlay);
    /// dtc warns that a node with <c>reg</c> has no unit address.
    /// </summary>
    Plain,

    /// <summary>No memory node (as in the kernel's sample_vm.dts): the RM's overlay supplies one.</summary>
    None,
}
