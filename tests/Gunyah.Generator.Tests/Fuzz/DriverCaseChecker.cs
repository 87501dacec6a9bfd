using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Generator.Tests.Oracle.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// Runs one fuzz case through the whole incremental generator, as a build would: the generator must never
/// throw into the compiler (CS8785 / AD0001), never report an internal error, and its output must parse.
/// </summary>
internal static class DriverCaseChecker
{
    /// <summary>Compiler ids that mean a generator or analyzer crashed.</summary>
    private static readonly HashSet<string> CrashIds = ["CS8785", "AD0001", DiagnosticIds.InternalError];

    private static readonly Lazy<Compilation> EmptyCompilation = new(() => new GeneratorHarness().CreateCompilation());

    public static List<FuzzFailure> Check(FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        var (result, output, driverDiagnostics) = Run(fuzzCase, cancellationToken);
        var failures = new List<FuzzFailure>();
        if (result.Exception is { } exception)
        {
            failures.Add(new("generator threw " + exception.GetType().Name, exception.ToString(), fuzzCase));
        }

        foreach (var diagnostic in driverDiagnostics.Concat(result.Diagnostics).Where(d => CrashIds.Contains(d.Id)))
        {
            failures.Add(new("generator crash diagnostic " + diagnostic.Id, diagnostic.ToString(), fuzzCase));
        }

        foreach (var tree in output.SyntaxTrees)
        {
            var error = tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null)
            {
                failures.Add(new("generated C# does not parse: " + error.Id, error.ToString(), fuzzCase));
            }
        }

        return failures;
    }

    /// <summary>Runs the generator over the case's root header (plus the common ioctl headers).</summary>
    public static (GeneratorRunResult Result, Compilation Output, IReadOnlyList<Diagnostic> DriverDiagnostics) Run(FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        var harness = new GeneratorHarness().AddRootHeader(
            FuzzCase.RootPath,
            fuzzCase.RootText,
            "Fuzz.Driver",
            includeDirectories: FuzzCase.VirtualDirectory + ";" + RepoPaths.CommonHeaders,
            emitAll: fuzzCase.Index % 2 == 1)
            .AddCommonHeaders(RepoPaths.CommonHeaders);

        var driver = harness.CreateDriver(trackIncrementalSteps: false)
            .RunGeneratorsAndUpdateCompilation(EmptyCompilation.Value, out var output, out var driverDiagnostics, cancellationToken);
        return (driver.GetRunResult().Results.Single(), output, driverDiagnostics);
    }
}
