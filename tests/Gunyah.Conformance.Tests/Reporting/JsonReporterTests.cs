using System.Text.Json;
using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests.Reporting;

public sealed class JsonReporterTests
{
    [Fact]
    public void The_json_parses_back_to_the_same_runs_counts_and_results()
    {
        using var stream = new MemoryStream();
        JsonReporter.Write(stream, SampleReports.All);
        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal("gunyah-conformance", root.GetProperty("tool").GetString());
        Assert.Equal(JsonReporter.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(SampleReports.All.Count, runs.Count);
        foreach (var (run, report) in runs.Zip(SampleReports.All))
        {
            Assert.Equal(report.Generation, run.GetProperty("generation").GetString());
            Assert.Equal(report.Kind.ToString().ToLowerInvariant(), run.GetProperty("kind").GetString());
            Assert.Equal(report.KernelVersion, run.GetProperty("kernelVersion").GetString());
            foreach (var status in StatusNames.All)
            {
                Assert.Equal(report.Count(status), run.GetProperty("counts").GetProperty(StatusNames.Of(status).ToLowerInvariant()).GetInt32());
            }

            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(report.Results.Select(r => (r.Clause.Id, r.Clause.Group, StatusNames.Of(r.Status).ToLowerInvariant(), r.Detail, r.Observed)),
                results.Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("group").GetString()!, r.GetProperty("status").GetString()!, r.GetProperty("detail").GetString()!, r.GetProperty("observed").GetString())));
            Assert.Equal(report.Results.Select(r => r.Expected?.ToString()), results.Select(r => r.GetProperty("expected").GetString()));
        }
    }

    [Fact]
    public void A_run_without_failures_succeeds()
    {
        using var stream = new MemoryStream();
        JsonReporter.Write(stream, [SampleReports.All[1]]);
        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.True(document.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.True(SampleReports.All[1].Succeeded);
        Assert.Equal(2, SampleReports.All[1].Count(ClauseStatus.Pass));
    }
}
