namespace Gunyah.Conformance.Cli;

/// <summary>The machine-readable formats of <c>--format</c> (the human table is always printed unless the format
/// goes to standard output).</summary>
public enum OutputFormat
{
    Table,
    Json,
    Junit,
    Tap,
}
