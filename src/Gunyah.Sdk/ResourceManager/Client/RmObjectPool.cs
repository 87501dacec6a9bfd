namespace Gunyah.Sdk.ResourceManager.Client;

/// <summary>A small thread-safe pool of reusable objects, kept to at most <see cref="Limit"/> of them.</summary>
internal sealed class RmObjectPool<T>
    where T : class
{
    public const int Limit = 64;

    private readonly Lock gate = new();
    private readonly Stack<T> items = new();

    public bool TryRent(out T item)
    {
        lock (gate)
        {
            return items.TryPop(out item!);
        }
    }

    /// <summary>Keeps <paramref name="item"/> for reuse; false when the pool is full (the caller drops it).</summary>
    public bool TryReturn(T item)
    {
        lock (gate)
        {
            if (items.Count == Limit)
            {
                return false;
            }

            items.Push(item);
            return true;
        }
    }
}
