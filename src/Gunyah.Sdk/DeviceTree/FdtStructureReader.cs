using System.Buffers.Binary;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>What <see cref="FdtStructureReader.Read"/> found.</summary>
internal enum FdtToken
{
    BeginNode,
    EndNode,
    Property,
    End,
}

/// <summary>
/// A forward-only, checked walk of a structure block, the one place where its rules are enforced: every token is
/// bounds-checked, names must be terminated, valid and short, name offsets must land in the strings block,
/// properties must fit the block and precede their node's children, nodes must balance, nest at most
/// <see cref="Fdt.MaxDepth"/> deep and form a single root. Each call consumes at least one 4-byte token or
/// stops, so a walk ends within size/4 steps whatever the input.
/// </summary>
internal ref struct FdtStructureReader
{
    private readonly ReadOnlySpan<byte> structure;
    private readonly ReadOnlySpan<byte> strings;
    private readonly int structBase;
    private readonly int stringsBase;
    private readonly bool checkRoot; // false for node walks, which start mid-block in a validated blob
    private int position;
    private int depth;
    private ulong childSeen; // bit d-1 set: the open node at depth d has had a child (so no more properties)
    private bool rootClosed;

    /// <summary>Starts at the beginning of the structure block, expecting the root node.</summary>
    public FdtStructureReader(ReadOnlySpan<byte> blob, scoped in FdtHeader header)
        : this(blob, header, 0, checkRoot: true)
    {
    }

    /// <summary>
    /// Starts at a BEGIN_NODE token <paramref name="nodeOffset"/> bytes into the structure block of an already
    /// validated blob, as if inside a parent at depth 0: the walk ends when that node's END_NODE brings the depth back.
    /// </summary>
    public FdtStructureReader(ReadOnlySpan<byte> blob, scoped in FdtHeader header, int nodeOffset)
        : this(blob, header, nodeOffset, checkRoot: false)
    {
        depth = 1;
    }

    private FdtStructureReader(ReadOnlySpan<byte> blob, scoped in FdtHeader header, int start, bool checkRoot)
    {
        structure = blob.Slice(header.StructOffset, header.StructSize);
        strings = blob.Slice(header.StringsOffset, header.StringsSize);
        structBase = header.StructOffset;
        stringsBase = header.StringsOffset;
        this.checkRoot = checkRoot;
        position = start;
    }

    /// <summary>The depth after the last token: 1 inside the root (relative to the start for a node walk).</summary>
    public readonly int Depth => depth;

    /// <summary>The name of the node just begun or the property just read (validated printable ASCII).</summary>
    public ReadOnlySpan<byte> Name { get; private set; }

    /// <summary>The value of the property just read.</summary>
    public ReadOnlySpan<byte> Value { get; private set; }

    /// <summary>The property name's offset in the strings block (a cache key for readers that make strings).</summary>
    public int NameOffset { get; private set; }

    /// <summary>Offset of the last token within the structure block.</summary>
    public int TokenPosition { get; private set; }

    /// <summary>Absolute blob offset of the last token.</summary>
    public readonly int TokenOffset => structBase + TokenPosition;

    /// <summary>Absolute blob offset of the last property's value.</summary>
    public readonly int ValueOffset => structBase + TokenPosition + 12;

    /// <summary>Reads the next token other than NOP.</summary>
    /// <exception cref="DeviceTreeFormatException">The structure breaks a rule.</exception>
    public FdtToken Read()
    {
        while (true)
        {
            if (position > structure.Length - 4)
                throw Fail(DeviceTreeFormatError.MissingEnd, structBase + position, "the structure block ends without an END token");
            TokenPosition = position;
            var token = BinaryPrimitives.ReadUInt32BigEndian(structure[position..]);
            position += 4;
            switch (token)
            {
                case Fdt.TokenNop:
                    continue;
                case Fdt.TokenBeginNode:
                    return BeginNode();
                case Fdt.TokenEndNode:
                    if (depth == 0)
                        throw Fail(DeviceTreeFormatError.UnbalancedNodes, TokenOffset, "END_NODE with no open node");
                    depth--;
                    rootClosed |= depth == 0;
                    return FdtToken.EndNode;
                case Fdt.TokenProperty:
                    return Property();
                case Fdt.TokenEnd:
                    if (depth != 0)
                        throw Fail(DeviceTreeFormatError.UnbalancedNodes, TokenOffset, $"END with {depth} nodes open");
                    if (!rootClosed)
                        throw Fail(DeviceTreeFormatError.MissingRootNode, TokenOffset, "END before any node");
                    position = TokenPosition; // stay on END: reading again returns END again
                    return FdtToken.End;
                default:
                    throw Fail(DeviceTreeFormatError.BadToken, TokenOffset, $"token 0x{token:x8}");
            }
        }
    }

    private FdtToken BeginNode()
    {
        if (rootClosed)
            throw Fail(DeviceTreeFormatError.MultipleRootNodes, TokenOffset, "a second top-level node");
        var rest = structure[position..];
        var nameEnd = rest[..Math.Min(rest.Length, Fdt.MaxNameLength + 1)].IndexOf((byte)0);
        if (nameEnd < 0)
        {
            throw rest.Length > Fdt.MaxNameLength
                ? Fail(DeviceTreeFormatError.NameTooLong, structBase + position, $"node name longer than {Fdt.MaxNameLength} bytes")
                : Fail(DeviceTreeFormatError.UnterminatedName, structBase + position, "node name runs past the structure block");
        }

        var name = rest[..nameEnd];
        // A node walk runs on a validated blob, where it may start at the root (whose name is empty).
        var isRoot = depth == 0;
        if (checkRoot && (isRoot ? name.Length != 0 : !DeviceTreeNames.IsValid(name, isNode: true)))
            throw Fail(DeviceTreeFormatError.BadName, structBase + position, isRoot ? "the root's name must be empty" : "invalid node name");
        position += Fdt.Align4(nameEnd + 1);

        if (depth > 0)
            childSeen |= 1ul << (depth - 1);
        if (depth >= Fdt.MaxDepth)
            throw Fail(DeviceTreeFormatError.NestingTooDeep, TokenOffset, $"deeper than {Fdt.MaxDepth} levels");
        depth++;
        childSeen &= ~(1ul << (depth - 1));
        Name = name;
        return FdtToken.BeginNode;
    }

    private FdtToken Property()
    {
        if (depth == 0)
            throw Fail(DeviceTreeFormatError.PropertyOutsideNode, TokenOffset, "a property outside any node");
        if ((childSeen & (1ul << (depth - 1))) != 0)
            throw Fail(DeviceTreeFormatError.PropertyAfterChild, TokenOffset, "a property after a child node");
        if (position > structure.Length - 8)
            throw Fail(DeviceTreeFormatError.PropertyTruncated, TokenOffset, "the property header runs past the structure block");
        var length = BinaryPrimitives.ReadUInt32BigEndian(structure[position..]);
        var nameOffset = BinaryPrimitives.ReadUInt32BigEndian(structure[(position + 4)..]);
        position += 8;
        if (length > (uint)(structure.Length - position))
            throw Fail(DeviceTreeFormatError.PropertyTruncated, TokenOffset, $"a {length}-byte value runs past the structure block");
        if (nameOffset >= (uint)strings.Length)
            throw Fail(DeviceTreeFormatError.StringOffsetOutOfRange, TokenOffset + 8, $"name offset 0x{nameOffset:x}, strings block 0x{strings.Length:x} bytes");

        var nameStart = strings[(int)nameOffset..];
        var nameEnd = nameStart[..Math.Min(nameStart.Length, Fdt.MaxNameLength + 1)].IndexOf((byte)0);
        var stringOffset = stringsBase + (int)nameOffset;
        if (nameEnd < 0)
        {
            throw nameStart.Length > Fdt.MaxNameLength
                ? Fail(DeviceTreeFormatError.NameTooLong, stringOffset, $"property name longer than {Fdt.MaxNameLength} bytes")
                : Fail(DeviceTreeFormatError.UnterminatedString, stringOffset, "property name runs past the strings block");
        }

        var name = nameStart[..nameEnd];
        if (!DeviceTreeNames.IsValid(name, isNode: false))
            throw Fail(DeviceTreeFormatError.BadName, stringOffset, "invalid property name");

        Name = name;
        NameOffset = (int)nameOffset;
        Value = structure.Slice(position, (int)length);
        // The padding may run past the block when the value ends it; the next Read then reports MissingEnd.
        position += (int)((length + 3) & ~3u);
        return FdtToken.Property;
    }

    private static DeviceTreeFormatException Fail(DeviceTreeFormatError reason, int offset, string detail) => new(reason, offset, detail);
}
