namespace Gunyah.Conformance.Catalogue;

/// <summary>
/// The expected outcome of a clause in each generation it applies to (the generations are the keys). Built as
/// "this outcome in these generations, that one in those": <c>ExpectedOutcomes.In(Generations.All, Fails(EINVAL)).And("v6", Success)</c>.
/// </summary>
public sealed class ExpectedOutcomes
{
    private readonly Dictionary<string, Expected> byGeneration;

    private ExpectedOutcomes(Dictionary<string, Expected> byGeneration) => this.byGeneration = byGeneration;

    /// <summary>The generations the clause applies to, oldest first.</summary>
    public IReadOnlyList<string> GenerationNames => [.. Generations.All.Where(byGeneration.ContainsKey)];

    /// <summary><paramref name="expected"/> in each of <paramref name="generations"/>.</summary>
    public static ExpectedOutcomes In(IEnumerable<string> generations, Expected expected) => new ExpectedOutcomes(new Dictionary<string, Expected>(StringComparer.Ordinal)).And(generations, expected);

    /// <summary><paramref name="expected"/> in one generation.</summary>
    public static ExpectedOutcomes In(string generation, Expected expected) => In([generation], expected);

    /// <summary>Adds (or replaces) the outcome of <paramref name="generations"/>.</summary>
    public ExpectedOutcomes And(IEnumerable<string> generations, Expected expected)
    {
        var copy = new Dictionary<string, Expected>(byGeneration, StringComparer.Ordinal);
        foreach (var generation in generations)
        {
            if (!Generations.All.Contains(generation))
            {
                throw new ArgumentException($"'{generation}' is not an ABI generation.", nameof(generations));
            }

            copy[generation] = expected;
        }

        return new(copy);
    }

    /// <summary>Adds (or replaces) the outcome of one generation.</summary>
    public ExpectedOutcomes And(string generation, Expected expected) => And([generation], expected);

    /// <summary>True when the clause applies to <paramref name="generation"/>.</summary>
    public bool AppliesTo(string generation) => byGeneration.ContainsKey(generation);

    /// <summary>The expected outcome in <paramref name="generation"/>, or null when the clause does not apply.</summary>
    public Expected? For(string generation) => byGeneration.GetValueOrDefault(generation);
}
