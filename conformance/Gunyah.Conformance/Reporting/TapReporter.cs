using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>
/// TAP version 14: one plan over every run, one test point per clause and run (<c>generation id</c>). SKIP is the
/// <c># SKIP</c> directive, XFAIL a <c>not ok</c> with <c># TODO</c> (TAP's expected failure); a failure carries a
/// YAML block with the expected and observed outcome.
/// </summary>
public static class TapReporter
{
    public static void Write(TextWriter output, IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reports);
        output.WriteLine("TAP version 14");
        output.WriteLine($"1..{reports.Sum(r => r.Results.Count)}");
        var number = 0;
        foreach (var report in reports)
        {
            foreach (var result in report.Results)
            {
                number++;
                var description = $"{report.Generation} {result.Clause.Id}";
                switch (result.Status)
                {
                    case ClauseStatus.Pass:
                        output.WriteLine($"ok {number} - {description}");
                        break;
                    case ClauseStatus.Skip:
                        output.WriteLine($"ok {number} - {description} # SKIP {Escape(result.Detail)}");
                        break;
                    case ClauseStatus.XFail:
                        output.WriteLine($"not ok {number} - {description} # TODO {Escape(result.Detail)}");
                        break;
                    default:
                        output.WriteLine($"not ok {number} - {description}");
                        output.WriteLine("  ---");
                        output.WriteLine($"  message: {Yaml(result.Detail)}");
                        output.WriteLine($"  expected: {Yaml(result.Expected?.ToString() ?? string.Empty)}");
                        output.WriteLine($"  observed: {Yaml(result.Observed ?? string.Empty)}");
                        output.WriteLine("  ...");
                        break;
                }
            }
        }
    }

    // A directive's text ends the line; '#' and '\' are escaped as TAP 14 asks.
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"";
}
