using System.Globalization;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>
/// The human report: each run's failures and expected failures (every clause with <c>verbose</c>), then one
/// summary row per run. Colours (ANSI) only when asked for, i.e. when the output is a terminal.
/// </summary>
public sealed class TableReporter(TextWriter output, bool colour, bool verbose = false)
{
    public void Write(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            var shown = report.Results.Where(r => verbose || r.Status is ClauseStatus.Fail or ClauseStatus.XFail).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            output.WriteLine($"{report.Target} {report.Generation}:");
            var width = shown.Max(r => r.Clause.Id.Length);
            foreach (var result in shown)
            {
                var detail = result.Detail.Length == 0 ? string.Empty : "  " + result.Detail;
                output.WriteLine($"  {Paint(result.Status, StatusNames.Of(result.Status).PadRight(5))}  {result.Clause.Id.PadRight(width)}{detail}");
            }

            output.WriteLine();
        }

        WriteSummary(reports);
    }

    private void WriteSummary(IReadOnlyList<RunReport> reports)
    {
        var targetWidth = Math.Max("generation".Length, reports.Max(r => Label(r).Length));
        output.WriteLine($"{"generation".PadRight(targetWidth)}  {"pass",5} {"fail",5} {"skip",5} {"xfail",5} {"total",6}  time");
        foreach (var report in reports)
        {
            output.WriteLine(
                $"{Label(report).PadRight(targetWidth)}  {Cell(report, ClauseStatus.Pass)} {Cell(report, ClauseStatus.Fail)} {Cell(report, ClauseStatus.Skip)} {Cell(report, ClauseStatus.XFail)} {report.Results.Count,6}  {report.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        }

        var failed = reports.Sum(r => r.Count(ClauseStatus.Fail));
        output.WriteLine(failed == 0
            ? Paint(ClauseStatus.Pass, "conforms: no clause failed")
            : Paint(ClauseStatus.Fail, $"{failed} clause result(s) failed"));
    }

    private static string Label(RunReport report) => report.Kind == Targets.TargetKind.Reference
        ? $"{report.Target} {report.Generation}"
        : $"{report.Target} {report.Generation} ({report.KernelVersion ?? "kernel ?"})";

    private string Cell(RunReport report, ClauseStatus status)
    {
        var count = report.Count(status);
        var text = count.ToString(CultureInfo.InvariantCulture).PadLeft(5);
        return count == 0 || status == ClauseStatus.Skip ? text : Paint(status, text);
    }

    private string Paint(ClauseStatus status, string text)
    {
        if (!colour)
        {
            return text;
        }

        var code = status switch
        {
            ClauseStatus.Pass => "32",
            ClauseStatus.Fail => "31;1",
            ClauseStatus.Skip => "33",
            _ => "36",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
