namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// The interpreter against qemu-aarch64 over <see cref="Count"/> random sequences from seed <see cref="Seed"/>:
/// every register, NZCV and the scratch buffer must agree. Set GUNYAH_DIFF_ONLY=i to run sequence i alone, and
/// GUNYAH_DIFF_SEED / GUNYAH_DIFF_COUNT to explore other seeds or more sequences by hand.
/// </summary>
public sealed class QemuDifferentialTests
{
    private const int DefaultSeed = 0x8A64;
    private const int DefaultCount = 10_000;
    private static readonly int Seed = Setting("GUNYAH_DIFF_SEED") ?? DefaultSeed;
    private static readonly int Count = Setting("GUNYAH_DIFF_COUNT") ?? DefaultCount;

    // What objdump must show among the sequences (aliases included), so the generator cannot lose a class unseen.
    private static readonly string[] Mnemonics =
    [
        "add", "adds", "sub", "subs", "cmp", "cmn", "neg", "and", "orr", "eor", "ands", "tst", "bic", "orn", "eon", "bics",
        "mov", "movk", "sbfx", "sbfiz", "ubfx", "ubfiz", "bfxil", "bfi", "lsl", "lsr", "asr", "ror", "sxtw", "extr",
        "csel", "csinc", "csinv", "csneg", "cset", "ccmp", "ccmn", "madd", "msub", "mul", "mneg", "smaddl", "smsubl",
        "umaddl", "umsubl", "smull", "umull", "smulh", "umulh", "udiv", "sdiv", "clz", "cls", "rbit", "rev", "rev16",
        "rev32", "adc", "adcs", "sbc", "sbcs", "ldr", "ldrb", "ldrh", "ldrsb", "ldrsh", "ldrsw", "str", "strb", "strh",
        "ldur", "stur", "ldursw", "ldtr", "ldtrsb", "sttr", "sttrh", "ldp", "stp", "ldpsw", "ldnp", "stnp", "b.eq", "b.ne", "b.hi", "b.lt", "cbz", "cbnz", "tbz", "tbnz",
        "ldar", "ldarb", "ldarh", "stlr", "stlrb", "stlrh", "ldlar", "stllr", "ldxr", "ldaxr", "ldxrb", "stxr", "stlxr", "stxrh",
        "mrs", "msr", "nop", "yield", "dmb", "dsb", "isb", "clrex",
        "ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldumin", "swp", "stadd", "cas", "casb", "casp", "ldxp", "stxp",
    ];

    [QemuFact]
    public void Interpreter_agrees_with_qemu_on_random_sequences()
    {
        var sequences = Generate();
        var directory = Directory.CreateTempSubdirectory("gunyah-diff-");
        try
        {
            var disassembly = DifferentialRun.Disassemble(sequences, directory.FullName);
            var undefined = sequences
                .SelectMany(s => disassembly[s.Index].Select((line, n) => (s, line, n)))
                .Where(t => Disassembly.IsUndefined(t.line))
                .Select(t => $"sequence {t.s.Index} word {t.n}: 0x{t.s.Words[t.n]:x8} {t.line}")
                .ToList();
            Assert.True(undefined.Count == 0, "the generator made encodings objdump does not know:\n" + string.Join('\n', undefined.Take(20)));
            if (sequences.Count >= DefaultCount)
            {
                var seen = disassembly.Values.SelectMany(lines => lines).Select(line => line.Split(' ', '\t')[0]).ToHashSet();
                var absent = Mnemonics.Where(m => !seen.Contains(m)).ToList();
                Assert.True(absent.Count == 0, "the sequences never contain " + string.Join(", ", absent));
                var text = disassembly.Values.SelectMany(lines => lines).ToList();
                var unused = Operands.Where(o => !text.Any(line => line.Contains(o, StringComparison.Ordinal))).ToList();
                Assert.True(unused.Count == 0, "the sequences never have the operands " + string.Join(", ", unused));
            }

            var failures = DifferentialRun.Mismatches(sequences, disassembly, directory.FullName);
            Assert.True(failures.Count == 0, $"{failures.Count} of {sequences.Count} sequences differ (seed {Seed}):\n" + string.Join('\n', failures.Take(8)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Generator_is_deterministic_and_long_enough()
    {
        var first = new SequenceGenerator(Seed).Next(0);
        var again = new SequenceGenerator(Seed).Next(0);
        Assert.Equal(first.Words, again.Words);
        Assert.Equal(first.Initial.X, again.Initial.X);
        var generator = new SequenceGenerator(Seed);
        Assert.All(Enumerable.Range(0, 200).Select(generator.Next), s => Assert.InRange(s.Words.Length, 4, 130));
    }

    // Addressing modes and SP forms, by how objdump writes them.
    private static readonly string[] Operands =
        ["[sp", "sp, sp, #", ", sp", "]!", "], #", "[x28, x", ", sxtw", ", uxtw", ", sxtx", ", lsl #3]", "x28", "nzcv"];

    private static List<DifferentialSequence> Generate()
    {
        var generator = new SequenceGenerator(Seed);
        var all = Enumerable.Range(0, Count).Select(generator.Next).ToList();
        return Setting("GUNYAH_DIFF_ONLY") is { } only ? [all[only]] : all;
    }

    private static int? Setting(string name) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;
}
