namespace Gunyah.Generator.Tests.Fuzz;

/// <summary>
/// The fuzz runs alone: its per-case time budget measures the front-end, not contention with the rest of
/// the suite (and its two busy workers would slow every other test).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}
