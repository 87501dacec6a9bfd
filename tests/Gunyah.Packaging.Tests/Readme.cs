namespace Gunyah.Packaging.Tests;

/// <summary>The README's quick start, as the tests compile and run it.</summary>
internal static class Readme
{
    public const string QuickStartMarker = "<!-- quick-start";

    /// <summary>The C# block after the quick-start marker of the repository's README.md.</summary>
    public static string QuickStart(string repoRoot)
    {
        var lines = File.ReadAllLines(Path.Combine(repoRoot, "README.md"));
        var marker = Array.FindIndex(lines, l => l.StartsWith(QuickStartMarker, StringComparison.Ordinal));
        Assert.True(marker >= 0, "README.md has no quick-start marker");
        Assert.Equal("```csharp", lines[marker + 1]);
        var end = Array.IndexOf(lines, "```", marker + 2);
        return string.Join('\n', lines[(marker + 2)..end]) + "\n";
    }

    /// <summary>The program for a VM run by the quick start: its last line.</summary>
    public const string QuickStartOutput = "Mmio: write of 0x42 at 0x90000000";
}
