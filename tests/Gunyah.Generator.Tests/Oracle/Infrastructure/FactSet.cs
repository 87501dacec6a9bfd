namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Facts about one header as one side (gcc, the model, the compiled C#) sees them: key → canonical text.
/// Duplicate keys are kept apart rather than overwritten, since a duplicate is itself a finding.
/// </summary>
internal sealed class FactSet
{
    private readonly SortedDictionary<string, string> facts = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Value)> duplicates = [];

    public FactSet(string side) => Side = side;

    /// <summary>Who produced these facts, for reports.</summary>
    public string Side { get; }

    public int Count => facts.Count;

    public IEnumerable<string> Keys => facts.Keys;

    /// <summary>Keys added more than once, with the values that lost.</summary>
    public IReadOnlyList<(string Key, string Value)> Duplicates => duplicates;

    public string this[string key] => facts[key];

    public void Add(string key, string value)
    {
        if (!facts.TryAdd(key, value))
        {
            duplicates.Add((key, value));
        }
    }

    public bool TryGetValue(string key, out string value)
    {
        if (facts.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public bool ContainsKey(string key) => facts.ContainsKey(key);
}
