using System.Globalization;
using System.Xml.Linq;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>
/// JUnit XML as CI servers read it: <c>testsuites</c> (name, tests, failures, errors, skipped, time) holding one
/// <c>testsuite</c> per run (the same attributes plus timestamp and hostname), each clause a <c>testcase</c>
/// (name, classname = group, time) with a <c>failure</c> (message, type) or <c>skipped</c> (message) child.
/// JUnit has no expected failure: an XFAIL is a skipped test case whose message starts with "XFAIL".
/// </summary>
public static class JunitReporter
{
    public static XDocument Build(IReadOnlyList<RunReport> reports, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var suites = new XElement("testsuites",
            new XAttribute("name", "gunyah-conformance"),
            Counts(reports.SelectMany(r => r.Results).ToList()),
            reports.Select(r => Suite(r, timestamp)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    public static void Write(Stream output, IReadOnlyList<RunReport> reports, DateTimeOffset timestamp) => Build(reports, timestamp).Save(output);

    private static XElement Suite(RunReport report, DateTimeOffset timestamp) =>
        new("testsuite",
            new XAttribute("name", $"{report.Target} {report.Generation}"),
            Counts(report.Results),
            new XAttribute("timestamp", timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", Environment.MachineName),
            report.Results.Select(Case));

    private static XAttribute[] Counts(IReadOnlyList<ClauseResult> results) =>
    [
        new("tests", results.Count),
        new("failures", results.Count(r => r.Status == ClauseStatus.Fail)),
        new("errors", 0),
        new("skipped", results.Count(r => r.Status is ClauseStatus.Skip or ClauseStatus.XFail)),
        new("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks)))),
    ];

    private static XElement Case(ClauseResult result)
    {
        var element = new XElement("testcase",
            new XAttribute("name", result.Clause.Id),
            new XAttribute("classname", result.Clause.Group),
            new XAttribute("time", Seconds(result.Duration)));
        switch (result.Status)
        {
            case ClauseStatus.Fail:
                element.Add(new XElement("failure", new XAttribute("message", result.Detail), new XAttribute("type", "conformance"), result.Clause.Behaviour));
                break;
            case ClauseStatus.Skip:
                element.Add(new XElement("skipped", new XAttribute("message", result.Detail)));
                break;
            case ClauseStatus.XFail:
                element.Add(new XElement("skipped", new XAttribute("message", "XFAIL: " + result.Detail)));
                break;
        }

        return element;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
