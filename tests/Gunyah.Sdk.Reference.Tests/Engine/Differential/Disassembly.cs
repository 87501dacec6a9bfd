using System.Buffers.Binary;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>GNU objdump's reading of raw A64 words: one line per word ("add x1, x2, #0x3"), ".inst …" where it knows none.</summary>
internal static class Disassembly
{
    public static string[] Of(IReadOnlyList<uint> words, string directory)
    {
        var blob = new byte[words.Count * 4];
        for (var n = 0; n < words.Count; n++)
            BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(n * 4), words[n]);
        File.WriteAllBytes(Path.Combine(directory, "words.bin"), blob);
        var text = System.Text.Encoding.UTF8.GetString(CrossTools.Run(CrossTools.Objdump, "-D -b binary -maarch64 words.bin", directory));
        var lines = new string[words.Count];
        foreach (var line in text.Split('\n'))
        {
            // "     1c:\t8b020020 \tadd\tx0, x1, x2"
            var parts = line.Split('\t');
            if (parts.Length < 3 || !parts[0].TrimEnd().EndsWith(':'))
                continue;
            var offset = Convert.ToInt32(parts[0].Trim().TrimEnd(':'), 16);
            lines[offset / 4] = string.Join(' ', parts.Skip(2)).Trim();
        }

        for (var n = 0; n < lines.Length; n++)
            lines[n] ??= "(objdump printed nothing)";
        return lines;
    }

    /// <summary>Whether objdump treats the word as unallocated or reserved.</summary>
    public static bool IsUndefined(string line) => line.StartsWith(".inst", StringComparison.Ordinal) || line.Contains("undefined", StringComparison.Ordinal) || line.Contains("(bad)", StringComparison.Ordinal);
}
