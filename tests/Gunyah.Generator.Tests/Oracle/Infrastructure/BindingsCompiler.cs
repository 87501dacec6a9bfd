using Gunyah.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>Compiles C# sources with Roslyn against the running runtime and Gunyah.Interop, with the consumer
/// settings of <see cref="TestCompilations"/> (doc comments not checked); warnings are collected, not fatal.</summary>
internal static class BindingsCompiler
{
    public static CompiledBindings Compile(IEnumerable<(string HintName, string Text)> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, path: s.HintName)).ToList();
        var compilation = CSharpCompilation.Create(
            "Gunyah.Oracle.Bindings" + Guid.NewGuid().ToString("N"), trees, TestReferences.All, TestCompilations.CompilationOptions);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException(
                "the generated C# does not compile:\n" + string.Join('\n', errors.Take(40).Select(d => d.ToString())));
        }

        var warnings = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        return new CompiledBindings(image.ToArray(), warnings);
    }
}
