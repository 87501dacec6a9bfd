using System.Buffers.Binary;
using System.Text;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// Assembles blobs token by token, independently of the SDK's writer, so tests can state exact bytes and make
/// structures the writer never would (NOPs, bad tokens, unbalanced nodes, names and offsets of any kind).
/// Layout: header, reservations at 40, structure block, strings block — the layout dtc uses.
/// </summary>
internal sealed class RawFdt
{
    private readonly List<byte> structure = [];
    private readonly List<byte> strings = [];
    private readonly List<(ulong Address, ulong Size)> reservations = [];
    private readonly Dictionary<string, uint> interned = [];

    public const uint BeginNodeToken = 1;
    public const uint EndNodeToken = 2;
    public const uint PropToken = 3;
    public const uint NopToken = 4;
    public const uint EndToken = 9;

    public uint Version { get; set; } = 17;
    public uint LastCompatibleVersion { get; set; } = 16;
    public uint BootCpu { get; set; }

    /// <summary>Where the structure block starts once built.</summary>
    public int StructOffset => 40 + (reservations.Count + 1) * 16;

    public RawFdt Reserve(ulong address, ulong size)
    {
        reservations.Add((address, size));
        return this;
    }

    public RawFdt Word(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        structure.AddRange(bytes.ToArray());
        return this;
    }

    public RawFdt Raw(params byte[] bytes)
    {
        structure.AddRange(bytes);
        return this;
    }

    /// <summary>BEGIN_NODE with a NUL-terminated, zero-padded name.</summary>
    public RawFdt Begin(string name)
    {
        Word(BeginNodeToken);
        structure.AddRange(Encoding.ASCII.GetBytes(name));
        structure.Add(0);
        Pad();
        return this;
    }

    public RawFdt End() => Word(EndNodeToken);

    public RawFdt Nop() => Word(NopToken);

    public RawFdt Finish() => Word(EndToken);

    /// <summary>PROP with the name interned in the strings block (reused if present).</summary>
    public RawFdt Prop(string name, params byte[] value) => Prop((uint)value.Length, Intern(name), value);

    public RawFdt PropU32(string name, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return Prop(name, bytes);
    }

    public RawFdt PropString(string name, string value) => Prop(name, [.. Encoding.UTF8.GetBytes(value), 0]);

    /// <summary>PROP with an explicit length and name offset; the value bytes are written as given, then padded.</summary>
    public RawFdt Prop(uint length, uint nameOffset, byte[] value)
    {
        Word(PropToken).Word(length).Word(nameOffset);
        structure.AddRange(value);
        Pad();
        return this;
    }

    /// <summary>Appends raw bytes to the strings block (no terminator added).</summary>
    public RawFdt Strings(params byte[] bytes)
    {
        strings.AddRange(bytes);
        return this;
    }

    /// <summary>The offset of <paramref name="name"/> in the strings block, appending it the first time.</summary>
    public uint Intern(string name)
    {
        if (interned.TryGetValue(name, out var offset))
            return offset;
        offset = (uint)strings.Count;
        strings.AddRange(Encoding.ASCII.GetBytes(name + "\0"));
        interned.Add(name, offset);
        return offset;
    }

    public byte[] Build()
    {
        var reservationBytes = (reservations.Count + 1) * 16;
        var structOffset = 40 + reservationBytes;
        var stringsOffset = structOffset + structure.Count;
        var total = stringsOffset + strings.Count;
        var blob = new byte[total];
        uint[] header = [0xD00DFEED, (uint)total, (uint)structOffset, (uint)stringsOffset, 40, Version, LastCompatibleVersion, BootCpu, (uint)strings.Count, (uint)structure.Count];
        for (var i = 0; i < header.Length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(i * 4), header[i]);
        for (var i = 0; i < reservations.Count; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(blob.AsSpan(40 + i * 16), reservations[i].Address);
            BinaryPrimitives.WriteUInt64BigEndian(blob.AsSpan(48 + i * 16), reservations[i].Size);
        }

        structure.CopyTo(blob, structOffset);
        strings.CopyTo(blob, stringsOffset);
        return blob;
    }

    private void Pad()
    {
        while (structure.Count % 4 != 0)
            structure.Add(0);
    }

    public static uint Be32(byte[] blob, int offset) => BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(offset));

    public static ulong Be64(byte[] blob, int offset) => BinaryPrimitives.ReadUInt64BigEndian(blob.AsSpan(offset));

    public static void SetBe32(byte[] blob, int offset, uint value) => BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(offset), value);
}
