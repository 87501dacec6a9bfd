using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Compiles C# the way a consumer project of the bindings would: net10 references, unsafe code allowed,
/// nullable on, doc comments checked (as with GenerateDocumentationFile), highest warning level,
/// and — for <see cref="CompileAndLoad"/> — <c>[assembly: DisableRuntimeMarshalling]</c>, which only
/// accepts blittable bindings. "Clean" means no warnings at all, as under TreatWarningsAsErrors.
/// </summary>
public static class TestCompilations
{
    /// <summary>The consumer setting that makes the runtime reject non-blittable interop types.</summary>
    public const string DisableRuntimeMarshalling =
        "[assembly: global::System.Runtime.CompilerServices.DisableRuntimeMarshalling]";

    private static int assemblyCounter;

    public static CSharpParseOptions ParseOptions { get; } =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithAllowUnsafe(true)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithWarningLevel(9999)
            .WithDeterministic(true);

    public static CSharpCompilation Create(IEnumerable<string> sources) =>
        CSharpCompilation.Create(
            NextAssemblyName(),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            TestReferences.All,
            CompilationOptions);

    /// <summary>Fails with every warning and error of <paramref name="compilation"/>, and the source line each points at.</summary>
    public static void AssertClean(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        if (problems.Count > 0)
        {
            Assert.Fail("Compilation is not clean:\n" + string.Join("\n", problems.Take(30).Select(Describe)));
        }
    }

    /// <summary>Compiles <paramref name="sources"/> plus <see cref="DisableRuntimeMarshalling"/>, asserts it is
    /// clean, and loads the result into its own load context (Gunyah.Interop resolves to the test's copy).</summary>
    public static Assembly CompileAndLoad(IEnumerable<string> sources) =>
        AssertCleanAndLoad(Create(sources.Append(DisableRuntimeMarshalling)));

    /// <summary>Asserts <paramref name="compilation"/> is clean, emits it and loads the result into its own load
    /// context, named after the assembly.</summary>
    public static Assembly AssertCleanAndLoad(Compilation compilation)
    {
        AssertClean(compilation);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(Describe)));
        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName).LoadFromStream(stream);
    }

    public static string Describe(Diagnostic diagnostic)
    {
        var text = diagnostic.ToString();
        var tree = diagnostic.Location.SourceTree;
        if (tree is null)
        {
            return text;
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        return text + "\n    > " + tree.GetText().Lines[line].ToString().Trim();
    }

    private static string NextAssemblyName() =>
        "GunyahTestBindings" + Interlocked.Increment(ref assemblyCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
