namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>Lists every key whose value differs, and every key only one side has.</summary>
internal static class FactComparer
{
    /// <param name="expected">The reference (gcc).</param>
    /// <param name="actual">The side under test.</param>
    /// <param name="optional">Keys <paramref name="actual"/> may lack: checked only when present.</param>
    /// <param name="ignored">Keys compared on neither side.</param>
    public static IReadOnlyList<FactDifference> Compare(FactSet expected, FactSet actual, IReadOnlySet<string>? optional = null, IReadOnlySet<string>? ignored = null)
    {
        var differences = new List<FactDifference>();
        foreach (var key in expected.Keys)
        {
            if (ignored is not null && ignored.Contains(key))
            {
                continue;
            }

            var want = expected[key];
            if (actual.TryGetValue(key, out var got))
            {
                if (!string.Equals(want, got, StringComparison.Ordinal))
                {
                    differences.Add(new(key, want, got));
                }
            }
            else if (optional is null || !optional.Contains(key))
            {
                differences.Add(new(key, want, null));
            }
        }

        foreach (var key in actual.Keys)
        {
            if (!expected.ContainsKey(key) && (ignored is null || !ignored.Contains(key)))
            {
                differences.Add(new(key, null, actual[key]));
            }
        }

        // Two C# members claiming one C name: the reflection side cannot tell which one is meant.
        foreach (var (key, value) in actual.Duplicates)
        {
            differences.Add(new(key, expected.TryGetValue(key, out var want) ? want : null, "a second definition, " + value));
        }

        return differences;
    }
}
