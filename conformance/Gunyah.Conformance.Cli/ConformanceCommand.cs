using System.CommandLine;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;
using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.Uapi;

namespace Gunyah.Conformance.Cli;

/// <summary>The gunyah-conformance command line: options, target selection, the run and its reports.</summary>
public static class ConformanceCommand
{
    /// <summary>Exit code when every selected clause passed, was skipped or failed as the errata table expects.</summary>
    public const int Conforms = 0;

    /// <summary>Exit code when at least one clause failed.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage error or a target that cannot be opened.</summary>
    public const int UsageError = 2;

    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, TerminalInfo terminal) =>
        InvokeAsync(args, output, error, terminal, decorate: null);

    /// <summary>As the public overload, with the reference's kernel seam seen through <paramref name="decorate"/>
    /// (tests use it to run the command against a deliberately wrong kernel).</summary>
    internal static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, TerminalInfo terminal, Func<IKernel, IKernel>? decorate)
    {
        var options = new CommandOptions();
        var root = new RootCommand(
            "Runs the Gunyah conformance suite: clauses that say how /dev/gunyah behaves in each ABI generation, checked "
            + "against the in-process reference hypervisor (the default, every generation) or against a real Gunyah "
            + "device on this machine. Prints a table per generation and exits 0 only when no clause failed. "
            + "Examples: 'gunyah-conformance' (the reference, all generations); 'gunyah-conformance --device /dev/gunyah' "
            + "(this machine's kernel, generation detected); 'gunyah-conformance --list --filter functions'. "
            + "Exit codes: 0 nothing failed (skips and expected failures allowed), 1 a clause failed, 2 a usage error or no such device.");
        options.AddTo(root);
        root.SetAction((parse, cancellation) => RunAsync(options.Read(parse), output, error, terminal, decorate, cancellation));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(CommandSettings settings, TextWriter output, TextWriter error, TerminalInfo terminal, Func<IKernel, IKernel>? decorate, CancellationToken cancellation)
    {
        var clauses = new ClauseFilter(settings.Filters).Select(ClauseCatalogue.All);
        if (clauses.Count == 0)
        {
            error.WriteLine($"no clause matches --filter {string.Join(",", settings.Filters)} (try --list)");
            return UsageError;
        }

        if (settings.List)
        {
            ClauseListing.Write(output, clauses);
            return Conforms;
        }

        if (settings.WriteDocs is { } docsPath)
        {
            var reference = await ReferenceRuns.RunAsync(new ConformanceRunner(), AbiProfiles.All, cancellationToken: cancellation).ConfigureAwait(false);
            await File.WriteAllTextAsync(docsPath, ConformanceDocument.Render(ClauseCatalogue.All, reference), cancellation).ConfigureAwait(false);
            output.WriteLine($"wrote {docsPath}");
            return Conforms;
        }

        if (!TargetSelection.TryResolve(settings, decorate, out var selection, out var problem))
        {
            error.WriteLine(problem);
            return UsageError;
        }

        var progress = terminal.Progress ? new ProgressLine(error) : null;
        var runner = new ConformanceRunner
        {
            Progress = progress is null ? null : (generation, result, index, total) => progress.Show($"{selection.Label} {generation}", result, index, total),
        };
        var reports = await selection.RunAsync(runner, clauses, cancellation).ConfigureAwait(false);
        progress?.Clear();
        ReportWriter.Write(settings, reports, output, terminal);
        return reports.All(r => r.Succeeded) ? Conforms : Failed;
    }
}
