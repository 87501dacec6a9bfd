namespace Gunyah.Conformance.Cli;

/// <summary>What the console can show: colours on standard output, a progress line on standard error.</summary>
public sealed record TerminalInfo(bool Colour, bool Progress)
{
    /// <summary>Plain text, no progress (redirected output, tests).</summary>
    public static TerminalInfo Plain { get; } = new(false, false);
}
