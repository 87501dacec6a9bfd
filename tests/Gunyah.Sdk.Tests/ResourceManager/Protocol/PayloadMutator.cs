using System.Buffers.Binary;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>
/// Deterministic payload mutations for the decoder fuzz: bit flips, truncation, extension, counts and length
/// fields set huge or off by one, and plain random bytes. Starts from valid encodings so most cases reach deep
/// into a reader's validation instead of failing at the first length check.
/// </summary>
internal sealed class PayloadMutator(int seed)
{
    private readonly Random random = new(seed);

    public Random Random => random;

    public byte[] Mutate(byte[] valid)
    {
        var bytes = (byte[])valid.Clone();
        // One to three mutations stacked, so combinations (a huge count in a truncated payload...) occur too.
        var rounds = 1 + random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            bytes = random.Next(7) switch
            {
                0 => FlipBits(bytes),
                1 => bytes[..random.Next(bytes.Length + 1)],
                2 => Extend(bytes, zeros: false),
                3 => Extend(bytes, zeros: true),
                4 => OverwriteWord(bytes),
                5 => OverwriteWord(bytes),
                _ => RandomBytes(),
            };
        }

        return bytes;
    }

    public byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(80)];
        random.NextBytes(bytes);
        return bytes;
    }

    private byte[] FlipBits(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var flips = 1 + random.Next(3);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    private byte[] Extend(byte[] bytes, bool zeros)
    {
        var extra = new byte[1 + random.Next(24)];
        if (!zeros)
        {
            random.NextBytes(extra);
        }

        return [.. bytes, .. extra];
    }

    /// <summary>
    /// Overwrites an aligned u16 or u32 — where every count and length field sits — with a huge, maximal,
    /// off-by-one or zero value.
    /// </summary>
    private byte[] OverwriteWord(byte[] bytes)
    {
        var width = random.Next(2) == 0 ? 2 : 4;
        if (bytes.Length < width)
        {
            return bytes;
        }

        var offset = random.Next((bytes.Length - width) / 2 + 1) * 2;
        var target = bytes.AsSpan(offset, width);
        var old = width == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(target) : BinaryPrimitives.ReadUInt32LittleEndian(target);
        ulong value = random.Next(6) switch
        {
            0 => ulong.MaxValue,
            1 => 0x8000_0000,
            2 => old + 1,
            3 => old - 1,
            4 => 0,
            _ => (ulong)random.NextInt64(),
        };
        if (width == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(target, unchecked((ushort)value));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target, unchecked((uint)value));
        }

        return bytes;
    }
}
