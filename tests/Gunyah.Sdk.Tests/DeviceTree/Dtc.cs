using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Gunyah.Sdk.Tests.DeviceTree;

/// <summary>
/// Runs the devicetree compiler. Tests that need it use <see cref="DtcFactAttribute"/> and are skipped with a
/// reason when dtc is not on PATH; CI installs it (.ci/run), so there they always run.
/// </summary>
internal static partial class Dtc
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string? Path => Located.Value;

    public const string MissingReason = "dtc is not on PATH (apt-get install device-tree-compiler; .ci/run installs it)";

    /// <summary>The result of one run: output bytes, and the warnings and errors dtc printed, without file positions.</summary>
    public sealed record Result(byte[] Output, IReadOnlyList<string> Diagnostics);

    /// <summary>dtb → dts text.</summary>
    public static Result Decompile(byte[] blob) => Run("-I dtb -O dts", blob, "in.dtb");

    /// <summary>dts text → dtb; <paramref name="bootCpu"/> sets boot_cpuid_phys (dts sources cannot).</summary>
    public static Result Compile(byte[] source, uint bootCpu = 0) => Run($"-I dts -O dtb -b {bootCpu}", source, "in.dts");

    /// <summary>dts text → dtb.</summary>
    public static Result Compile(string source) => Compile(System.Text.Encoding.UTF8.GetBytes(source));

    private static Result Run(string arguments, byte[] input, string inputName)
    {
        var dtc = Path ?? throw new InvalidOperationException(MissingReason);
        var directory = Directory.CreateTempSubdirectory("gunyah-dtc-");
        try
        {
            var inputPath = System.IO.Path.Combine(directory.FullName, inputName);
            var outputPath = System.IO.Path.Combine(directory.FullName, "out");
            File.WriteAllBytes(inputPath, input);
            var start = new ProcessStartInfo(dtc, $"{arguments} -o \"{outputPath}\" \"{inputPath}\"")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dtc did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000))
            {
                process.Kill();
                throw new TimeoutException("dtc ran for more than 30 s");
            }

            var diagnostics = Normalize(stderr.Result + stdout);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"dtc {arguments} failed with {process.ExitCode}:\n{string.Join("\n", diagnostics)}");
            return new Result(File.ReadAllBytes(outputPath), diagnostics);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>"in.dts:12.3-20: Warning (x): /a: text" → "Warning (x): /a: text", so expectations do not depend on line numbers.</summary>
    private static List<string> Normalize(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => DiagnosticStart().Match(line) is { Success: true } m ? line[m.Index..] : line)
            .ToList();

    [GeneratedRegex(@"(Warning|ERROR|Error) \(")]
    private static partial Regex DiagnosticStart();

    private static string? Locate()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "dtc");
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }
}

/// <summary>A fact that needs dtc: skipped, with the reason, when dtc is not on PATH.</summary>
public sealed class DtcFactAttribute : FactAttribute
{
    public DtcFactAttribute()
    {
        if (Dtc.Path is null)
            Skip = Dtc.MissingReason;
    }
}

/// <summary>A theory that needs dtc: skipped, with the reason, when dtc is not on PATH.</summary>
public sealed class DtcTheoryAttribute : TheoryAttribute
{
    public DtcTheoryAttribute()
    {
        if (Dtc.Path is null)
            Skip = Dtc.MissingReason;
    }
}
