using System.Buffers.Binary;

namespace Gunyah.Sdk.GuestToolkit;

/// <summary>
/// A small A64 assembler: each method appends one instruction (little-endian words), labels may be referenced
/// before they are bound, and <see cref="Build"/> resolves every reference and returns the image. Encodings follow
/// the Arm Architecture Reference Manual; an operand an encoding cannot hold is an <see cref="ArgumentException"/>.
/// </summary>
public sealed partial class A64Assembler
{
    private readonly List<uint> words = [];
    private readonly List<long> labels = [];
    private readonly List<(int Word, A64Label Label, FixupKind Kind)> fixups = [];

    /// <summary>An assembler whose first instruction will sit at guest address <paramref name="origin"/>.</summary>
    public A64Assembler(ulong origin = 0) => Origin = origin;

    private enum FixupKind
    {
        Branch26,
        Imm19,
        Imm14,
        Adr21,
        Data64,
    }

    /// <summary>The guest address of the first instruction.</summary>
    public ulong Origin { get; }

    /// <summary>The guest address the next instruction gets.</summary>
    public ulong Position => Origin + (ulong)words.Count * 4;

    /// <summary>A new, unbound label.</summary>
    public A64Label NewLabel()
    {
        labels.Add(-1);
        return new A64Label(labels.Count - 1);
    }

    /// <summary>Binds <paramref name="label"/> to the next instruction's position.</summary>
    public A64Assembler Bind(A64Label label)
    {
        if (labels[label.Id] >= 0)
            throw new InvalidOperationException($"Label {label.Id} is bound twice.");
        labels[label.Id] = words.Count;
        return this;
    }

    /// <summary>A new label bound here.</summary>
    public A64Label Here()
    {
        var label = NewLabel();
        Bind(label);
        return label;
    }

    /// <summary>The guest address of a bound label.</summary>
    public ulong AddressOf(A64Label label) =>
        labels[label.Id] >= 0 ? Origin + (ulong)labels[label.Id] * 4 : throw new InvalidOperationException($"Label {label.Id} is not bound.");

    /// <summary>Appends a raw 32-bit word (an instruction this assembler has no method for, or data).</summary>
    public A64Assembler Word(uint word)
    {
        words.Add(word);
        return this;
    }

    /// <summary>Appends the 64-bit guest address of <paramref name="label"/> as data (two words).</summary>
    public A64Assembler AddressData(A64Label label)
    {
        fixups.Add((words.Count, label, FixupKind.Data64));
        words.Add(0);
        words.Add(0);
        return this;
    }

    /// <summary>Appends <paramref name="bytes"/> as data, zero-padded to a word.</summary>
    public A64Assembler Bytes(ReadOnlySpan<byte> bytes)
    {
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < bytes.Length; i += 4)
        {
            word.Clear();
            bytes.Slice(i, Math.Min(4, bytes.Length - i)).CopyTo(word);
            words.Add(BinaryPrimitives.ReadUInt32LittleEndian(word));
        }

        return this;
    }

    /// <summary>Resolves every label reference and returns the image (to load at <see cref="Origin"/>).</summary>
    public byte[] Build()
    {
        var resolved = words.ToArray();
        foreach (var (word, label, kind) in fixups)
        {
            var target = labels[label.Id];
            if (target < 0)
                throw new InvalidOperationException($"Label {label.Id} is referenced but never bound.");
            var delta = target - word; // In words.
            resolved[word] = kind switch
            {
                FixupKind.Branch26 => resolved[word] | Signed(delta, 26, "branch"),
                FixupKind.Imm19 => resolved[word] | (Signed(delta, 19, "conditional branch or literal") << 5),
                FixupKind.Imm14 => resolved[word] | (Signed(delta, 14, "test-and-branch") << 5),
                FixupKind.Adr21 => resolved[word] | AdrImmediate(delta * 4),
                _ => (uint)(Origin + (ulong)target * 4),
            };
            if (kind == FixupKind.Data64)
                resolved[word + 1] = (uint)((Origin + (ulong)target * 4) >> 32);
        }

        var image = new byte[resolved.Length * 4];
        for (var i = 0; i < resolved.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(i * 4), resolved[i]);
        return image;
    }

    private A64Assembler Emit(uint word) => Word(word);

    private A64Assembler EmitFixup(uint word, A64Label label, FixupKind kind)
    {
        fixups.Add((words.Count, label, kind));
        return Word(word);
    }

    private static uint AdrImmediate(long bytes)
    {
        var value = Signed(bytes, 21, "ADR");
        return ((value & 3) << 29) | ((value >> 2) << 5);
    }

    internal static uint Signed(long value, int bits, string what)
    {
        var limit = 1L << (bits - 1);
        if (value < -limit || value >= limit)
            throw new ArgumentException($"The {what} offset {value} does not fit in {bits} signed bits.");
        return (uint)(value & ((1L << bits) - 1));
    }

    internal static uint Unsigned(ulong value, int bits, string what) =>
        value < (1UL << bits) ? (uint)value : throw new ArgumentException($"The {what} value {value} does not fit in {bits} bits.");

    private static void SameWidth(A64Register a, A64Register b)
    {
        if (a.Is64 != b.Is64)
            throw new ArgumentException("The operands must all be X or all be W registers.");
    }
}
