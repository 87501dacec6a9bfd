using System.Diagnostics;
using System.Text;

namespace Gunyah.Packaging.Tests.Infrastructure;

/// <summary>The output and exit code of one process run.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    /// <summary>Fails the test with the command's output unless it exited 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"`{Command}` exited {ExitCode}:\n{Output}");
        return this;
    }
}

/// <summary>
/// Runs <c>dotnet</c> (and the programs it builds) the way a user's shell would: no build servers or reused MSBuild
/// nodes (they would outlive the test and hold its output pipes open) and none of the MSBuild or test-host
/// variables of the <c>dotnet test</c> that runs this, with the extra variables a caller gives.
/// </summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    /// <summary>The dotnet host running the tests, so children use the same SDK.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static ProcessResult Run(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Exec(Host, directory, environment, arguments);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static ProcessResult Exec(string program, string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase) || name.StartsWith("NUGET_", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = $"{Path.GetFileName(program)} {string.Join(' ', arguments)}";
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`{command}` did not finish in {Timeout.TotalMinutes} minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
            return new ProcessResult(command, process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }
}
