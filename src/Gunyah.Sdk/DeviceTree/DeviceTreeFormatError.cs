namespace Gunyah.Sdk.DeviceTree;

/// <summary>Why a blob (or a property value) was rejected; carried by <see cref="DeviceTreeFormatException"/>.</summary>
public enum DeviceTreeFormatError
{
    /// <summary>The buffer is shorter than the header its version needs.</summary>
    Truncated,

    /// <summary>The first word is not <see cref="Fdt.Magic"/>.</summary>
    BadMagic,

    /// <summary>version is older than 16, last_comp_version is newer than 17, or last_comp_version exceeds version.</summary>
    UnsupportedVersion,

    /// <summary>totalsize is smaller than the header.</summary>
    BadTotalSize,

    /// <summary>totalsize is larger than the buffer holding the blob.</summary>
    TotalSizeExceedsBuffer,

    /// <summary>A block's offset or size reaches outside totalsize or into the header.</summary>
    BlockOutOfRange,

    /// <summary>The reservation block is not 8-byte aligned or the structure block is not 4-byte aligned.</summary>
    BlockMisaligned,

    /// <summary>Two of the reservation, structure and strings blocks overlap.</summary>
    BlocksOverlap,

    /// <summary>The reservation list has no (0, 0) terminator before the next block or the end of the blob.</summary>
    ReservationUnterminated,

    /// <summary>A structure-block token is none of BEGIN_NODE, END_NODE, PROP, NOP and END.</summary>
    BadToken,

    /// <summary>A node name has no NUL before the end of the structure block.</summary>
    UnterminatedName,

    /// <summary>A node or property name is longer than <see cref="Fdt.MaxNameLength"/> bytes.</summary>
    NameTooLong,

    /// <summary>A name is empty (except the root's), the root's name is not empty, or a name has a byte outside printable ASCII.</summary>
    BadName,

    /// <summary>A property's name offset lies outside the strings block.</summary>
    StringOffsetOutOfRange,

    /// <summary>A property name has no NUL before the end of the strings block.</summary>
    UnterminatedString,

    /// <summary>A property's header or value runs past the end of the structure block.</summary>
    PropertyTruncated,

    /// <summary>A property appears outside any node.</summary>
    PropertyOutsideNode,

    /// <summary>A property follows a child node of the same node (properties must come first).</summary>
    PropertyAfterChild,

    /// <summary>An END_NODE closes nothing, or END arrives while nodes are still open.</summary>
    UnbalancedNodes,

    /// <summary>The structure block does not start with the root node.</summary>
    MissingRootNode,

    /// <summary>A second top-level node follows the root.</summary>
    MultipleRootNodes,

    /// <summary>Nodes nest deeper than <see cref="Fdt.MaxDepth"/>.</summary>
    NestingTooDeep,

    /// <summary>The structure block ends without an END token.</summary>
    MissingEnd,

    /// <summary>Two properties of one node, or two children of one node, have the same name.</summary>
    DuplicateName,

    /// <summary>A property's value is not in the form asked for (length, terminator, cell count).</summary>
    BadPropertyValue,
}
