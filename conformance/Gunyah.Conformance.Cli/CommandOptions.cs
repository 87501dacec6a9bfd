using System.CommandLine;

namespace Gunyah.Conformance.Cli;

/// <summary>The options of the command and how they read into <see cref="CommandSettings"/>.</summary>
internal sealed class CommandOptions
{
    private readonly Option<string> target = new("--target", "-t")
    {
        Description = "What to test: 'reference' (the in-process reference hypervisor; default) or 'device' (a real Gunyah kernel, see --device).",
        DefaultValueFactory = _ => "reference",
    };

    private readonly Option<string?> device = new("--device", "-d")
    {
        Description = "Test the real Gunyah device at this path (e.g. /dev/gunyah) on this machine's kernel; its ABI generation is detected unless --profile names it.",
        HelpName = "path",
    };

    private readonly Option<string?> profile = new("--profile", "-p")
    {
        Description = "ABI generation: v6, v10, android14-6.1, v17, android15-6.6, or 'all' (the reference's default). With --device it overrides detection.",
        HelpName = "generation",
    };

    private readonly Option<string[]> filter = new("--filter", "-f")
    {
        Description = "Run only clauses whose id or group matches this glob, e.g. 'dtb', 'functions.irqfd.*', '*.null-argument' (repeat or comma-separate for several).",
        HelpName = "glob",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> list = new("--list", "-l")
    {
        Description = "List the selected clauses (id, generations, behaviour) instead of running them.",
    };

    private readonly Option<OutputFormat> format = new("--format")
    {
        Description = "Also write the results as json, junit (JUnit XML) or tap (TAP 14): to --output, or instead of the table to standard output.",
        HelpName = "json|junit|tap",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    private readonly Option<FileInfo?> outputFile = new("--output", "-o")
    {
        Description = "The file --format writes to.",
        HelpName = "file",
    };

    private readonly Option<bool> verbose = new("--verbose", "-v")
    {
        Description = "List every clause's result in the table, not only failures and expected failures.",
    };

    private readonly Option<string?> writeDocs = new("--write-docs")
    {
        Description = "Regenerate the clause reference (docs/conformance.md) from the catalogue and a reference run of every generation, and exit.",
        HelpName = "file",
    };

    public void AddTo(Command command)
    {
        target.AcceptOnlyFromAmong("reference", "device");
        command.Options.Add(target);
        command.Options.Add(device);
        command.Options.Add(profile);
        command.Options.Add(filter);
        command.Options.Add(list);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Options.Add(verbose);
        command.Options.Add(writeDocs);
    }

    public CommandSettings Read(ParseResult parse) => new(
        Target: parse.GetValue(target) ?? "reference",
        Device: parse.GetValue(device),
        Profile: parse.GetValue(profile),
        Filters: parse.GetValue(filter) ?? [],
        List: parse.GetValue(list),
        Format: parse.GetValue(format),
        Output: parse.GetValue(outputFile)?.FullName,
        Verbose: parse.GetValue(verbose),
        WriteDocs: parse.GetValue(writeDocs));
}
