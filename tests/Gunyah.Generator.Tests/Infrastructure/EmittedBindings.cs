using System.Reflection;
using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Emits a hand-built <see cref="HeaderModel"/> with <see cref="BindingsEmitter"/>, compiles the output
/// cleanly (see <see cref="TestCompilations"/>) and loads it, for reflection-based checks.
/// </summary>
internal sealed class EmittedBindings
{
    private EmittedBindings(EmitResult result, Assembly assembly, string @namespace)
    {
        Result = result;
        Assembly = assembly;
        Namespace = @namespace;
    }

    public EmitResult Result { get; }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    public IEnumerable<DiagnosticInfo> Diagnostics => Result.Diagnostics;

    /// <param name="model">The model to emit.</param>
    /// <param name="extraSources">C# compiled along (probes that need compile-time access, e.g. to spans).</param>
    public static EmittedBindings Compile(HeaderModel model, params string[] extraSources)
    {
        var result = BindingsEmitter.EmitWithDiagnostics(model);
        var assembly = TestCompilations.CompileAndLoad(result.Sources.Select(s => s.Text).Concat(extraSources));
        return new EmittedBindings(result, assembly, model.Request.Namespace);
    }

    /// <summary>A generated type by its name relative to the namespace; nested types as <c>Outer+Inner</c>.</summary>
    public Type Type(string name) =>
        Assembly.GetType(Namespace + "." + name, throwOnError: true)!;

    public string Source(string typeName) =>
        Result.Sources.Single(s => s.HintName == Namespace + "." + typeName + ".g.cs").Text;
}
