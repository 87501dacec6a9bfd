namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A node of the mutable tree model: a name (with its unit address, as in <c>cpu@1</c>), an ordered list of
/// properties and an ordered list of children, names unique within each list. Typed property setters and the
/// <c>reg</c> helpers are in the second part of this class.
/// </summary>
public sealed partial class DeviceTreeNode : INamed
{
    private readonly NamedList<DeviceTreeProperty> properties = new();
    private readonly NamedList<DeviceTreeNode> children = new();

    /// <summary>Creates a detached node, to be attached with <see cref="AddChild(DeviceTreeNode)"/>.</summary>
    /// <param name="name">1 to <see cref="Fdt.MaxNameLength"/> printable ASCII characters without '/'.</param>
    public DeviceTreeNode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        DeviceTreeNames.ValidateNodeName(name, nameof(name));
        Name = name;
    }

    private DeviceTreeNode()
    {
        Name = string.Empty;
        IsRoot = true;
    }

    /// <summary>The name including the unit address; empty for the root.</summary>
    public string Name { get; }

    /// <summary>The part of <see cref="Name"/> before '@'.</summary>
    public string BaseName => DeviceTreeNames.BaseName(Name).ToString();

    /// <summary>The part of <see cref="Name"/> after '@', or null when it has none.</summary>
    public string? UnitAddress => Name.IndexOf('@') is var at and >= 0 ? Name[(at + 1)..] : null;

    /// <summary>The parent node; null for the root and for detached nodes.</summary>
    public DeviceTreeNode? Parent { get; private set; }

    /// <summary>Whether this is a tree's root node.</summary>
    public bool IsRoot { get; }

    /// <summary>The properties, in order.</summary>
    public IReadOnlyList<DeviceTreeProperty> Properties => properties.Items;

    /// <summary>The children, in order.</summary>
    public IReadOnlyList<DeviceTreeNode> Children => children.Items;

    /// <summary>The absolute path ("/" for the root; relative to the topmost ancestor for detached nodes).</summary>
    public string Path
    {
        get
        {
            if (Parent is null)
                return IsRoot ? "/" : Name;
            var parentPath = Parent.Path;
            return parentPath == "/" ? "/" + Name : parentPath + "/" + Name;
        }
    }

    /// <summary>The number of ancestors (0 for the root).</summary>
    public int Depth
    {
        get
        {
            var depth = 0;
            for (var node = Parent; node is not null; node = node.Parent)
                depth++;
            return depth;
        }
    }

    /// <summary>The value of the <c>phandle</c> (or legacy <c>linux,phandle</c>) property, or null when there is none.</summary>
    public uint? Phandle
    {
        get
        {
            var property = GetProperty(Fdt.PhandleProperty) ?? GetProperty(Fdt.LegacyPhandleProperty);
            return property is { Length: 4 } ? property.AsU32() : null;
        }
    }

    /// <summary>Creates a child named <paramref name="name"/> at the end of the children.</summary>
    /// <exception cref="ArgumentException">The name is invalid or a child already has it.</exception>
    public DeviceTreeNode AddChild(string name) => AddChild(new DeviceTreeNode(name));

    /// <summary>Attaches a detached node at the end of the children and returns it.</summary>
    /// <exception cref="ArgumentException">The node already has a parent, is a root, is this node or one of its
    /// ancestors, or a child already has its name.</exception>
    public DeviceTreeNode AddChild(DeviceTreeNode child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Parent is not null || child.IsRoot)
            throw new ArgumentException($"Node {child.Name} is already part of a tree.", nameof(child));
        // A cycle would make every walk of the tree endless.
        for (var node = this; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, child))
                throw new ArgumentException("A node cannot become its own descendant.", nameof(child));
        }

        if (children.IndexOf(child.Name) >= 0)
            throw new ArgumentException($"Node {Path} already has a child named {child.Name}.", nameof(child));
        children.Add(child);
        child.Parent = this;
        return child;
    }

    /// <summary>Returns the child named <paramref name="name"/>, creating it at the end if there is none.</summary>
    public DeviceTreeNode GetOrAddChild(string name) => GetChild(name) ?? AddChild(name);

    /// <summary>The child with exactly this name, or null.</summary>
    public DeviceTreeNode? GetChild(string name) => children.IndexOf(name) is var i and >= 0 ? children[i] : null;

    /// <summary>
    /// The child this path component names: the exact name, or else (when <paramref name="component"/> has no unit
    /// address) the first child whose base name matches, as libfdt resolves paths.
    /// </summary>
    public DeviceTreeNode? FindChild(ReadOnlySpan<char> component)
    {
        var exact = GetChild(component.ToString());
        if (exact is not null || component.Contains('@'))
            return exact;
        foreach (var child in children.Items)
        {
            if (DeviceTreeNames.BaseName(child.Name).SequenceEqual(component))
                return child;
        }

        return null;
    }

    /// <summary>Detaches the child with this name; returns whether there was one.</summary>
    public bool RemoveChild(string name)
    {
        var i = children.IndexOf(name);
        if (i < 0)
            return false;
        children[i].Parent = null;
        children.RemoveAt(i);
        return true;
    }

    /// <summary>The property with this name, or null.</summary>
    public DeviceTreeProperty? GetProperty(string name) => properties.IndexOf(name) is var i and >= 0 ? properties[i] : null;

    /// <summary>Whether a property with this name exists.</summary>
    public bool HasProperty(string name) => properties.IndexOf(name) >= 0;

    /// <summary>Replaces the property with the same name in place, or appends it; returns this node.</summary>
    public DeviceTreeNode SetProperty(DeviceTreeProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var i = properties.IndexOf(property.Name);
        if (i >= 0)
            properties.Replace(i, property);
        else
            properties.Add(property);
        return this;
    }

    /// <summary>Removes the property with this name; returns whether there was one.</summary>
    public bool RemoveProperty(string name)
    {
        var i = properties.IndexOf(name);
        if (i < 0)
            return false;
        properties.RemoveAt(i);
        return true;
    }

    /// <summary>Sets the <c>phandle</c> property; returns this node.</summary>
    public DeviceTreeNode SetPhandle(uint phandle)
    {
        // 0 and 0xffffffff are reserved: bindings use them to mean "no node".
        if (phandle is 0 or uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(phandle), phandle, "Phandles 0 and 0xffffffff are reserved.");
        return SetProperty(DeviceTreeProperty.U32(Fdt.PhandleProperty, phandle));
    }

    /// <inheritdoc />
    public override string ToString() => Path;

    /// <summary>The properties for allocation-free indexed loops (no interface enumerator).</summary>
    internal NamedList<DeviceTreeProperty> PropertyItems => properties;

    /// <summary>The children for allocation-free indexed loops.</summary>
    internal NamedList<DeviceTreeNode> ChildItems => children;

    /// <summary>Creates a tree's root node.</summary>
    internal static DeviceTreeNode CreateRoot() => new();

    /// <summary>Appends a child the reader validated (valid, unique name; fresh node).</summary>
    internal void AddParsedChild(DeviceTreeNode child)
    {
        children.Add(child);
        child.Parent = this;
    }

    /// <summary>Appends a property the reader validated (valid, unique name).</summary>
    internal void AddParsedProperty(DeviceTreeProperty property) => properties.Add(property);
}
