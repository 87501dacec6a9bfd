using System.Text.Json;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Reporting;

/// <summary>
/// The machine-readable report: <c>{"tool", "schemaVersion", "succeeded", "runs": [{"target", "kind",
/// "generation", "kernelVersion", "counts": {"pass", "fail", "skip", "xfail"}, "results": [{"id", "group",
/// "status", "expected", "observed", "detail", "durationMs"}]}]}</c>; statuses in lower case.
/// </summary>
public static class JsonReporter
{
    public const int SchemaVersion = 1;

    public static void Write(Stream output, IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("tool", "gunyah-conformance");
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteBoolean("succeeded", reports.All(r => r.Succeeded));
        json.WriteStartArray("runs");
        foreach (var report in reports)
        {
            WriteRun(json, report);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, RunReport report)
    {
        json.WriteStartObject();
        json.WriteString("target", report.Target);
        json.WriteString("kind", report.Kind.ToString().ToLowerInvariant());
        json.WriteString("generation", report.Generation);
        json.WriteString("kernelVersion", report.KernelVersion);
        json.WriteStartObject("counts");
        foreach (var status in StatusNames.All)
        {
            json.WriteNumber(StatusNames.Of(status).ToLowerInvariant(), report.Count(status));
        }

        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            json.WriteStartObject();
            json.WriteString("id", result.Clause.Id);
            json.WriteString("group", result.Clause.Group);
            json.WriteString("status", StatusNames.Of(result.Status).ToLowerInvariant());
            json.WriteString("expected", result.Expected?.ToString());
            json.WriteString("observed", result.Observed);
            json.WriteString("detail", result.Detail);
            json.WriteNumber("durationMs", Math.Round(result.Duration.TotalMilliseconds, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
