using Gunyah.Conformance.Catalogue;

namespace Gunyah.Conformance.Cli;

/// <summary>The <c>--list</c> output: one line per clause with the generations it applies to, then its behaviour.</summary>
internal static class ClauseListing
{
    public static void Write(TextWriter output, IReadOnlyList<Clause> clauses)
    {
        var width = clauses.Max(c => c.Id.Length);
        foreach (var clause in clauses)
        {
            var choice = clause.Basis == ClauseBasis.DocumentedChoice ? " (our documented choice)" : string.Empty;
            output.WriteLine($"{clause.Id.PadRight(width)}  [{string.Join(" ", clause.Expected.GenerationNames)}]{choice}");
            output.WriteLine($"{string.Empty.PadRight(width)}  {clause.Behaviour}");
        }

        output.WriteLine($"{clauses.Count} clause(s)");
    }
}
