using System.Diagnostics;

namespace Gunyah.Sdk.Reference.Tests.Engine.Differential;

/// <summary>
/// The AArch64 cross tools the differential test runs: gcc (as the assembler and linker driver), objdump and
/// qemu-aarch64 in user mode. Located on PATH; tests that need them use <see cref="QemuFactAttribute"/>.
/// </summary>
internal static class CrossTools
{
    public const string Gcc = "aarch64-linux-gnu-gcc";
    public const string Objdump = "aarch64-linux-gnu-objdump";
    public const string Qemu = "qemu-aarch64";

    private static readonly Lazy<string?> Missing = new(() =>
    {
        var absent = new[] { Gcc, Objdump, Qemu }.Where(tool => Locate(tool) is null).ToList();
        return absent.Count == 0
            ? null
            : $"{string.Join(", ", absent)} not on PATH (apt-get install qemu-user gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu; .ci/run installs them)";
    });

    /// <summary>Why the tools cannot be used, or null when all are there.</summary>
    public static string? MissingReason => Missing.Value;

    /// <summary>Runs <paramref name="tool"/> in <paramref name="directory"/> and returns its standard output; throws on a non-zero exit.</summary>
    public static byte[] Run(string tool, string arguments, string directory, int timeoutMs = 120_000)
    {
        var start = new ProcessStartInfo(Locate(tool) ?? throw new InvalidOperationException($"{tool} is not on PATH"), arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill();
            throw new TimeoutException($"{tool} ran for more than {timeoutMs / 1000} s");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {arguments} exited with {process.ExitCode}:\n{stderr.Result}");
        return stdout.ToArray();
    }

    private static string? Locate(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs the AArch64 cross tools and qemu-aarch64: skipped, with the reason, when any is absent.</summary>
public sealed class QemuFactAttribute : FactAttribute
{
    public QemuFactAttribute()
    {
        if (CrossTools.MissingReason is { } reason)
            Skip = reason;
    }
}
