using System.Text;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>Runs sequences under qemu-aarch64 and on the interpreter and reports each one whose final states differ.</summary>
internal static class DifferentialRun
{
    /// <summary>objdump's lines for each sequence's words, by sequence index (one objdump run for all).</summary>
    public static Dictionary<int, string[]> Disassemble(IReadOnlyList<DifferentialSequence> sequences, string directory)
    {
        var lines = Disassembly.Of(sequences.SelectMany(s => s.Words).ToList(), directory);
        var result = new Dictionary<int, string[]>();
        var at = 0;
        foreach (var sequence in sequences)
        {
            result[sequence.Index] = lines[at..(at + sequence.Words.Length)];
            at += sequence.Words.Length;
        }

        return result;
    }

    /// <summary>One report per sequence whose registers, flags or memory differ (or that did not run to its end).</summary>
    public static List<string> Mismatches(IReadOnlyList<DifferentialSequence> sequences, Dictionary<int, string[]> disassembly, string directory)
    {
        var expected = QemuProgram.Run(sequences, directory);
        var runner = new InterpreterRunner();
        var failures = new List<string>();
        for (var n = 0; n < sequences.Count; n++)
        {
            var (actual, problem) = runner.Run(sequences[n]);
            var differences = problem is null ? expected[n].Differences(actual!) : [problem];
            if (differences.Count > 0)
                failures.Add(Report(sequences[n], disassembly[sequences[n].Index], differences));
        }

        return failures;
    }

    private static string Report(DifferentialSequence sequence, string[] disassembly, List<string> differences)
    {
        // Branch targets in objdump's text are offsets into all the sequences' words, not into this one.
        var s = new StringBuilder($"sequence {sequence.Index} (GUNYAH_DIFF_ONLY={sequence.Index}):\n");
        for (var n = 0; n < sequence.Words.Length; n++)
            s.Append($"  {sequence.Words[n]:x8}  {disassembly[n]}\n");
        s.Append("  initial: nzcv ").Append(Convert.ToString(sequence.Initial.Nzcv >> 28, 2).PadLeft(4, '0')).Append($" sp=0x{sequence.Initial.Sp:x}");
        for (var r = 0; r < 31; r++)
            s.Append(r % 4 == 0 ? "\n   " : string.Empty).Append($" x{r}=0x{sequence.Initial.X[r]:x}");
        s.Append('\n');
        foreach (var line in differences.Take(12))
            s.Append("  ").Append(line).Append('\n');
        return s.ToString();
    }
}
