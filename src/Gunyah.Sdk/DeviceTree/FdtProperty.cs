using System.Text;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>A property of an <see cref="FdtBlob"/>, read in place; accessors report bad values with their blob offset.</summary>
public readonly struct FdtProperty
{
    private readonly FdtBlob blob;
    private readonly int valueOffset;
    private readonly int length;
    private readonly int nameOffset;
    private readonly int nameLength;

    internal FdtProperty(FdtBlob blob, int valueOffset, int length, int nameOffset, int nameLength)
    {
        this.blob = blob;
        this.valueOffset = valueOffset;
        this.length = length;
        this.nameOffset = nameOffset;
        this.nameLength = nameLength;
    }

    /// <summary>Absolute blob offset of the property's PROP token.</summary>
    public int Offset => valueOffset - 12;

    /// <summary>The name bytes (ASCII).</summary>
    public ReadOnlySpan<byte> NameBytes => blob.Span.Slice(nameOffset, nameLength);

    /// <summary>The name.</summary>
    public string Name => Encoding.ASCII.GetString(NameBytes);

    /// <summary>The value bytes, a slice of the blob.</summary>
    public ReadOnlySpan<byte> Value => blob.Span.Slice(valueOffset, length);

    /// <summary>The value's length in bytes.</summary>
    public int Length => length;

    /// <summary>The value as one cell.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not 4 bytes long.</exception>
    public uint AsU32() => PropertyValues.ReadU32(Value, Offset);

    /// <summary>The value as a two-cell number.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not 8 bytes long.</exception>
    public ulong AsU64() => PropertyValues.ReadU64(Value, Offset);

    /// <summary>The value as a 1- or 2-cell number (the form of values whose width follows #address-cells).</summary>
    /// <exception cref="DeviceTreeFormatException">The value is neither 4 nor 8 bytes long.</exception>
    public ulong AsNumber() => PropertyValues.ReadNumber(Value, Offset);

    /// <summary>The value as cells.</summary>
    /// <exception cref="DeviceTreeFormatException">The length is not a multiple of 4.</exception>
    public uint[] AsCells() => PropertyValues.ReadCells(Value, Offset);

    /// <summary>The value as one string.</summary>
    /// <exception cref="DeviceTreeFormatException">The value is not exactly one NUL-terminated string.</exception>
    public string AsString() => PropertyValues.ReadString(Value, Offset);

    /// <summary>The value as a string list.</summary>
    /// <exception cref="DeviceTreeFormatException">The value does not end with NUL.</exception>
    public string[] AsStringList() => PropertyValues.ReadStringList(Value, Offset);

    /// <summary>A copy of the value bytes.</summary>
    public byte[] AsBytes() => Value.ToArray();

    /// <summary>Reads the value as one cell if it is 4 bytes long.</summary>
    public bool TryGetU32(out uint value)
    {
        var ok = length == 4;
        value = ok ? PropertyValues.ReadU32(Value, Offset) : 0;
        return ok;
    }

    /// <summary>Reads the value as one string if it is exactly one NUL-terminated string.</summary>
    public bool TryGetString(out string value)
    {
        var bytes = Value;
        var ok = bytes.Length > 0 && bytes[^1] == 0 && !bytes[..^1].Contains((byte)0);
        value = ok ? Encoding.UTF8.GetString(bytes[..^1]) : string.Empty;
        return ok;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({length} bytes)";
}
