namespace Gunyah.Sdk.DeviceTree;

/// <summary>An item of a <see cref="NamedList{T}"/>.</summary>
internal interface INamed
{
    string Name { get; }
}

/// <summary>
/// An ordered list whose names are unique, with lookup by name. Small lists (most nodes have a handful of
/// properties) are searched linearly; past <see cref="IndexThreshold"/> items a dictionary index is kept, so a
/// hostile blob with thousands of properties in one node cannot make the reader quadratic.
/// </summary>
internal sealed class NamedList<T>
    where T : class, INamed
{
    private const int IndexThreshold = 8;

    private readonly List<T> items = [];
    private Dictionary<string, int>? index;

    public int Count => items.Count;

    public IReadOnlyList<T> Items => items;

    public T this[int position] => items[position];

    public int IndexOf(string name)
    {
        if (index is not null)
            return index.TryGetValue(name, out var found) ? found : -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Name, name, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }

    /// <summary>Appends an item whose name the caller checked is not present.</summary>
    public void Add(T item)
    {
        items.Add(item);
        if (index is not null)
            index.Add(item.Name, items.Count - 1);
        else if (items.Count > IndexThreshold)
            BuildIndex();
    }

    public void Replace(int position, T item) => items[position] = item;

    public void RemoveAt(int position)
    {
        items.RemoveAt(position);
        if (index is not null)
            BuildIndex();
    }

    private void BuildIndex()
    {
        index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            index.Add(items[i].Name, i);
    }
}
