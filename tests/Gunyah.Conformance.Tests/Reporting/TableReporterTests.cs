using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Tests.Reporting;

public sealed class TableReporterTests
{
    [Fact]
    public void The_table_lists_failures_and_expected_failures_then_one_summary_row_per_run()
    {
        using var text = new StringWriter();
        new TableReporter(text, colour: false).Write(SampleReports.All);
        var output = text.ToString();
        Assert.Contains("FAIL   dtb.null-argument", output, StringComparison.Ordinal);
        Assert.Contains("XFAIL  vcpu-run.mmap-past-the-run-page", output, StringComparison.Ordinal);
        Assert.DoesNotContain("device.unknown-request", output, StringComparison.Ordinal);
        Assert.Matches(@"reference v17 +1 +1 +1 +1 +4", output);
        Assert.Matches(@"/dev/gunyah android14-6.1 \(6\.1\.75-android14-11\) +2 +0 +0 +0 +2", output);
        Assert.Contains("1 clause result(s) failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_lists_every_result_and_colour_paints_statuses()
    {
        using var text = new StringWriter();
        new TableReporter(text, colour: true, verbose: true).Write(SampleReports.All);
        var output = text.ToString();
        Assert.Contains("device.unknown-request", output, StringComparison.Ordinal);
        Assert.Contains("\u001b[31;1mFAIL ", output, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mPASS ", output, StringComparison.Ordinal);
        Assert.Contains("\u001b[36mXFAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_line_rewrites_itself_and_clears()
    {
        using var text = new StringWriter();
        var line = new ProgressLine(text);
        var results = SampleReports.All[0].Results;
        line.Show("reference v17", results[0], 1, 4);
        line.Show("reference v17", results[1], 2, 4);
        line.Clear();
        var output = text.ToString();
        Assert.StartsWith("\r[reference v17] 1/4 device.unknown-request", output, StringComparison.Ordinal);
        Assert.Contains("\r[reference v17] 2/4 dtb.null-argument", output, StringComparison.Ordinal);
        Assert.EndsWith("\r", output, StringComparison.Ordinal);
        Assert.Equal(ClauseStatus.Fail, results[1].Status);
    }
}
