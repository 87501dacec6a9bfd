using System.Buffers.Binary;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A named property: raw big-endian value bytes, built with the typed factories and read with the typed accessors.
/// A value built with <see cref="Reference"/> or <see cref="CellsWithReferences"/> also remembers which cells hold
/// which node's phandle; <see cref="DeviceTreeDocument.AssignPhandles"/> (run by every serialization) fills them in.
/// </summary>
public sealed class DeviceTreeProperty : INamed
{
    private readonly byte[] value;
    private readonly PhandleFixup[]? fixups;

    /// <summary>Creates a property with a copy of raw value bytes.</summary>
    /// <param name="name">1 to <see cref="Fdt.MaxNameLength"/> printable ASCII characters.</param>
    /// <param name="value">The value bytes, copied.</param>
    public DeviceTreeProperty(string name, ReadOnlySpan<byte> value)
        : this(name, value.ToArray(), null)
    {
    }

    private DeviceTreeProperty(string name, byte[] value, PhandleFixup[]? fixups)
    {
        ArgumentNullException.ThrowIfNull(name);
        DeviceTreeNames.ValidatePropertyName(name, nameof(name));
        Name = name;
        this.value = value;
        this.fixups = fixups;
    }

    /// <summary>The property name.</summary>
    public string Name { get; }

    /// <summary>The value bytes (with resolved phandles once <see cref="DeviceTreeDocument.AssignPhandles"/> has run).</summary>
    public ReadOnlySpan<byte> Value => value;

    /// <summary>The value bytes as memory, for callers that keep them past a stack frame.</summary>
    public ReadOnlyMemory<byte> ValueMemory => value;

    /// <summary>The value's length in bytes.</summary>
    public int Length => value.Length;

    /// <summary>Whether some cells hold phandle references to nodes.</summary>
    public bool HasReferences => fixups is not null;

    /// <summary>The nodes this property's cells refer to, in cell order (empty for plain values).</summary>
    public IEnumerable<DeviceTreeNode> ReferencedNodes => fixups?.Select(f => f.Target) ?? [];

    /// <summary>An empty (boolean) property such as <c>interrupt-controller;</c>.</summary>
    public static DeviceTreeProperty Empty(string name) => new(name, [], null);

    /// <summary>A one-cell value.</summary>
    public static DeviceTreeProperty U32(string name, uint value) => new(name, PropertyValues.U32(value), null);

    /// <summary>A one-cell value holding a signed number in two's complement (e.g. <c>sched-priority = &lt;(-1)&gt;</c>).</summary>
    public static DeviceTreeProperty Int32(string name, int value) => U32(name, unchecked((uint)value));

    /// <summary>A two-cell (64-bit) value.</summary>
    public static DeviceTreeProperty U64(string name, ulong value) => new(name, PropertyValues.U64(value), null);

    /// <summary>An array of cells.</summary>
    public static DeviceTreeProperty Cells(string name, params ReadOnlySpan<uint> cells) => new(name, PropertyValues.Cells(cells), null);

    /// <summary>One NUL-terminated UTF-8 string.</summary>
    public static DeviceTreeProperty String(string name, string value) => StringList(name, value);

    /// <summary>NUL-terminated UTF-8 strings back to back, such as a <c>compatible</c> list.</summary>
    public static DeviceTreeProperty StringList(string name, params ReadOnlySpan<string> values) =>
        new(name, PropertyValues.StringList(values, nameof(values)), null);

    /// <summary>Raw bytes (dts <c>[de ad be ef]</c>).</summary>
    public static DeviceTreeProperty Bytes(string name, ReadOnlySpan<byte> value) => new(name, value);

    /// <summary>One cell holding <paramref name="target"/>'s phandle (dts <c>&lt;&amp;label&gt;</c>).</summary>
    public static DeviceTreeProperty Reference(string name, DeviceTreeNode target) => CellsWithReferences(name, DeviceTreeCell.Reference(target));

    /// <summary>Cells mixing numbers and phandle references (dts <c>&lt;&amp;clk 1 &amp;clk 2&gt;</c>).</summary>
    public static DeviceTreeProperty CellsWithReferences(string name, params ReadOnlySpan<DeviceTreeCell> cells)
    {
        var bytes = new byte[cells.Length * 4];
        List<PhandleFixup>? references = null;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Target is { } target)
                (references ??= []).Add(new PhandleFixup(i, target));
            else
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(i * 4), cells[i].Value);
        }

        return new DeviceTreeProperty(name, bytes, references?.ToArray());
    }

    /// <summary>The value as one cell.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not 4 bytes long.</exception>
    public uint AsU32() => PropertyValues.ReadU32(value, -1);

    /// <summary>The value as one cell read as a signed number.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not 4 bytes long.</exception>
    public int AsInt32() => unchecked((int)AsU32());

    /// <summary>The value as a two-cell number.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not 8 bytes long.</exception>
    public ulong AsU64() => PropertyValues.ReadU64(value, -1);

    /// <summary>The value as cells.</summary>
    /// <exception cref="DeviceTreeFormatException">The length is not a multiple of 4.</exception>
    public uint[] AsCells() => PropertyValues.ReadCells(value, -1);

    /// <summary>The value as one string.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not exactly one NUL-terminated string.</exception>
    public string AsString() => PropertyValues.ReadString(value, -1);

    /// <summary>The value as a string list (an empty value is an empty list).</summary>
    /// <exception cref="DeviceTreeFormatException">The value does not end with NUL.</exception>
    public string[] AsStringList() => PropertyValues.ReadStringList(value, -1);

    /// <summary>A copy of the value bytes.</summary>
    public byte[] AsBytes() => value.ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({value.Length} bytes)";

    /// <summary>Writes each referenced node's phandle into its cell; every target must have one.</summary>
    internal void ResolveReferences()
    {
        if (fixups is null)
            return;
        foreach (var fixup in fixups)
        {
            var phandle = fixup.Target.Phandle
                ?? throw new InvalidOperationException($"Node {fixup.Target.Path} has no phandle; assign phandles first.");
            BinaryPrimitives.WriteUInt32BigEndian(value.AsSpan(fixup.Cell * 4), phandle);
        }
    }

    internal ReadOnlySpan<PhandleFixup> Fixups => fixups;

    /// <summary>Creates a property around bytes the caller hands over (the reader's copy); no validation beyond the name.</summary>
    internal static DeviceTreeProperty Adopt(string name, byte[] value) => new(name, value, null);
}

/// <summary>A cell of a property value that holds a node's phandle.</summary>
/// <param name="Cell">The cell index within the value.</param>
/// <param name="Target">The referenced node.</param>
internal readonly record struct PhandleFixup(int Cell, DeviceTreeNode Target);
