namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// Random raw words from the data-processing groups (any register, 31 as SP or XZR as the encoding says, every
/// field value), kept where objdump names an instruction the interpreter has, six to a sequence, compared with
/// qemu-aarch64 like the generated sequences. This reaches the encodings a generator's choices would never make.
/// </summary>
public sealed class RawWordDifferentialTests
{
    private const int Seed = 0x5EED;
    private const int Candidates = 60_000;
    private const int PerSequence = 6;

    // Data processing only (no PC-relative ADR/ADRP, no memory, no branches), by objdump's names and aliases.
    private static readonly HashSet<string> Supported =
    [
        "add", "adds", "sub", "subs", "cmp", "cmn", "neg", "negs", "mov", "movz", "movn", "movk", "and", "ands", "orr",
        "eor", "eon", "orn", "bic", "bics", "tst", "mvn", "sbfm", "bfm", "ubfm", "sbfx", "sbfiz", "ubfx", "ubfiz", "bfi",
        "bfxil", "bfc", "lsl", "lsr", "asr", "ror", "sxtb", "sxth", "sxtw", "uxtb", "uxth", "extr", "csel", "csinc",
        "csinv", "csneg", "cset", "csetm", "cinc", "cinv", "cneg", "ccmp", "ccmn", "madd", "msub", "mul", "mneg",
        "smaddl", "smsubl", "umaddl", "umsubl", "smull", "smnegl", "umull", "umnegl", "smulh", "umulh", "udiv", "sdiv",
        "lslv", "lsrv", "asrv", "rorv", "clz", "cls", "rbit", "rev", "rev16", "rev32", "rev64", "adc", "adcs", "sbc",
        "sbcs", "ngc", "ngcs",
    ];

    [QemuFact]
    public void Interpreter_agrees_with_qemu_on_random_data_processing_words()
    {
        var random = new Random(Seed);
        // Bits 28:25: 100x data-processing immediate, x101 data-processing register.
        uint[] groups = [0b1000, 0b1001, 0b0101, 0b1101];
        var candidates = Enumerable.Range(0, Candidates)
            .Select(_ => ((uint)random.NextInt64() & ~(0xFu << 25)) | (groups[random.Next(groups.Length)] << 25))
            .ToList();
        var directory = Directory.CreateTempSubdirectory("gunyah-raw-");
        try
        {
            var lines = Disassembly.Of(candidates, directory.FullName);
            var kept = candidates.Where((_, n) => Supported.Contains(lines[n].Split(' ')[0])).ToArray();
            Assert.True(kept.Length > Candidates / 5, $"only {kept.Length} of {Candidates} words kept");
            var generator = new SequenceGenerator(Seed);
            var sequences = kept.Chunk(PerSequence).Select((words, n) => generator.Around(n, words)).ToList();
            var disassembly = DifferentialRun.Disassemble(sequences, directory.FullName);
            var failures = DifferentialRun.Mismatches(sequences, disassembly, directory.FullName);
            Assert.True(failures.Count == 0, $"{failures.Count} of {sequences.Count} sequences differ (seed {Seed}):\n" + string.Join('\n', failures.Take(8)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
