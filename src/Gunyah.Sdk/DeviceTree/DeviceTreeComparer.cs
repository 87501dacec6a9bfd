using System.Text;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Structural comparison of two trees: reservations, boot CPU, then node by node in document order — names,
/// property names, value bytes, and the order of both lists. The first difference is described by path.
/// </summary>
internal static class DeviceTreeComparer
{
    public static string? FirstDifference(DeviceTreeDocument left, DeviceTreeDocument right)
    {
        if (left.BootCpuIdPhys != right.BootCpuIdPhys)
            return $"boot_cpuid_phys {left.BootCpuIdPhys} vs {right.BootCpuIdPhys}";
        if (!left.MemoryReservations.SequenceEqual(right.MemoryReservations))
            return $"memory reservations [{string.Join(", ", left.MemoryReservations)}] vs [{string.Join(", ", right.MemoryReservations)}]";
        return FirstDifference(left.Root, right.Root);
    }

    private static string? FirstDifference(DeviceTreeNode left, DeviceTreeNode right)
    {
        if (left.Name != right.Name)
            return $"{left.Path}: node name {left.Name} vs {right.Name}";
        var count = Math.Min(left.Properties.Count, right.Properties.Count);
        for (var i = 0; i < count; i++)
        {
            var (a, b) = (left.Properties[i], right.Properties[i]);
            if (a.Name != b.Name)
                return $"{left.Path}: property {i} is {a.Name} vs {b.Name}";
            if (!a.Value.SequenceEqual(b.Value))
                return $"{left.Path}:{a.Name}: value {Hex(a.Value)} vs {Hex(b.Value)}";
        }

        if (left.Properties.Count != right.Properties.Count)
            return $"{left.Path}: {left.Properties.Count} properties vs {right.Properties.Count} ({Names(left.Properties)} vs {Names(right.Properties)})";
        count = Math.Min(left.Children.Count, right.Children.Count);
        for (var i = 0; i < count; i++)
        {
            if (FirstDifference(left.Children[i], right.Children[i]) is { } difference)
                return difference;
        }

        return left.Children.Count == right.Children.Count
            ? null
            : $"{left.Path}: {left.Children.Count} children vs {right.Children.Count} ({Names(left.Children)} vs {Names(right.Children)})";
    }

    private static string Names<T>(IReadOnlyList<T> items)
        where T : INamed => string.Join(",", items.Select(item => item.Name));

    private static string Hex(ReadOnlySpan<byte> value)
    {
        var text = new StringBuilder("[");
        foreach (var b in value[..Math.Min(value.Length, 64)])
            text.Append(b.ToString("x2"));
        return text.Append(value.Length > 64 ? "...]" : "]").ToString();
    }
}
