namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Typed access to <c>/chosen</c>, the node where the boot program passes data to the kernel: the command line,
/// the initrd's location and the console. Obtained from <see cref="DeviceTreeDocument.GetOrAddChosen"/>.
/// </summary>
public readonly struct DeviceTreeChosen
{
    private const string BootArgsProperty = "bootargs";
    private const string StdoutPathProperty = "stdout-path";
    private const string InitrdStartProperty = "linux,initrd-start";
    private const string InitrdEndProperty = "linux,initrd-end";

    private readonly DeviceTreeDocument tree;

    internal DeviceTreeChosen(DeviceTreeNode node, DeviceTreeDocument tree)
    {
        Node = node;
        this.tree = tree;
    }

    /// <summary>The /chosen node itself.</summary>
    public DeviceTreeNode Node { get; }

    /// <summary>The kernel command line (<c>bootargs</c>); setting null removes it.</summary>
    /// <exception cref="DeviceTreeFormatException">On get: the value is not one string.</exception>
    public string? BootArgs
    {
        get => Node.GetProperty(BootArgsProperty)?.AsString();
        set => SetOrRemove(BootArgsProperty, value);
    }

    /// <summary>
    /// The console (<c>stdout-path</c>): a node path or alias, optionally followed by ':' and options such as
    /// "115200n8"; setting null removes it.
    /// </summary>
    /// <exception cref="DeviceTreeFormatException">On get: the value is not one string.</exception>
    public string? StdoutPath
    {
        get => Node.GetProperty(StdoutPathProperty)?.AsString();
        set => SetOrRemove(StdoutPathProperty, value);
    }

    /// <summary>Points <c>stdout-path</c> at <paramref name="console"/>, with optional options ("115200n8").</summary>
    public void SetStdout(DeviceTreeNode console, string? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        StdoutPath = options is null ? console.Path : console.Path + ":" + options;
    }

    /// <summary>
    /// Sets <c>linux,initrd-start</c> and <c>linux,initrd-end</c> (end exclusive), each as wide as the root's
    /// #address-cells says physical addresses are (Linux reads whatever width it finds; bootloaders follow the root).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">End precedes start, or an address does not fit the width.</exception>
    public void SetInitrd(ulong start, ulong end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var cells = tree.Root.AddressCells;
        if (cells is not (1 or 2))
            throw new InvalidOperationException($"The root's #address-cells is {cells}; initrd addresses need 1 or 2.");
        if (!PropertyValues.Fits(end, cells))
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The initrd does not fit {cells}-cell addresses.");
        Node.SetProperty(cells == 1 ? DeviceTreeProperty.U32(InitrdStartProperty, (uint)start) : DeviceTreeProperty.U64(InitrdStartProperty, start));
        Node.SetProperty(cells == 1 ? DeviceTreeProperty.U32(InitrdEndProperty, (uint)end) : DeviceTreeProperty.U64(InitrdEndProperty, end));
    }

    /// <summary>Reads the initrd range (1- or 2-cell values); false when either property is absent.</summary>
    /// <exception cref="DeviceTreeFormatException">A value is neither 4 nor 8 bytes long.</exception>
    public bool TryGetInitrd(out ulong start, out ulong end)
    {
        var startProperty = Node.GetProperty(InitrdStartProperty);
        var endProperty = Node.GetProperty(InitrdEndProperty);
        if (startProperty is null || endProperty is null)
        {
            (start, end) = (0, 0);
            return false;
        }

        start = PropertyValues.ReadNumber(startProperty.Value, -1);
        end = PropertyValues.ReadNumber(endProperty.Value, -1);
        return true;
    }

    /// <summary>Removes both initrd properties.</summary>
    public void ClearInitrd()
    {
        Node.RemoveProperty(InitrdStartProperty);
        Node.RemoveProperty(InitrdEndProperty);
    }

    private void SetOrRemove(string name, string? value)
    {
        if (value is null)
            Node.RemoveProperty(name);
        else
            Node.SetString(name, value);
    }
}
