using System.Text.RegularExpressions;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Compiles and runs an <see cref="OracleProgram"/> with the system gcc and reads back its facts. Statements
/// gcc rejects (a model naming a member or macro the header does not have) are dropped and reported as
/// facts valued <see cref="RejectedPrefix"/>…, so one bad name cannot hide every other fact.
/// </summary>
internal static partial class GccOracle
{
    public const string RejectedPrefix = "gcc-rejected: ";

    private const int MaxRecompiles = 25;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static FactSet Run(OracleProgram program, IEnumerable<string> includeDirectories, IEnumerable<string> defines)
    {
        var compiler = GccToolchain.Path;
        var workDir = Directory.CreateTempSubdirectory("gh-oracle-").FullName;
        var facts = new FactSet("gcc");
        var excluded = new HashSet<OracleStatement>();
        var arguments = new List<string> { "-std=gnu11", "-O0", "-w" };
        foreach (var dir in includeDirectories)
        {
            arguments.Add("-I");
            arguments.Add(dir);
        }

        foreach (var define in defines)
        {
            arguments.Add("-D" + define);
        }

        arguments.AddRange(["prog.c", "-o", "prog"]);

        for (var attempt = 0; ; attempt++)
        {
            var (text, lineMap) = program.Render(excluded);
            File.WriteAllText(Path.Combine(workDir, "prog.c"), text);
            var build = ProcessRunner.Run(compiler, arguments, workDir, Timeout);
            if (build.ExitCode == 0)
            {
                break;
            }

            var rejected = RejectedStatements(build.StandardError, lineMap);
            if (rejected.Count == 0 || attempt == MaxRecompiles)
            {
                throw new InvalidOperationException(
                    $"gcc could not compile the oracle program ({workDir}/prog.c, gcc {string.Join(' ', arguments)}):\n" + build.StandardError);
            }

            foreach (var (statement, message) in rejected)
            {
                excluded.Add(statement);
                foreach (var key in statement.Keys)
                {
                    facts.Add(key, RejectedPrefix + message);
                }
            }
        }

        var run = ProcessRunner.Run(Path.Combine(workDir, "prog"), [], workDir, Timeout);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the oracle program ({workDir}/prog) exited with {run.ExitCode}:\n{run.StandardError}");
        }

        ParseOutput(run.StandardOutput, facts);
        Directory.Delete(workDir, recursive: true);
        return facts;
    }

    /// <summary>Reads '&lt;key&gt; &lt;value&gt;' lines.</summary>
    public static void ParseOutput(string output, FactSet facts)
    {
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException("oracle output line without a value: " + line);
            }

            facts.Add(line[..space], line[(space + 1)..]);
        }
    }

    /// <summary>
    /// The statements gcc complained about, each with the error that names it. An error inside a macro
    /// expansion is reported at the header line, with a note pointing back at prog.c: the note carries the
    /// statement, the error before it the message.
    /// </summary>
    private static Dictionary<OracleStatement, string> RejectedStatements(string stderr, IReadOnlyDictionary<int, OracleStatement> lineMap)
    {
        var rejected = new Dictionary<OracleStatement, string>();
        var lastError = "error";
        foreach (var line in stderr.Split('\n'))
        {
            var match = DiagnosticLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["kind"].Value == "error")
            {
                lastError = match.Groups["message"].Value.Trim();
            }

            if (match.Groups["file"].Value.EndsWith("prog.c", StringComparison.Ordinal)
                && lineMap.TryGetValue(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), out var statement))
            {
                rejected.TryAdd(statement, lastError);
            }
        }

        return rejected;
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<col>\d+): (?<kind>error|fatal error|note|warning): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
