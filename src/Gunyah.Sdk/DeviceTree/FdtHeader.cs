using System.Buffers.Binary;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// The validated header of a blob, with the extent of each block. <see cref="Read"/> checks every header-level
/// rule: magic, version, totalsize against the buffer, each block inside totalsize and clear of the header,
/// alignment, a terminated reservation list, and no two blocks overlapping.
/// </summary>
public readonly struct FdtHeader
{
    private const int TotalSizeField = 4;
    private const int StructOffsetField = 8;
    private const int StringsOffsetField = 12;
    private const int ReservationOffsetField = 16;
    private const int VersionField = 20;
    private const int LastCompatibleVersionField = 24;
    private const int BootCpuField = 28;
    private const int StringsSizeField = 32;
    private const int StructSizeField = 36;

    /// <summary>totalsize: the blob's length in bytes.</summary>
    public int TotalSize { get; private init; }

    /// <summary>off_dt_struct.</summary>
    public int StructOffset { get; private init; }

    /// <summary>The structure block's size: size_dt_struct, or for version 16 the room up to the next block.</summary>
    public int StructSize { get; private init; }

    /// <summary>off_dt_strings.</summary>
    public int StringsOffset { get; private init; }

    /// <summary>size_dt_strings.</summary>
    public int StringsSize { get; private init; }

    /// <summary>off_mem_rsvmap.</summary>
    public int ReservationOffset { get; private init; }

    /// <summary>The number of reservation entries before the (0, 0) terminator.</summary>
    public int ReservationCount { get; private init; }

    /// <summary>version.</summary>
    public uint Version { get; private init; }

    /// <summary>last_comp_version.</summary>
    public uint LastCompatibleVersion { get; private init; }

    /// <summary>boot_cpuid_phys.</summary>
    public uint BootCpuIdPhys { get; private init; }

    /// <summary>Reads and validates the header of <paramref name="blob"/> (trailing bytes past totalsize are ignored).</summary>
    /// <exception cref="DeviceTreeFormatException">Any header-level rule is broken.</exception>
    public static FdtHeader Read(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 4)
            throw Fail(DeviceTreeFormatError.Truncated, 0, $"{blob.Length} bytes cannot hold a header");
        if (Field(blob, 0) != Fdt.Magic)
            throw Fail(DeviceTreeFormatError.BadMagic, 0, $"0x{Field(blob, 0):x8}");
        if (blob.Length < Fdt.Version16HeaderSize)
            throw Fail(DeviceTreeFormatError.Truncated, 0, $"{blob.Length} bytes cannot hold a header");

        var version = Field(blob, VersionField);
        var lastCompatible = Field(blob, LastCompatibleVersionField);
        if (version < Fdt.OldestReadableVersion)
            throw Fail(DeviceTreeFormatError.UnsupportedVersion, VersionField, $"version {version}");
        if (lastCompatible > Fdt.Version || lastCompatible > version)
            throw Fail(DeviceTreeFormatError.UnsupportedVersion, LastCompatibleVersionField, $"last_comp_version {lastCompatible} with version {version}");
        var headerSize = version >= 17 ? Fdt.HeaderSize : Fdt.Version16HeaderSize;
        if (blob.Length < headerSize)
            throw Fail(DeviceTreeFormatError.Truncated, 0, $"a version {version} header needs {headerSize} bytes");

        // All arithmetic below is in 64 bits: header fields are untrusted u32s.
        long total = Field(blob, TotalSizeField);
        if (total < headerSize)
            throw Fail(DeviceTreeFormatError.BadTotalSize, TotalSizeField, $"totalsize {total}");
        if (total > blob.Length)
            throw Fail(DeviceTreeFormatError.TotalSizeExceedsBuffer, TotalSizeField, $"totalsize {total}, buffer {blob.Length}");

        long structOffset = Field(blob, StructOffsetField);
        long stringsOffset = Field(blob, StringsOffsetField);
        long reservationOffset = Field(blob, ReservationOffsetField);
        long stringsSize = Field(blob, StringsSizeField);
        CheckStart(structOffset, headerSize, total, StructOffsetField, alignment: 4);
        CheckStart(stringsOffset, headerSize, total, StringsOffsetField, alignment: 1);
        CheckStart(reservationOffset, headerSize, total, ReservationOffsetField, alignment: 8);
        if (stringsOffset + stringsSize > total)
            throw Fail(DeviceTreeFormatError.BlockOutOfRange, StringsSizeField, $"strings block [0x{stringsOffset:x}, +0x{stringsSize:x}) ends past totalsize 0x{total:x}");

        long structSize;
        if (version >= 17)
        {
            structSize = Field(blob, StructSizeField);
            if (structOffset + structSize > total)
                throw Fail(DeviceTreeFormatError.BlockOutOfRange, StructSizeField, $"structure block [0x{structOffset:x}, +0x{structSize:x}) ends past totalsize 0x{total:x}");
        }
        else
        {
            // Version 16 does not record the structure block's size: it reaches the next block or the end.
            var end = total;
            if (stringsOffset > structOffset)
                end = Math.Min(end, stringsOffset);
            if (reservationOffset > structOffset)
                end = Math.Min(end, reservationOffset);
            structSize = end - structOffset;
        }

        var reservationCount = CountReservations(blob, (int)reservationOffset, (int)total);
        long reservationSize = (reservationCount + 1L) * Fdt.ReservationEntrySize;
        CheckApart(reservationOffset, reservationSize, structOffset, structSize);
        CheckApart(reservationOffset, reservationSize, stringsOffset, stringsSize);
        CheckApart(structOffset, structSize, stringsOffset, stringsSize);

        return new FdtHeader
        {
            TotalSize = (int)total,
            StructOffset = (int)structOffset,
            StructSize = (int)structSize,
            StringsOffset = (int)stringsOffset,
            StringsSize = (int)stringsSize,
            ReservationOffset = (int)reservationOffset,
            ReservationCount = reservationCount,
            Version = version,
            LastCompatibleVersion = lastCompatible,
            BootCpuIdPhys = Field(blob, BootCpuField),
        };
    }

    /// <summary>Reads reservation entry <paramref name="index"/> (0 ≤ index &lt; <see cref="ReservationCount"/>) from the blob this header came from.</summary>
    internal MemoryReservation ReadReservation(ReadOnlySpan<byte> blob, int index)
    {
        var at = blob[(ReservationOffset + index * Fdt.ReservationEntrySize)..];
        return new MemoryReservation(BinaryPrimitives.ReadUInt64BigEndian(at), BinaryPrimitives.ReadUInt64BigEndian(at[8..]));
    }

    private static int CountReservations(ReadOnlySpan<byte> blob, int offset, int total)
    {
        var count = 0;
        for (var at = offset; at + Fdt.ReservationEntrySize <= total; at += Fdt.ReservationEntrySize)
        {
            if (BinaryPrimitives.ReadUInt64BigEndian(blob[at..]) == 0 && BinaryPrimitives.ReadUInt64BigEndian(blob[(at + 8)..]) == 0)
                return count;
            count++;
        }

        throw Fail(DeviceTreeFormatError.ReservationUnterminated, offset, $"no (0, 0) entry among {count} before totalsize");
    }

    private static void CheckStart(long offset, int headerSize, long total, int field, int alignment)
    {
        if (offset < headerSize || offset > total)
            throw Fail(DeviceTreeFormatError.BlockOutOfRange, field, $"block offset 0x{offset:x} outside [0x{headerSize:x}, 0x{total:x}]");
        if (offset % alignment != 0)
            throw Fail(DeviceTreeFormatError.BlockMisaligned, field, $"block offset 0x{offset:x} is not {alignment}-byte aligned");
    }

    private static void CheckApart(long firstOffset, long firstSize, long secondOffset, long secondSize)
    {
        // Empty blocks occupy nothing, so they cannot overlap.
        if (firstSize == 0 || secondSize == 0)
            return;
        if (firstOffset < secondOffset + secondSize && secondOffset < firstOffset + firstSize)
            throw Fail(DeviceTreeFormatError.BlocksOverlap, (int)Math.Max(firstOffset, secondOffset),
                $"[0x{firstOffset:x}, +0x{firstSize:x}) and [0x{secondOffset:x}, +0x{secondSize:x})");
    }

    private static uint Field(ReadOnlySpan<byte> blob, int offset) => BinaryPrimitives.ReadUInt32BigEndian(blob[offset..]);

    private static DeviceTreeFormatException Fail(DeviceTreeFormatError reason, int offset, string detail) => new(reason, offset, detail);
}
