using System.Collections.Immutable;
using Gunyah.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way a build does, without MSBuild: headers and fd maps become
/// <see cref="AdditionalText"/>s carrying the metadata the build/Gunyah.Generator.targets would attach
/// (<c>build_metadata.AdditionalFiles.GunyahRole</c>, ...), C# sources become syntax trees of a net10
/// compilation referencing Gunyah.Interop, and the generated code is compiled with the consumer settings of
/// <see cref="TestCompilations"/>.
/// </summary>
/// <example>
/// <code>
/// var run = new GeneratorHarness()
///     .AddRootHeader("/src/include/linux/gunyah.h", headerText, "My.Ns", includeDirectories: "/src/include")
///     .AddIncludeHeader("/src/include/asm-generic/ioctl.h", ioctlText)
///     .Run();
/// run.AssertNoErrors();
/// run.AssertCompilesCleanly();
/// </code>
/// For incremental tests, use <see cref="CreateCompilation"/> and <see cref="CreateDriver"/> directly and
/// call <c>driver.RunGenerators(...)</c>, <c>ReplaceAdditionalText</c> and so on.
/// </example>
public sealed class GeneratorHarness
{
    private readonly List<InMemoryAdditionalText> texts = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> metadata = new(StringComparer.Ordinal);
    private readonly List<string> sources = [];

    /// <summary>The generator under test; the real one by default.</summary>
    public IIncrementalGenerator Generator { get; set; } = new UapiBindingsGenerator();

    public IReadOnlyList<AdditionalText> AdditionalTexts => texts;

    public TestAnalyzerConfigOptionsProvider OptionsProvider => new(metadata);

    /// <summary>
    /// Adds a root header item (<c>GunyahRole=Root</c>) with its item metadata, encoded as the targets do:
    /// ';'-separated lists of the item become '|'-separated (the compiler's .editorconfig ends values at ';').
    /// </summary>
    /// <param name="path">Absolute path of the header.</param>
    /// <param name="text">Header text; null models a file that cannot be read.</param>
    /// <param name="namespace">The Namespace metadata.</param>
    /// <param name="includeDirectories">The IncludeDirectories metadata (';'-separated).</param>
    /// <param name="fdMap">The FdMap metadata (the map's path).</param>
    /// <param name="defines">The Defines metadata (';'-separated NAME or NAME=VALUE).</param>
    /// <param name="ioctlMacro">The IoctlMacro metadata.</param>
    /// <param name="emitAll">The EmitAll metadata.</param>
    public GeneratorHarness AddRootHeader(
        string path,
        string? text,
        string @namespace,
        string? includeDirectories = null,
        string? fdMap = null,
        string? defines = null,
        string? ioctlMacro = null,
        bool? emitAll = null)
    {
        var values = new Dictionary<string, string>
        {
            [MetadataNames.Role] = "Root",
            [MetadataNames.Namespace] = @namespace,
        };
        AddIfSet(values, MetadataNames.IncludeDirectories, includeDirectories?.Replace(';', MetadataNames.ListSeparator));
        AddIfSet(values, MetadataNames.FdMap, fdMap);
        AddIfSet(values, MetadataNames.Defines, defines?.Replace(';', MetadataNames.ListSeparator));
        AddIfSet(values, MetadataNames.IoctlMacro, ioctlMacro);
        AddIfSet(values, MetadataNames.EmitAll, emitAll?.ToString().ToLowerInvariant());
        return AddAdditionalFile(path, text, values);
    }

    /// <summary>Adds a header roots may include (<c>GunyahRole=Include</c>).</summary>
    public GeneratorHarness AddIncludeHeader(string path, string text) =>
        AddAdditionalFile(path, text, new Dictionary<string, string> { [MetadataNames.Role] = "Include" });

    /// <summary>Adds an fd map (<c>GunyahRole=FdMap</c>).</summary>
    public GeneratorHarness AddFdMap(string path, string text) =>
        AddAdditionalFile(path, text, new Dictionary<string, string> { [MetadataNames.Role] = "FdMap" });

    /// <summary>Adds an additional file with arbitrary metadata; names without the
    /// <c>build_metadata.AdditionalFiles.</c> prefix (it is added here).</summary>
    public GeneratorHarness AddAdditionalFile(string path, string? text, IReadOnlyDictionary<string, string> itemMetadata)
    {
        texts.Add(new InMemoryAdditionalText(path, text));
        metadata[path] = itemMetadata.ToDictionary(p => MetadataNames.Prefix + p.Key, p => p.Value, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Adds a C# source file to the compilation.</summary>
    public GeneratorHarness AddSource(string text)
    {
        sources.Add(text);
        return this;
    }

    /// <summary>The consumer compilation (C# sources only, plus DisableRuntimeMarshalling).</summary>
    public CSharpCompilation CreateCompilation() =>
        TestCompilations.Create(sources.Append(TestCompilations.DisableRuntimeMarshalling));

    /// <summary>A driver holding the generator, the additional files and their metadata.</summary>
    public GeneratorDriver CreateDriver(bool trackIncrementalSteps = true) =>
        CSharpGeneratorDriver.Create(
            [Generator.AsSourceGenerator()],
            texts,
            TestCompilations.ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalSteps));

    /// <summary>Runs the generator once and compiles its output with the input compilation.</summary>
    public HarnessRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new HarnessRun(driver, output);
    }

    private static void AddIfSet(Dictionary<string, string> values, string name, string? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}

/// <summary>The outcome of <see cref="GeneratorHarness.Run"/>.</summary>
public sealed class HarnessRun
{
    public HarnessRun(GeneratorDriver driver, Compilation outputCompilation)
    {
        Driver = driver;
        OutputCompilation = outputCompilation;
        Result = driver.GetRunResult().Results.Single();
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The input compilation plus the generated trees.</summary>
    public Compilation OutputCompilation { get; }

    public GeneratorRunResult Result { get; }

    /// <summary>Diagnostics the generator reported (GHGEN...).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

    /// <summary>The text of the generated file whose hint name ends with <paramref name="hintSuffix"/>.</summary>
    public string Source(string hintSuffix) =>
        Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).SourceText.ToString();

    public void AssertNoErrors()
    {
        Assert.True(Result.Exception is null, Result.Exception?.ToString());
        var errors = Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Generator errors:\n" + string.Join("\n", errors));
    }

    /// <summary>The generated code compiles with no warnings or errors.</summary>
    public void AssertCompilesCleanly() => TestCompilations.AssertClean(OutputCompilation);

    /// <summary>Emits the output compilation (which must be clean) and loads it, for reflection over the bindings.</summary>
    public System.Reflection.Assembly LoadAssembly() => TestCompilations.AssertCleanAndLoad(OutputCompilation);
}
