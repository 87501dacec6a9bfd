namespace Gunyah.Conformance.Cli;

/// <summary>What the command line asked for.</summary>
public sealed record CommandSettings(
    string Target,
    string? Device,
    string? Profile,
    IReadOnlyList<string> Filters,
    bool List,
    OutputFormat Format,
    string? Output,
    bool Verbose,
    string? WriteDocs);
