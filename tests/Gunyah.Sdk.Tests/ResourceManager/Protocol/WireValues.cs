using System.Runtime.InteropServices;

namespace Gunyah.Sdk.Tests.ResourceManager.Protocol;

/// <summary>Builds non-trivial wire values: every byte of every field non-zero, lists and tails non-empty.</summary>
internal static class WireValues
{
    /// <summary>
    /// A <typeparamref name="T"/> whose raw bytes are a non-zero, seed-dependent pattern. The generated records are
    /// blittable and laid out as the packed C struct, so this sets every field (reserved ones, nested structs and
    /// fixed arrays included) to a distinct non-zero value: a codec that drops or moves a field cannot hide it.
    /// </summary>
    public static T Filled<T>(int seed)
        where T : unmanaged
    {
        Span<byte> bytes = stackalloc byte[Marshal.SizeOf<T>()];
        Pattern(bytes, seed);
        return MemoryMarshal.Read<T>(bytes);
    }

    /// <summary><paramref name="count"/> entries, each <see cref="Filled{T}"/> with its own seed.</summary>
    public static T[] Entries<T>(int count, int seed)
        where T : unmanaged
    {
        var entries = new T[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = Filled<T>(seed + (i * 29));
        }

        return entries;
    }

    /// <summary><paramref name="length"/> non-zero bytes.</summary>
    public static byte[] Tail(int length, int seed)
    {
        var bytes = new byte[length];
        Pattern(bytes, seed);
        return bytes;
    }

    private static void Pattern(Span<byte> bytes, int seed)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            // 1..255: never zero, and consecutive bytes differ so swapped or shifted fields show.
            bytes[i] = (byte)(((seed * 31) + (i * 7)) % 255 + 1);
        }
    }
}
