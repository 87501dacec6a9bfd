using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Generates C# bindings for kernel-UAPI-style C headers named by <c>GunyahUapiHeader</c> items.
/// <para>
/// Pipeline (each step named in <see cref="TrackingNames"/>, each output plain equatable data):
/// additional files → requests (one per root) and the header file set → models (the C front-end) →
/// fd-bound models (fd map applied) → emitted sources and diagnostics. Fd maps are parsed in their own step.
/// Nothing reads the <c>Compilation</c>, so editing C# never re-runs the front-end.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class UapiBindingsGenerator : IIncrementalGenerator
{
    private readonly HeaderCompile compile;

    public UapiBindingsGenerator()
        : this(HeaderCompiler.Compile)
    {
    }

    /// <summary>For tests: substitutes the C front-end.</summary>
    internal UapiBindingsGenerator(HeaderCompile compile) => this.compile = compile;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var entries = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => AdditionalFileReader.Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.AdditionalFiles)
            .Where(entry => entry is not null)
            .Select((entry, _) => entry!);

        var requests = entries
            .Where(e => e.Role == GunyahFileRole.Root)
            .Select((root, _) => RequestFactory.Create(root))
            .WithTrackingName(TrackingNames.Requests);

        var headerFiles = entries
            .Where(e => e.Role is GunyahFileRole.Root or GunyahFileRole.Include && e.Text is not null)
            .Select((e, _) => new HeaderFile(e.Path, e.Text!))
            .Collect()
            .Select((files, _) => HeaderFileSet.Create(files))
            .WithTrackingName(TrackingNames.HeaderFiles);

        var compileHeader = compile;
        var models = requests
            .Combine(headerFiles)
            .Select((pair, ct) => ModelStep.Run(pair.Left, pair.Right, compileHeader, ct))
            .WithTrackingName(TrackingNames.Models);

        var fdMaps = entries
            .Where(e => e.Role == GunyahFileRole.FdMap && e.Text is not null)
            .Select((e, _) => FdMapParser.Parse(e.Path, e.Text!))
            .WithTrackingName(TrackingNames.FdMaps);

        var bound = models
            .Combine(fdMaps.Collect())
            .Select((pair, _) => FdMapBinder.Bind(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FdBoundModels);

        var emitted = bound
            .Select((result, _) => EmitStep.Run(result))
            .WithTrackingName(TrackingNames.Emitted);

        context.RegisterSourceOutput(emitted, static (spc, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }

            foreach (var source in result.Sources)
            {
                try
                {
                    spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
                }
                catch (ArgumentException exception)
                {
                    // A hint name Roslyn rejects; report it rather than fail the whole generator.
                    spc.ReportDiagnostic(DiagnosticFactory.Create(StepFailure.InternalError("AddSource", exception, source.HintName)));
                }
            }
        });

        // Each map's own syntax errors are reported once, however many roots use it.
        context.RegisterSourceOutput(fdMaps, static (spc, map) => Report(spc, map.Diagnostics));

        // Unreadable include headers and fd maps (a root's read error travels with its request).
        context.RegisterSourceOutput(
            entries.Where(e => e.Error is not null && e.Role != GunyahFileRole.Root),
            static (spc, entry) => spc.ReportDiagnostic(DiagnosticFactory.Create(entry.Error!)));
    }

    private static void Report(SourceProductionContext context, IEnumerable<Model.DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
        }
    }
}
