using System.Buffers.Binary;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// What a sequence sees and leaves: X0..X30, NZCV, SP and the scratch buffer. The buffer is at <see cref="ScratchAddress"/>
/// in both the qemu program and the interpreter, so addresses formed from X28 or SP (both start at its middle) compare
/// equal. Serialized as one <see cref="RecordSize"/>-byte record, the layout the qemu program reads and writes.
/// </summary>
internal sealed class MachineState
{
    public const int BaseRegister = 28;
    public const int ScratchSize = 256;
    public const int ScratchMiddle = ScratchSize / 2;
    public const ulong ScratchAddress = 0x4000_8000;
    public const ulong ScratchStart = ScratchAddress + ScratchMiddle;
    public const int RecordSize = 528;
    private const int NzcvOffset = 31 * 8;
    private const int SpOffset = 256;
    private const int MemoryOffset = 272;

    public ulong[] X { get; } = new ulong[31];

    /// <summary>NZCV in bits 31:28.</summary>
    public uint Nzcv { get; set; }

    public ulong Sp { get; set; }

    public byte[] Memory { get; } = new byte[ScratchSize];

    public void WriteRecord(Span<byte> record)
    {
        record[..RecordSize].Clear();
        for (var n = 0; n < 31; n++)
            BinaryPrimitives.WriteUInt64LittleEndian(record[(n * 8)..], X[n]);
        BinaryPrimitives.WriteUInt64LittleEndian(record[NzcvOffset..], Nzcv);
        BinaryPrimitives.WriteUInt64LittleEndian(record[SpOffset..], Sp);
        Memory.CopyTo(record[MemoryOffset..]);
    }

    public static MachineState ReadRecord(ReadOnlySpan<byte> record)
    {
        var state = new MachineState();
        for (var n = 0; n < 31; n++)
            state.X[n] = BinaryPrimitives.ReadUInt64LittleEndian(record[(n * 8)..]);
        state.Nzcv = (uint)BinaryPrimitives.ReadUInt64LittleEndian(record[NzcvOffset..]);
        state.Sp = BinaryPrimitives.ReadUInt64LittleEndian(record[SpOffset..]);
        record.Slice(MemoryOffset, ScratchSize).CopyTo(state.Memory);
        return state;
    }

    /// <summary>The differences from <paramref name="actual"/>, one line each ("x3: expected 0x.., got 0x..").</summary>
    public List<string> Differences(MachineState actual)
    {
        var lines = new List<string>();
        for (var n = 0; n < 31; n++)
        {
            if (X[n] != actual.X[n])
                lines.Add($"x{n}: expected 0x{X[n]:x16}, got 0x{actual.X[n]:x16}");
        }

        if (Nzcv != actual.Nzcv)
            lines.Add($"nzcv: expected {Nzcv >> 28:b4}, got {actual.Nzcv >> 28:b4}");
        if (Sp != actual.Sp)
            lines.Add($"sp: expected 0x{Sp:x16}, got 0x{actual.Sp:x16}");
        for (var b = 0; b < ScratchSize; b++)
        {
            if (Memory[b] != actual.Memory[b])
                lines.Add($"scratch[{b - ScratchMiddle}]: expected 0x{Memory[b]:x2}, got 0x{actual.Memory[b]:x2}");
        }

        return lines;
    }
}
