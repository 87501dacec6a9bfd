using System.Buffers.Binary;

namespace Gunyah.Sdk.Tests.Vmm.Fakes;

/// <summary>
/// Expected argument bytes, written field by field at the offsets the ABI facts document — independently of the
/// generated structs, so a layout slip in generated code shows up as a byte difference.
/// </summary>
internal sealed class LeBytes(int size)
{
    private readonly byte[] bytes = new byte[size];

    public LeBytes U8(int offset, byte value)
    {
        bytes[offset] = value;
        return this;
    }

    public LeBytes U16(int offset, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset), value);
        return this;
    }

    public LeBytes U32(int offset, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
        return this;
    }

    public LeBytes I32(int offset, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), value);
        return this;
    }

    public LeBytes U64(int offset, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), value);
        return this;
    }

    public byte[] ToArray() => (byte[])bytes.Clone();
}
