using Gunyah.Generator.Tests.Infrastructure;
using System.Collections.Concurrent;
using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// A subject compiled once per test run: its model, the emitted C# and the facts that C# states. Shared by
/// the oracle and golden tests (the compiled assembly stays loaded for the run).
/// </summary>
internal sealed class SubjectBindings
{
    private static readonly ConcurrentDictionary<string, Lazy<SubjectBindings>> Cache = new(StringComparer.Ordinal);

    private SubjectBindings(OracleSubject subject)
    {
        Subject = subject;
        Model = HeaderCompiler.Compile(subject.Request(), new DiskHeaderFileProvider(), CancellationToken.None);
        var emit = BindingsEmission.Emitter ?? throw new InvalidOperationException("the bindings emitter is not available yet");
        Sources = emit(Model);
        var compiled = BindingsCompiler.Compile(Sources);
        CSharpFacts = ReflectionFactReader.Read(compiled.Assembly);
        Warnings = compiled.Warnings;
    }

    public OracleSubject Subject { get; }

    public HeaderModel Model { get; }

    public IReadOnlyList<(string HintName, string Text)> Sources { get; }

    public FactSet CSharpFacts { get; }

    public IReadOnlyList<string> Warnings { get; }

    public static SubjectBindings For(string subjectName) =>
        Cache.GetOrAdd(subjectName, name => new Lazy<SubjectBindings>(() => new SubjectBindings(OracleSubject.Named(name)))).Value;
}
