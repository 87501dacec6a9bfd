using System.Buffers.Binary;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// A validated blob read in place, without building the model: look nodes up by path and read property values
/// as spans of the blob. The whole blob is checked once, when it is opened (the same rules as
/// <see cref="DeviceTreeDocument.Parse"/>, except that duplicate names are not looked for); after that no accessor can
/// meet malformed structure, and only a value in the wrong form raises
/// <see cref="DeviceTreeFormatError.BadPropertyValue"/>.
/// </summary>
public sealed class FdtBlob
{
    private readonly ReadOnlyMemory<byte> blob;

    private FdtBlob(ReadOnlyMemory<byte> blob, FdtHeader header)
    {
        this.blob = blob;
        Header = header;
    }

    /// <summary>The validated header.</summary>
    public FdtHeader Header { get; }

    /// <summary>The header's boot_cpuid_phys.</summary>
    public uint BootCpuIdPhys => Header.BootCpuIdPhys;

    /// <summary>The number of memory reservations.</summary>
    public int ReservationCount => Header.ReservationCount;

    /// <summary>The root node.</summary>
    public FdtNode Root => new(this, FirstNodePosition());

    /// <summary>The blob's bytes up to totalsize.</summary>
    public ReadOnlyMemory<byte> Memory => blob;

    internal ReadOnlySpan<byte> Span => blob.Span;

    /// <summary>Validates <paramref name="blob"/> and opens it (the memory is kept, not copied).</summary>
    /// <exception cref="DeviceTreeFormatException">The blob is malformed.</exception>
    public static FdtBlob Open(ReadOnlyMemory<byte> blob)
    {
        var span = blob.Span;
        var header = FdtHeader.Read(span);
        var reader = new FdtStructureReader(span, header);
        while (reader.Read() != FdtToken.End)
        {
        }

        return new FdtBlob(blob[..header.TotalSize], header);
    }

    /// <summary>Reservation <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="ReservationCount"/>.</exception>
    public MemoryReservation GetReservation(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ReservationCount);
        return Header.ReadReservation(Span, index);
    }

    /// <summary>All reservations, in order.</summary>
    public MemoryReservation[] GetMemoryReservations()
    {
        var reservations = new MemoryReservation[ReservationCount];
        for (var i = 0; i < reservations.Length; i++)
            reservations[i] = Header.ReadReservation(Span, i);
        return reservations;
    }

    /// <summary>Finds a node by path, with the lookup rules of <see cref="DeviceTreeDocument.FindNode"/> (aliases included).</summary>
    public bool TryFindNode(string path, out FdtNode node)
    {
        ArgumentNullException.ThrowIfNull(path);
        node = Root;
        if (!path.StartsWith('/'))
        {
            var (alias, rest) = DeviceTreePath.SplitAlias(path);
            if (!node.TryFindChild("aliases", out var aliases) || !aliases.TryGetProperty(alias, out var target) || !target.TryGetString(out var aliasPath)
                || !aliasPath.StartsWith('/'))
                return false;
            path = aliasPath + rest;
        }

        var position = 0;
        while (DeviceTreePath.NextComponent(path, ref position, out var component))
        {
            if (!node.TryFindChild(component, out node))
                return false;
        }

        return true;
    }

    /// <summary>The node at <paramref name="path"/>, or null.</summary>
    public FdtNode? FindNode(string path) => TryFindNode(path, out var node) ? node : null;

    /// <summary>The first node whose <c>phandle</c> (or <c>linux,phandle</c>) is <paramref name="phandle"/>, or null.</summary>
    public FdtNode? FindNodeByPhandle(uint phandle)
    {
        var reader = new FdtStructureReader(Span, Header);
        var nodePosition = 0;
        while (true)
        {
            switch (reader.Read())
            {
                case FdtToken.BeginNode:
                    nodePosition = reader.TokenPosition;
                    break;
                case FdtToken.Property when reader.Value.Length == 4
                    && (reader.Name.SequenceEqual("phandle"u8) || reader.Name.SequenceEqual("linux,phandle"u8))
                    && BinaryPrimitives.ReadUInt32BigEndian(reader.Value) == phandle:
                    return new FdtNode(this, nodePosition);
                case FdtToken.End:
                    return null;
            }
        }
    }

    private int FirstNodePosition()
    {
        // Skip leading NOPs: the root is the first BEGIN_NODE.
        var reader = new FdtStructureReader(Span, Header);
        reader.Read();
        return reader.TokenPosition;
    }
}
