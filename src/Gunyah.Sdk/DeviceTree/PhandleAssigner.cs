namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Resolves phandle references: nodes referenced without a phandle get the lowest number not yet used, in
/// document order (each node's properties before its children), which is the order dtc assigns them in for
/// <c>&amp;label</c> references; then every referring cell is written. Nothing is allocated when all targets
/// already have phandles, so serializing a resolved tree again stays allocation-free.
/// </summary>
internal static class PhandleAssigner
{
    public static void Assign(DeviceTreeDocument tree)
    {
        if (!Check(tree.Root, tree.Root, depth: 1))
        {
            var used = new HashSet<uint>();
            CollectUsed(tree.Root, used);
            var next = 1u;
            AssignMissing(tree.Root, used, ref next);
        }

        Resolve(tree.Root);
    }

    /// <summary>Checks depth and reference targets; returns whether every target already has a phandle.</summary>
    private static bool Check(DeviceTreeNode node, DeviceTreeNode root, int depth)
    {
        if (depth > Fdt.MaxDepth)
            throw new InvalidOperationException($"{node.Path} nests deeper than {Fdt.MaxDepth} levels.");
        var complete = true;
        var properties = node.PropertyItems;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            foreach (var fixup in property.Fixups)
            {
                if (!ReferenceEquals(TopOf(fixup.Target), root))
                    throw new InvalidOperationException($"{node.Path}:{property.Name} refers to {fixup.Target.Path}, which is not in this tree.");
                complete &= fixup.Target.Phandle is not null;
            }
        }

        var children = node.ChildItems;
        for (var i = 0; i < children.Count; i++)
            complete &= Check(children[i], root, depth + 1);
        return complete;
    }

    private static DeviceTreeNode TopOf(DeviceTreeNode node)
    {
        while (node.Parent is not null)
            node = node.Parent;
        return node;
    }

    private static void CollectUsed(DeviceTreeNode node, HashSet<uint> used)
    {
        if (node.GetProperty(Fdt.PhandleProperty) is { Length: 4 } phandle)
            used.Add(phandle.AsU32());
        if (node.GetProperty(Fdt.LegacyPhandleProperty) is { Length: 4 } legacy)
            used.Add(legacy.AsU32());
        foreach (var child in node.Children)
            CollectUsed(child, used);
    }

    private static void AssignMissing(DeviceTreeNode node, HashSet<uint> used, ref uint next)
    {
        // Indexed loops: a node may refer to itself, and SetPhandle then appends to the list being walked.
        var properties = node.PropertyItems;
        for (var i = 0; i < properties.Count; i++)
        {
            foreach (var fixup in properties[i].Fixups)
            {
                if (fixup.Target.Phandle is not null)
                    continue;
                while (used.Contains(next))
                    next++;
                fixup.Target.SetPhandle(next);
                used.Add(next);
            }
        }

        var children = node.ChildItems;
        for (var i = 0; i < children.Count; i++)
            AssignMissing(children[i], used, ref next);
    }

    private static void Resolve(DeviceTreeNode node)
    {
        var properties = node.PropertyItems;
        for (var i = 0; i < properties.Count; i++)
            properties[i].ResolveReferences();
        var children = node.ChildItems;
        for (var i = 0; i < children.Count; i++)
            Resolve(children[i]);
    }
}
