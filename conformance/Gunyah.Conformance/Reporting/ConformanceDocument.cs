using System.Text;
using Gunyah.Conformance.Catalogue;
using Gunyah.Conformance.Errata;
using Gunyah.Conformance.Running;
using Gunyah.Conformance.Targets;

namespace Gunyah.Conformance.Reporting;

/// <summary>
/// docs/conformance.md, generated: the clause count per group, the reference's results per generation, the errata
/// and every clause with its expected outcome per generation. Deterministic (no times), so a test can compare.
/// </summary>
public static class ConformanceDocument
{
    /// <summary>The command that regenerates the document (from the repository root).</summary>
    public const string RegenerateCommand = "dotnet run --project conformance/Gunyah.Conformance.Cli -c Release -- --write-docs docs/conformance.md";

    public static string Render(IReadOnlyList<Clause> catalogue, IReadOnlyList<RunReport> referenceRuns, ErrataTable? errata = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(referenceRuns);
        errata ??= ErrataTable.Default;
        var text = new StringBuilder();
        text.AppendLine("# Conformance clauses");
        text.AppendLine();
        text.AppendLine("<!-- Generated from the clause catalogue (conformance/Gunyah.Conformance); do not edit. A test fails when it is stale. -->");
        text.AppendLine($"Generated from the catalogue in `conformance/Gunyah.Conformance/Clauses`. Regenerate with `{RegenerateCommand}`.");
        text.AppendLine("How to run the suite and read its results: `conformance/README.md`.");
        text.AppendLine();
        text.AppendLine($"{catalogue.Count} clauses. A cell gives the outcome a generation expects: `ok` (any success), a value, or an errno; `—` means the clause is not part of that generation (it reports SKIP there). \"choice\" marks our documented choice where the facts have a gap (gunyah-uapi.md §11).");
        text.AppendLine();
        AppendGroups(text, catalogue);
        AppendResults(text, referenceRuns);
        AppendErrata(text, errata);
        AppendUncovered(text);
        foreach (var group in ClauseGroup.All)
        {
            var clauses = catalogue.Where(c => c.Group == group).ToList();
            if (clauses.Count > 0)
            {
                AppendClauses(text, group, clauses);
            }
        }

        return text.ToString();
    }

    private static void AppendGroups(StringBuilder text, IReadOnlyList<Clause> catalogue)
    {
        text.AppendLine("## Clauses per group");
        text.AppendLine();
        text.AppendLine("| group | clauses | from sources | documented choices |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var group in ClauseGroup.All)
        {
            var clauses = catalogue.Where(c => c.Group == group).ToList();
            var choices = clauses.Count(c => c.Basis == ClauseBasis.DocumentedChoice);
            text.AppendLine($"| {group} | {clauses.Count} | {clauses.Count - choices} | {choices} |");
        }

        text.AppendLine();
        var needing = catalogue.Where(c => c.Needs != TargetFeatures.None).ToList();
        if (needing.Count > 0)
        {
            text.AppendLine($"{needing.Count} clauses need more than the kernel seam: the rm-protocol group talks to the RM over an RM link (the host VM's message queues, gunyah-rm.md §1), and `vm-memory.region.rm-refusal-is-einval` makes the RM behind the kernel refuse a call. The reference target offers both (its RM link reaches an RM of its own, so a clause cannot disturb the kernel's VMs); a real /dev/gunyah offers neither, because Linux gives userspace no channel to the RM, so there they report SKIP.");
            text.AppendLine();
        }
    }

    private static void AppendResults(StringBuilder text, IReadOnlyList<RunReport> runs)
    {
        text.AppendLine("## Results on the reference hypervisor");
        text.AppendLine();
        text.AppendLine("| generation | pass | fail | skip | xfail | total |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            text.AppendLine($"| {run.Generation} | {run.Count(ClauseStatus.Pass)} | {run.Count(ClauseStatus.Fail)} | {run.Count(ClauseStatus.Skip)} | {run.Count(ClauseStatus.XFail)} | {run.Results.Count} |");
        }

        text.AppendLine();
    }

    private static void AppendErrata(StringBuilder text, ErrataTable errata)
    {
        text.AppendLine("## Errata (known deviations, reported as XFAIL)");
        text.AppendLine();
        text.AppendLine("| clause | target | generations | kernel versions | reason |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var erratum in errata.Entries)
        {
            var generations = erratum.Generations is null ? "all" : string.Join(", ", erratum.Generations);
            text.AppendLine($"| `{erratum.ClauseId}` | {erratum.Target.ToString().ToLowerInvariant()} | {generations} | {erratum.KernelVersions ?? "any"} | {Cell(erratum.Reason)} |");
        }

        text.AppendLine();
    }

    private static void AppendUncovered(StringBuilder text)
    {
        text.AppendLine("## Errno rows without a clause yet");
        text.AppendLine();
        text.AppendLine("| row | why |");
        text.AppendLine("|---|---|");
        foreach (var row in UncoveredRow.All)
        {
            text.AppendLine($"| {Cell(row.Row)} | {Cell(row.Reason)} |");
        }

        text.AppendLine();
    }

    private static void AppendClauses(StringBuilder text, string group, IReadOnlyList<Clause> clauses)
    {
        text.AppendLine($"## {group}");
        text.AppendLine();
        text.AppendLine($"| id | behaviour | {string.Join(" | ", Generations.All)} | source |");
        text.AppendLine($"|---|---|{string.Concat(Generations.All.Select(_ => "---|"))}---|");
        foreach (var clause in clauses)
        {
            var cells = Generations.All.Select(g => clause.Expected.For(g) is { } expected ? (clause.ChoiceIn.Contains(g) ? $"{expected} (choice)" : expected.ToString()) : "—");
            var source = clause.Basis == ClauseBasis.DocumentedChoice ? $"choice: {clause.Source}" : clause.Source;
            text.AppendLine($"| `{clause.Id}` | {Cell(clause.Behaviour)} | {string.Join(" | ", cells)} | {Cell(source)} |");
        }

        text.AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
