using System.Buffers;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A whole devicetree: the root node, the memory reservation list and the boot CPU, with the FDT writer and
/// reader behind <see cref="ToArray"/>, <see cref="WriteTo(Span{byte})"/> and <see cref="Parse"/>.
/// </summary>
/// <remarks>Called a document (as an XML document holds its root element) so that it does not share its namespace's name.</remarks>
public sealed class DeviceTreeDocument
{
    // Serialization goes through a per-thread writer so that repeated calls reuse its string table and scratch
    // space instead of allocating them again.
    [ThreadStatic]
    private static FdtWriter? sharedWriter;

    /// <summary>Creates an empty tree: a root with no properties, no reservations, boot CPU 0.</summary>
    public DeviceTreeDocument()
    {
        Root = DeviceTreeNode.CreateRoot();
    }

    /// <summary>The root node ("/").</summary>
    public DeviceTreeNode Root { get; }

    /// <summary>The memory reservation block's entries, in order (without the terminating (0, 0)).</summary>
    public IList<MemoryReservation> MemoryReservations { get; } = new List<MemoryReservation>();

    /// <summary>The header's boot_cpuid_phys: the physical ID of the CPU that boots.</summary>
    public uint BootCpuIdPhys { get; set; }

    private static FdtWriter Writer => sharedWriter ??= new FdtWriter();

    /// <summary>Reads a blob into a new tree.</summary>
    /// <exception cref="DeviceTreeFormatException">The blob is malformed (whatever the fault).</exception>
    public static DeviceTreeDocument Parse(ReadOnlySpan<byte> blob) => FdtTreeReader.Read(blob);

    /// <summary>
    /// The node at <paramref name="path"/> ("/cpus/cpu@0"; a component without unit address also matches the first
    /// child with that base name; a path not starting with '/' starts with an alias from /aliases), or null.
    /// </summary>
    public DeviceTreeNode? FindNode(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            var (alias, rest) = DeviceTreePath.SplitAlias(path);
            var target = Root.GetChild("aliases")?.GetProperty(alias);
            if (target is null || !TryReadPath(target, out var aliasPath) || !aliasPath.StartsWith('/'))
                return null;
            path = aliasPath + rest;
        }

        var node = Root;
        var position = 0;
        while (node is not null && DeviceTreePath.NextComponent(path, ref position, out var component))
            node = node.FindChild(component);
        return node;
    }

    /// <summary>
    /// Gives every node that a phandle reference points at and that has no phandle the lowest unused number
    /// (in document order of first reference, as dtc does), then writes the phandles into the referring cells.
    /// Serialization runs this itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">A reference points at a node outside this tree.</exception>
    public void AssignPhandles() => PhandleAssigner.Assign(this);

    /// <summary>The serialized size in bytes (runs <see cref="AssignPhandles"/>).</summary>
    /// <exception cref="InvalidOperationException">The tree cannot be serialized (see <see cref="FdtWriter.Measure"/>).</exception>
    public int GetBlobSize() => Writer.Measure(this);

    /// <summary>Serializes into <paramref name="destination"/> and returns the byte count.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="GetBlobSize"/>.</exception>
    /// <exception cref="InvalidOperationException">The tree cannot be serialized.</exception>
    public int WriteTo(Span<byte> destination) => Writer.Write(this, destination);

    /// <summary>Serializes into <paramref name="output"/> (one GetSpan and one Advance) and returns the byte count.</summary>
    public int WriteTo(IBufferWriter<byte> output) => Writer.Write(this, output);

    /// <summary>Serializes into a new array.</summary>
    public byte[] ToArray() => Writer.ToArray(this);

    /// <summary>/chosen, created (at the end of the root's children) if missing.</summary>
    public DeviceTreeChosen GetOrAddChosen() => new(Root.GetOrAddChild("chosen"), this);

    /// <summary>Whether both trees have the same reservations, boot CPU, and nodes with the same properties and bytes in the same order.</summary>
    public bool ContentEquals(DeviceTreeDocument other) => FindFirstDifference(other) is null;

    /// <summary>A description of the first difference from <paramref name="other"/> (as in <see cref="ContentEquals"/>), or null.</summary>
    public string? FindFirstDifference(DeviceTreeDocument other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return DeviceTreeComparer.FirstDifference(this, other);
    }

    private static bool TryReadPath(DeviceTreeProperty property, out string path)
    {
        var value = property.Value;
        if (value.Length == 0 || value[^1] != 0 || value[..^1].Contains((byte)0))
        {
            path = string.Empty;
            return false;
        }

        path = property.AsString();
        return true;
    }
}
