using System.Buffers;
using System.Buffers.Binary;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Serializes a <see cref="DeviceTreeDocument"/> into a version 17 FDT blob laid out as dtc lays it out: header, memory
/// reservation block at offset 40, structure block, strings block, no padding. Property names are stored once;
/// like dtc, a name that already occurs as the tail of a stored name points into it.
/// </summary>
/// <remarks>
/// An instance keeps its name table and scratch space between calls, so serializing a tree whose phandles are
/// resolved allocates nothing but what the caller asks for (the array of <see cref="ToArray"/>). Not thread-safe;
/// <see cref="DeviceTreeDocument"/>'s own methods use one instance per thread.
/// </remarks>
public sealed class FdtWriter
{
    private readonly Dictionary<string, int> nameOffsets = new(StringComparer.Ordinal);
    private byte[] strings = new byte[512];
    private int stringsLength;
    private int reservationSize;
    private int structSize;
    private int totalSize;

    /// <summary>Resolves phandles and returns the size <paramref name="tree"/> serializes to.</summary>
    /// <exception cref="InvalidOperationException">The tree nests deeper than <see cref="Fdt.MaxDepth"/>, refers to a
    /// node outside itself, has a (0, 0) reservation, or would exceed 2 GiB.</exception>
    public int Measure(DeviceTreeDocument tree)
    {
        Prepare(tree);
        return totalSize;
    }

    /// <summary>Serializes <paramref name="tree"/> into <paramref name="destination"/>; returns the byte count.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="Measure"/> says.</exception>
    /// <exception cref="InvalidOperationException">As for <see cref="Measure"/>.</exception>
    public int Write(DeviceTreeDocument tree, Span<byte> destination)
    {
        Prepare(tree);
        if (destination.Length < totalSize)
            throw new ArgumentException($"The blob needs {totalSize} bytes; the destination has {destination.Length}.", nameof(destination));
        Emit(tree, destination[..totalSize]);
        return totalSize;
    }

    /// <summary>Serializes <paramref name="tree"/> into <paramref name="output"/>; returns the byte count.</summary>
    public int Write(DeviceTreeDocument tree, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Prepare(tree);
        Emit(tree, output.GetSpan(totalSize)[..totalSize]);
        output.Advance(totalSize);
        return totalSize;
    }

    /// <summary>Serializes <paramref name="tree"/> into a new array.</summary>
    public byte[] ToArray(DeviceTreeDocument tree)
    {
        Prepare(tree);
        var blob = new byte[totalSize];
        Emit(tree, blob);
        return blob;
    }

    private void Prepare(DeviceTreeDocument tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        PhandleAssigner.Assign(tree);
        var reservations = tree.MemoryReservations;
        for (var i = 0; i < reservations.Count; i++)
        {
            if (reservations[i] == default)
                throw new InvalidOperationException($"Reservation {i} is (0, 0), which would end the list early.");
        }

        nameOffsets.Clear();
        stringsLength = 0;
        // Sizes are summed in 64 bits so that a huge tree fails cleanly instead of wrapping.
        var structBytes = MeasureNode(tree.Root) + 4;
        reservationSize = (reservations.Count + 1) * Fdt.ReservationEntrySize;
        var total = Fdt.HeaderSize + (long)reservationSize + structBytes + stringsLength;
        if (total > Array.MaxLength)
            throw new InvalidOperationException($"The tree would serialize to {total} bytes, more than an array holds.");
        structSize = (int)structBytes;
        totalSize = (int)total;
    }

    private long MeasureNode(DeviceTreeNode node)
    {
        long size = 4 + Fdt.Align4(node.Name.Length + 1) + 4;
        var properties = node.PropertyItems;
        for (var i = 0; i < properties.Count; i++)
        {
            Intern(properties[i].Name);
            size += 12 + Fdt.Align4(properties[i].Length);
        }

        var children = node.ChildItems;
        for (var i = 0; i < children.Count; i++)
            size += MeasureNode(children[i]);
        return size;
    }

    private void Intern(string name)
    {
        if (nameOffsets.ContainsKey(name))
            return;
        // Names are validated printable ASCII of at most MaxNameLength bytes, so they fit the stack and map 1:1.
        Span<byte> encoded = stackalloc byte[Fdt.MaxNameLength + 1];
        for (var i = 0; i < name.Length; i++)
            encoded[i] = (byte)name[i];
        encoded[name.Length] = 0;
        var withTerminator = encoded[..(name.Length + 1)];

        var existing = strings.AsSpan(0, stringsLength).IndexOf(withTerminator);
        if (existing >= 0)
        {
            nameOffsets.Add(name, existing);
            return;
        }

        if (stringsLength + withTerminator.Length > strings.Length)
            Array.Resize(ref strings, Math.Max(strings.Length * 2, stringsLength + withTerminator.Length));
        withTerminator.CopyTo(strings.AsSpan(stringsLength));
        nameOffsets.Add(name, stringsLength);
        stringsLength += withTerminator.Length;
    }

    private void Emit(DeviceTreeDocument tree, Span<byte> blob)
    {
        var structOffset = Fdt.HeaderSize + reservationSize;
        var stringsOffset = structOffset + structSize;
        Span<uint> header =
        [
            Fdt.Magic, (uint)totalSize, (uint)structOffset, (uint)stringsOffset, Fdt.HeaderSize,
            Fdt.Version, Fdt.LastCompatibleVersion, tree.BootCpuIdPhys, (uint)stringsLength, (uint)structSize,
        ];
        for (var i = 0; i < header.Length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(blob[(i * 4)..], header[i]);

        var at = Fdt.HeaderSize;
        var reservations = tree.MemoryReservations;
        for (var i = 0; i < reservations.Count; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(blob[at..], reservations[i].Address);
            BinaryPrimitives.WriteUInt64BigEndian(blob[(at + 8)..], reservations[i].Size);
            at += Fdt.ReservationEntrySize;
        }

        blob.Slice(at, Fdt.ReservationEntrySize).Clear();
        at = EmitNode(tree.Root, blob, structOffset);
        BinaryPrimitives.WriteUInt32BigEndian(blob[at..], Fdt.TokenEnd);
        strings.AsSpan(0, stringsLength).CopyTo(blob[stringsOffset..]);
    }

    private int EmitNode(DeviceTreeNode node, Span<byte> blob, int at)
    {
        BinaryPrimitives.WriteUInt32BigEndian(blob[at..], Fdt.TokenBeginNode);
        at += 4;
        var name = node.Name;
        var nameField = blob.Slice(at, Fdt.Align4(name.Length + 1));
        nameField.Clear(); // the terminator and the padding; the buffer may be a reused one
        for (var i = 0; i < name.Length; i++)
            nameField[i] = (byte)name[i];
        at += nameField.Length;

        var properties = node.PropertyItems;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            BinaryPrimitives.WriteUInt32BigEndian(blob[at..], Fdt.TokenProperty);
            BinaryPrimitives.WriteUInt32BigEndian(blob[(at + 4)..], (uint)property.Length);
            BinaryPrimitives.WriteUInt32BigEndian(blob[(at + 8)..], (uint)nameOffsets[property.Name]);
            at += 12;
            var valueField = blob.Slice(at, Fdt.Align4(property.Length));
            property.Value.CopyTo(valueField);
            valueField[property.Length..].Clear();
            at += valueField.Length;
        }

        var children = node.ChildItems;
        for (var i = 0; i < children.Count; i++)
            at = EmitNode(children[i], blob, at);
        BinaryPrimitives.WriteUInt32BigEndian(blob[at..], Fdt.TokenEndNode);
        return at + 4;
    }
}
