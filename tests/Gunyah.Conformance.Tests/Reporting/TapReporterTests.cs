using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests.Reporting;

public sealed class TapReporterTests
{
    [Fact]
    public void The_tap_stream_parses_with_one_point_per_result_and_the_right_directives()
    {
        using var text = new StringWriter();
        TapReporter.Write(text, SampleReports.All);
        var points = TapParser.Parse(text.ToString());
        var results = SampleReports.All.SelectMany(r => r.Results.Select(x => (r.Generation, Result: x))).ToList();
        Assert.Equal(results.Count, points.Count);
        foreach (var (point, (generation, result)) in points.Zip(results))
        {
            Assert.Equal($"{generation} {result.Clause.Id}", point.Description);
            var expected = result.Status switch
            {
                ClauseStatus.Pass => (true, (string?)null),
                ClauseStatus.Skip => (true, "SKIP"),
                ClauseStatus.XFail => (false, "TODO"),
                _ => (false, null),
            };
            Assert.Equal(expected, (point.Ok, point.Directive));
            if (point.Directive is not null)
            {
                Assert.Equal(result.Detail, point.Reason);
            }

            Assert.Equal(result.Status == ClauseStatus.Fail, point.Yaml.Count > 0);
        }

        var failure = points.Single(p => !p.Ok && p.Directive is null);
        Assert.Contains("expected: \"EFAULT\"", failure.Yaml);
        Assert.Contains("observed: \"EINVAL\"", failure.Yaml);
    }

    [Theory]
    [InlineData("1..1\nok 1 - a")]
    [InlineData("TAP version 14\nok 1 - a")]
    [InlineData("TAP version 14\n1..2\nok 1 - a\nok 3 - b")]
    [InlineData("TAP version 14\n1..2\nok 1 - a")]
    [InlineData("TAP version 14\n1..1\nnot ok 1 - a\n  ---\n  message: x")]
    [InlineData("TAP version 14\n1..1\nok 1 - a # MAYBE later")]
    public void The_parser_rejects_malformed_streams(string stream) =>
        Assert.Throws<FormatException>(() => TapParser.Parse(stream));
}
