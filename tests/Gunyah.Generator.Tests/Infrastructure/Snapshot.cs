using System.Runtime.CompilerServices;
using System.Text;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// A tiny snapshot assertion. The expected text lives in <c>Snapshots/NAME.verified.cs</c> next to the calling
/// test file. On a mismatch the actual text is written to <c>NAME.received.cs</c> and the test fails with a
/// diff hint; with <c>GUNYAH_UPDATE_SNAPSHOTS=1</c> the verified file is rewritten instead.
/// <para>
/// Snapshot files are plain generated code; the test project excludes <c>**/Snapshots/**</c> from compilation.
/// </para>
/// </summary>
public static class Snapshot
{
    /// <summary>Compares the concatenated generated files with the snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, IEnumerable<(string HintName, string Text)> files, [CallerFilePath] string callerFilePath = "")
    {
        var builder = new StringBuilder();
        foreach (var (hintName, text) in files)
        {
            builder.Append("//----- ").Append(hintName).Append(" -----\n");
            builder.Append(text.Replace("\r\n", "\n"));
        }

        Verify(name, builder.ToString(), callerFilePath);
    }

    public static void Verify(string name, string actual, [CallerFilePath] string callerFilePath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFilePath)!, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var text = actual;

        if (Environment.GetEnvironmentVariable("GUNYAH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, text);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == text)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, text);
        Assert.Fail(expected is null
            ? $"No snapshot {verifiedPath}. Review {receivedPath} and rename it, or run with GUNYAH_UPDATE_SNAPSHOTS=1."
            : $"Snapshot {name} differs at line {FirstDifferentLine(expected, text)}. Compare: diff {verifiedPath} {receivedPath}; accept with GUNYAH_UPDATE_SNAPSHOTS=1.");
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i])
        {
            i++;
        }

        return i + 1;
    }
}
