using System.Buffers.Binary;
using Gunyah.Sdk.Reference.Engine;

namespace Gunyah.Sdk.Reference.Tests.Engine;

/// <summary>A test bus: RAM of <see cref="Size"/> bytes at <see cref="Base"/>; every other address is refused (MMIO).</summary>
internal sealed class FlatGuestBus : IGuestBus
{
    public const ulong Base = 0x4000_0000;
    public const int Size = 0x1_0000;

    public byte[] Ram { get; } = new byte[Size];

    public bool TryRead(ulong address, Span<byte> destination)
    {
        if (!Inside(address, destination.Length))
            return false;
        Ram.AsSpan((int)(address - Base), destination.Length).CopyTo(destination);
        return true;
    }

    public bool TryWrite(ulong address, ReadOnlySpan<byte> source)
    {
        if (!Inside(address, source.Length))
            return false;
        source.CopyTo(Ram.AsSpan((int)(address - Base)));
        return true;
    }

    public bool TryFetch(ulong address, out uint instruction)
    {
        instruction = 0;
        if (!Inside(address, 4))
            return false;
        instruction = BinaryPrimitives.ReadUInt32LittleEndian(Ram.AsSpan((int)(address - Base)));
        return true;
    }

    public bool TryUpdate<TUpdate>(ulong address, int length, ref TUpdate update)
        where TUpdate : struct, IGuestMemoryUpdate
    {
        if (!Inside(address, length))
            return false;
        update.Update(Ram.AsSpan((int)(address - Base), length)); // One thread: nothing can come between.
        return true;
    }

    public ulong Read64(ulong address) => BinaryPrimitives.ReadUInt64LittleEndian(Ram.AsSpan((int)(address - Base)));

    public void Write64(ulong address, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Ram.AsSpan((int)(address - Base)), value);

    private static bool Inside(ulong address, int length) => address >= Base && address - Base + (ulong)length <= Size;
}
