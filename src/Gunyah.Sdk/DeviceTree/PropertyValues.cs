using System.Buffers.Binary;
using System.Text;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Encoding and decoding of property values, shared by the model (<see cref="DeviceTreeProperty"/>) and the
/// lightweight blob accessor (<see cref="FdtProperty"/>). Values are big-endian; strings are NUL-terminated UTF-8.
/// Decoders raise <see cref="DeviceTreeFormatException"/> with <see cref="DeviceTreeFormatError.BadPropertyValue"/>.
/// </summary>
internal static class PropertyValues
{
    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U64(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] Cells(ReadOnlySpan<uint> cells)
    {
        var bytes = new byte[cells.Length * 4];
        for (var i = 0; i < cells.Length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(i * 4), cells[i]);
        return bytes;
    }

    public static byte[] StringList(ReadOnlySpan<string> values, string parameterName)
    {
        var length = 0;
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, parameterName);
            // A NUL inside would split the string into two on reading.
            if (value.Contains('\0'))
                throw new ArgumentException("A devicetree string cannot contain NUL.", parameterName);
            length += Encoding.UTF8.GetByteCount(value) + 1;
        }

        var bytes = new byte[length];
        var at = 0;
        foreach (var value in values)
        {
            at += Encoding.UTF8.GetBytes(value, bytes.AsSpan(at));
            at++; // the terminator, already zero
        }

        return bytes;
    }

    /// <summary>Writes <paramref name="value"/> as <paramref name="cells"/> big-endian cells (0, 1 or 2).</summary>
    public static void WriteNumber(Span<byte> destination, ulong value, int cells)
    {
        if (cells == 1)
            BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)value);
        else if (cells == 2)
            BinaryPrimitives.WriteUInt64BigEndian(destination, value);
    }

    /// <summary>Whether <paramref name="value"/> fits in <paramref name="cells"/> cells.</summary>
    public static bool Fits(ulong value, int cells) => cells switch
    {
        0 => value == 0,
        1 => value <= uint.MaxValue,
        _ => true,
    };

    public static uint ReadU32(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length != 4)
            throw Bad(offset, $"expected a 4-byte u32, found {value.Length} bytes");
        return BinaryPrimitives.ReadUInt32BigEndian(value);
    }

    public static ulong ReadU64(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length != 8)
            throw Bad(offset, $"expected an 8-byte u64, found {value.Length} bytes");
        return BinaryPrimitives.ReadUInt64BigEndian(value);
    }

    /// <summary>Reads a 1- or 2-cell number, the form of values whose width follows #address-cells.</summary>
    public static ulong ReadNumber(ReadOnlySpan<byte> value, int offset) => value.Length switch
    {
        4 => BinaryPrimitives.ReadUInt32BigEndian(value),
        8 => BinaryPrimitives.ReadUInt64BigEndian(value),
        _ => throw Bad(offset, $"expected a 1- or 2-cell number, found {value.Length} bytes"),
    };

    public static uint[] ReadCells(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length % 4 != 0)
            throw Bad(offset, $"a cell array cannot be {value.Length} bytes long");
        var cells = new uint[value.Length / 4];
        for (var i = 0; i < cells.Length; i++)
            cells[i] = BinaryPrimitives.ReadUInt32BigEndian(value[(i * 4)..]);
        return cells;
    }

    public static string ReadString(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length == 0 || value[^1] != 0 || value[..^1].Contains((byte)0))
            throw Bad(offset, "expected one NUL-terminated string");
        return Encoding.UTF8.GetString(value[..^1]);
    }

    public static string[] ReadStringList(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length == 0)
            return [];
        if (value[^1] != 0)
            throw Bad(offset, "a string list must end with NUL");
        var strings = new string[value.Count((byte)0)];
        var rest = value;
        for (var i = 0; i < strings.Length; i++)
        {
            var end = rest.IndexOf((byte)0);
            strings[i] = Encoding.UTF8.GetString(rest[..end]);
            rest = rest[(end + 1)..];
        }

        return strings;
    }

    /// <summary>Reads (address, size) pairs with the given cell widths (each 0, 1 or 2).</summary>
    public static DeviceTreeRegion[] ReadRegions(ReadOnlySpan<byte> value, int addressCells, int sizeCells, int offset)
    {
        if (addressCells is < 0 or > 2 || sizeCells is < 0 or > 2)
            throw Bad(offset, $"regions of {addressCells} address and {sizeCells} size cells do not fit 64-bit numbers");
        var entry = (addressCells + sizeCells) * 4;
        if (entry == 0 || value.Length % entry != 0)
            throw Bad(offset, $"{value.Length} bytes is not a whole number of {entry}-byte regions");
        var regions = new DeviceTreeRegion[value.Length / entry];
        for (var i = 0; i < regions.Length; i++)
        {
            var item = value.Slice(i * entry, entry);
            regions[i] = new DeviceTreeRegion(ReadCellsAsNumber(item[..(addressCells * 4)]), ReadCellsAsNumber(item[(addressCells * 4)..]));
        }

        return regions;
    }

    private static ulong ReadCellsAsNumber(ReadOnlySpan<byte> cells) => cells.Length switch
    {
        0 => 0,
        4 => BinaryPrimitives.ReadUInt32BigEndian(cells),
        _ => BinaryPrimitives.ReadUInt64BigEndian(cells),
    };

    private static DeviceTreeFormatException Bad(int offset, string detail) =>
        new(DeviceTreeFormatError.BadPropertyValue, offset, detail);
}
