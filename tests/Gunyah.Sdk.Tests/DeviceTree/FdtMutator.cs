using System.Buffers.Binary;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// Deterministic mutations of valid blobs for the reader fuzz: bit flips, truncations, header fields set to
/// random, extreme or off-by-a-little values, structure words replaced by tokens and lengths, splices within
/// and across blobs, inserted and deleted words. One to three are stacked, so combinations occur too.
/// </summary>
internal sealed class FdtMutator(int seed, IReadOnlyList<byte[]> seeds)
{
    private static readonly uint[] InterestingWords = [0, 1, 2, 3, 4, 5, 8, 9, 0x10, 0x28, 0x38, 0xFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFC, 0xFFFF_FFFF, 0xD00D_FEED];

    public Random Random { get; } = new(seed);

    public byte[] Next()
    {
        var bytes = (byte[])seeds[Random.Next(seeds.Count)].Clone();
        var rounds = 1 + Random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            bytes = Random.Next(9) switch
            {
                0 => FlipBits(bytes),
                1 => bytes[..Random.Next(bytes.Length + 1)],
                2 or 3 => SetHeaderField(bytes),
                4 or 5 => SetStructureWord(bytes),
                6 => Splice(bytes),
                7 => InsertOrDelete(bytes),
                _ => RandomBody(bytes),
            };
        }

        // A changed length fails the totalsize check first; half the time make totalsize agree, to reach deeper checks.
        if (bytes.Length >= 8 && Random.Next(2) == 0)
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), (uint)bytes.Length);
        return bytes;
    }

    private byte[] FlipBits(byte[] bytes)
    {
        for (var i = 1 + Random.Next(8); i > 0 && bytes.Length > 0; i--)
            bytes[Random.Next(bytes.Length)] ^= (byte)(1 << Random.Next(8));
        return bytes;
    }

    private uint Word(byte[] bytes) => Random.Next(4) switch
    {
        0 => InterestingWords[Random.Next(InterestingWords.Length)],
        1 => (uint)bytes.Length + (uint)Random.Next(-8, 9),
        2 => (uint)Random.NextInt64(uint.MaxValue + 1L),
        _ => (uint)Random.Next(0, 64),
    };

    private byte[] SetHeaderField(byte[] bytes)
    {
        var field = Random.Next(10) * 4;
        if (bytes.Length >= field + 4)
        {
            var current = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(field));
            var value = Random.Next(3) == 0 ? current + (uint)Random.Next(-16, 17) : Word(bytes);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(field), value);
        }

        return bytes;
    }

    private byte[] SetStructureWord(byte[] bytes)
    {
        if (bytes.Length >= 44)
        {
            var at = (40 + Random.Next(bytes.Length - 43)) & ~3;
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), Word(bytes));
        }

        return bytes;
    }

    private byte[] Splice(byte[] bytes)
    {
        var donor = seeds[Random.Next(seeds.Count)];
        var length = Random.Next(1, Math.Min(64, donor.Length) + 1);
        var from = Random.Next(donor.Length - length + 1);
        if (bytes.Length < length)
            return [.. bytes, .. donor.AsSpan(from, length)];
        var to = Random.Next(2) == 0 ? Random.Next(bytes.Length - length + 1) & ~3 : Random.Next(bytes.Length - length + 1);
        donor.AsSpan(from, length).CopyTo(bytes.AsSpan(to));
        return bytes;
    }

    private byte[] InsertOrDelete(byte[] bytes)
    {
        var at = Random.Next(bytes.Length + 1) & ~3;
        var count = 4 * Random.Next(1, 5);
        if (Random.Next(2) == 0)
        {
            var inserted = new byte[count];
            for (var i = 0; i < count; i += 4)
                BinaryPrimitives.WriteUInt32BigEndian(inserted.AsSpan(i), Word(bytes));
            return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
        }

        return at + count <= bytes.Length ? [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + count)] : bytes;
    }

    /// <summary>Keeps the header, replaces the body with random bytes of a random length.</summary>
    private byte[] RandomBody(byte[] bytes)
    {
        var body = new byte[Random.Next(0, 256)];
        Random.NextBytes(body);
        return [.. bytes.AsSpan(0, Math.Min(40, bytes.Length)), .. body];
    }
}
