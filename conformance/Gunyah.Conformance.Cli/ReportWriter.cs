using System.Text;
using Gunyah.Conformance.Reporting;
using Gunyah.Conformance.Running;

namespace Gunyah.Conformance.Cli;

/// <summary>Writes the human table and the --format output where the settings say.</summary>
internal static class ReportWriter
{
    public static void Write(CommandSettings settings, IReadOnlyList<RunReport> reports, TextWriter output, TerminalInfo terminal)
    {
        var machine = settings.Format == OutputFormat.Table ? null : Render(settings.Format, reports);
        if (machine is not null && settings.Output is null)
        {
            output.Write(machine);
            return;
        }

        if (machine is not null)
        {
            File.WriteAllText(settings.Output!, machine);
        }

        new TableReporter(output, terminal.Colour, settings.Verbose).Write(reports);
    }

    private static string Render(OutputFormat format, IReadOnlyList<RunReport> reports)
    {
        if (format == OutputFormat.Tap)
        {
            using var text = new StringWriter();
            TapReporter.Write(text, reports);
            return text.ToString();
        }

        using var stream = new MemoryStream();
        if (format == OutputFormat.Json)
        {
            JsonReporter.Write(stream, reports);
        }
        else
        {
            JunitReporter.Write(stream, reports, DateTimeOffset.UtcNow);
        }

        return new UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF') + "\n";
    }
}
