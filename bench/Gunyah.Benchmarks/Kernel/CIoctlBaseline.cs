using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gunyah.Benchmarks.Kernel;

/// <summary>
/// The C side of <see cref="IoctlBenchmarks"/>: compiles ioctl_loop.c with <c>gcc -O2</c> into a temporary
/// directory, runs it and reads its median ns/op, so the C figure comes from the same session as the C# ones.
/// </summary>
public static partial class CIoctlBaseline
{
    private static readonly Lazy<Measurement> Once = new(Measure);

    /// <summary>The first measurement this process made (made on first use).</summary>
    public static Measurement InThisProcess => Once.Value;

    /// <summary>Compiles and runs the C loop now; <see cref="Measurement.MedianNs"/> is null when that failed
    /// (no gcc, say), and <see cref="Measurement.Report"/> says why.</summary>
    public static Measurement Measure()
    {
        var source = Path.Combine(Path.GetDirectoryName(RepositoryPaths.HeadersRoot)!, "bench", "Gunyah.Benchmarks", "Kernel", "ioctl_loop.c");
        var directory = Directory.CreateTempSubdirectory("gunyah-ioctl-loop-");
        try
        {
            var program = Path.Combine(directory.FullName, "ioctl_loop");
            var (compiled, compilerOutput) = Run("gcc", ["-O2", "-o", program, source]);
            if (compiled != 0)
            {
                return new(null, $"C baseline not measured: gcc -O2 {source} failed: {compilerOutput.Trim()}");
            }

            var (exitCode, output) = Run(program, []);
            var match = MedianPattern().Match(output);
            return exitCode == 0 && match.Success
                ? new(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), $"C baseline (gcc -O2): {output.Trim()}")
                : new(null, $"C baseline not measured: ioctl_loop exited with {exitCode}: {output.Trim()}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    internal static (int ExitCode, string Output) Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (Win32Exception exception)
        {
            return (-1, $"{program}: {exception.Message}");
        }
    }

    [GeneratedRegex(@"median ([0-9]+(?:\.[0-9]+)?) ns/op")]
    private static partial Regex MedianPattern();

    /// <summary>The C loop's median ns per ioctl (null when not measured) and its output line.</summary>
    public sealed record Measurement(double? MedianNs, string Report);
}
