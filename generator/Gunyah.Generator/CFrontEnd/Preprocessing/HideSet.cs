namespace Gunyah.Generator.CFrontEnd.Preprocessing;

/// <summary>
/// The names of the macros whose expansion produced a token (Prosser's hide set): a token never re-expands a
/// macro in its own hide set, which is what stops recursive macros. Immutable; small in practice.
/// </summary>
internal sealed class HideSet
{
    public static readonly HideSet Empty = new(Array.Empty<string>());

    // Sorted ordinally so union and intersection are merges.
    private readonly string[] names;

    private HideSet(string[] names) => this.names = names;

    public bool IsEmpty => names.Length == 0;

    public bool Contains(string name) => names.Length != 0 && Array.BinarySearch(names, name, StringComparer.Ordinal) >= 0;

    public HideSet Add(string name)
    {
        var index = Array.BinarySearch(names, name, StringComparer.Ordinal);
        if (index >= 0)
        {
            return this;
        }

        index = ~index;
        var result = new string[names.Length + 1];
        Array.Copy(names, result, index);
        result[index] = name;
        Array.Copy(names, index, result, index + 1, names.Length - index);
        return new HideSet(result);
    }

    public HideSet Union(HideSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other))
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var result = new List<string>(names.Length + other.names.Length);
        int i = 0, j = 0;
        while (i < names.Length || j < other.names.Length)
        {
            var order = i == names.Length ? 1 : j == other.names.Length ? -1 : string.CompareOrdinal(names[i], other.names[j]);
            result.Add(order <= 0 ? names[i] : other.names[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return new HideSet(result.ToArray());
    }

    public HideSet Intersect(HideSet other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        var result = new List<string>();
        int i = 0, j = 0;
        while (i < names.Length && j < other.names.Length)
        {
            var order = string.CompareOrdinal(names[i], other.names[j]);
            if (order == 0)
            {
                result.Add(names[i]);
            }

            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return result.Count == 0 ? Empty : new HideSet(result.ToArray());
    }
}
