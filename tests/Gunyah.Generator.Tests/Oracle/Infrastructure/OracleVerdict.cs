using System.Text;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// The three views of one header (gcc, the model, the compiled C#) and how they disagree, triaged: a model
/// that differs from gcc is a front-end bug; C# that differs from a correct model is an emitter bug.
/// </summary>
internal sealed class OracleVerdict
{
    public OracleVerdict(FactSet gcc, FactSet model, FactSet csharp, OracleProgram program, IReadOnlyList<string> csharpWarnings)
    {
        Gcc = gcc;
        Model = model;
        CSharp = csharp;
        CSharpWarnings = csharpWarnings;
        ModelDifferences = FactComparer.Compare(gcc, model, ignored: program.IgnoredKeys);
        CSharpDifferences = FactComparer.Compare(gcc, csharp, program.OptionalKeys, program.IgnoredKeys);
    }

    public FactSet Gcc { get; }

    public FactSet Model { get; }

    public FactSet CSharp { get; }

    public IReadOnlyList<string> CSharpWarnings { get; }

    /// <summary>Where the model's own numbers disagree with gcc: the front-end's fault.</summary>
    public IReadOnlyList<FactDifference> ModelDifferences { get; }

    /// <summary>Where the compiled bindings disagree with gcc, whoever is at fault.</summary>
    public IReadOnlyList<FactDifference> CSharpDifferences { get; }

    /// <summary>C# differences the model does not explain: the emitter's fault.</summary>
    public IEnumerable<FactDifference> EmitterDifferences =>
        CSharpDifferences.Where(d => !(Model.TryGetValue(d.Key, out var modelValue) && modelValue == d.Actual));

    public bool Agrees => ModelDifferences.Count == 0 && CSharpDifferences.Count == 0;

    public string Report(int maxPerSection = 150)
    {
        var text = new StringBuilder();
        text.Append("gcc facts: ").Append(Gcc.Count).Append(", model facts: ").Append(Model.Count)
            .Append(", C# facts: ").Append(CSharp.Count).Append('\n');
        Section(text, "model vs gcc (front-end: layout / evaluation)", ModelDifferences, maxPerSection);
        Section(text, "C# vs gcc, not explained by the model (emitter)", EmitterDifferences.ToList(), maxPerSection);
        var propagated = CSharpDifferences.Count - EmitterDifferences.Count();
        if (propagated > 0)
        {
            text.Append(propagated).Append(" C# difference(s) repeat the model's error and are listed above only.\n");
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<FactDifference> differences, int max)
    {
        text.Append("== ").Append(title).Append(": ").Append(differences.Count).Append('\n');
        foreach (var difference in differences.Take(max))
        {
            text.Append("  ").Append(difference).Append('\n');
        }

        if (differences.Count > max)
        {
            text.Append("  … and ").Append(differences.Count - max).Append(" more\n");
        }
    }
}
