using System.Globalization;
using System.Xml.Linq;
using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests.Reporting;

/// <summary>The JUnit output has the shape CI servers' JUnit schema asks for: elements, required attributes, and
/// counts that agree with the test cases.</summary>
public sealed class JunitReporterTests
{
    private static readonly string[] SuiteAttributes = ["name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname"];

    [Fact]
    public void The_xml_has_the_junit_shape_and_consistent_counts()
    {
        using var stream = new MemoryStream();
        JunitReporter.Write(stream, SampleReports.All, new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero));
        stream.Position = 0;
        var document = XDocument.Load(stream);
        var root = document.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        RequireCounts(root, root.Descendants("testcase").ToList());
        var suites = root.Elements().ToList();
        Assert.All(suites, s => Assert.Equal("testsuite", s.Name.LocalName));
        Assert.Equal(SampleReports.All.Count, suites.Count);
        foreach (var (suite, report) in suites.Zip(SampleReports.All))
        {
            Assert.All(SuiteAttributes, a => Assert.NotNull(suite.Attribute(a)));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", suite.Attribute("timestamp")!.Value);
            var cases = suite.Elements().ToList();
            Assert.All(cases, c => Assert.Equal("testcase", c.Name.LocalName));
            RequireCounts(suite, cases);
            foreach (var (testCase, result) in cases.Zip(report.Results))
            {
                Assert.Equal(result.Clause.Id, testCase.Attribute("name")!.Value);
                Assert.Equal(result.Clause.Group, testCase.Attribute("classname")!.Value);
                Assert.True(double.TryParse(testCase.Attribute("time")!.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
                var child = testCase.Elements().SingleOrDefault();
                switch (result.Status)
                {
                    case ClauseStatus.Pass:
                        Assert.Null(child);
                        break;
                    case ClauseStatus.Fail:
                        Assert.Equal("failure", child!.Name.LocalName);
                        Assert.Equal(result.Detail, child.Attribute("message")!.Value);
                        Assert.NotNull(child.Attribute("type"));
                        break;
                    default:
                        Assert.Equal("skipped", child!.Name.LocalName);
                        Assert.Equal(result.Status == ClauseStatus.XFail, child.Attribute("message")!.Value.StartsWith("XFAIL", StringComparison.Ordinal));
                        break;
                }
            }
        }
    }

    private static void RequireCounts(XElement element, IReadOnlyList<XElement> cases)
    {
        int Attribute(string name) => int.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(cases.Count, Attribute("tests"));
        Assert.Equal(cases.Count(c => c.Element("failure") is not null), Attribute("failures"));
        Assert.Equal(cases.Count(c => c.Element("skipped") is not null), Attribute("skipped"));
        Assert.Equal(0, Attribute("errors"));
        Assert.True(double.TryParse(element.Attribute("time")!.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }
}
