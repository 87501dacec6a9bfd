using System.Text;

namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Builds the model from a blob. The structure walk is <see cref="FdtStructureReader"/>'s, so every rule it
/// checks holds for every tree built here; on top, names must be unique among a node's properties and among its
/// children (the model's own invariant). Work and allocation are linear in the blob's size: each token is read
/// once, values are copied once, and property names are decoded once per distinct name offset.
/// </summary>
internal static class FdtTreeReader
{
    public static DeviceTreeDocument Read(ReadOnlySpan<byte> blob)
    {
        var header = FdtHeader.Read(blob);
        var tree = new DeviceTreeDocument { BootCpuIdPhys = header.BootCpuIdPhys };
        for (var i = 0; i < header.ReservationCount; i++)
            tree.MemoryReservations.Add(header.ReadReservation(blob, i));

        var names = new Dictionary<int, string>();
        var open = new List<DeviceTreeNode>();
        var reader = new FdtStructureReader(blob, header);
        while (true)
        {
            switch (reader.Read())
            {
                case FdtToken.BeginNode:
                    if (open.Count == 0)
                    {
                        open.Add(tree.Root);
                        break;
                    }

                    var parent = open[^1];
                    var name = Encoding.ASCII.GetString(reader.Name);
                    if (parent.ChildItems.IndexOf(name) >= 0)
                        throw new DeviceTreeFormatException(DeviceTreeFormatError.DuplicateName, reader.TokenOffset, $"{parent.Path} has two children named {name}");
                    var child = new DeviceTreeNode(name);
                    parent.AddParsedChild(child);
                    open.Add(child);
                    break;
                case FdtToken.EndNode:
                    open.RemoveAt(open.Count - 1);
                    break;
                case FdtToken.Property:
                    var node = open[^1];
                    if (!names.TryGetValue(reader.NameOffset, out var propertyName))
                        names.Add(reader.NameOffset, propertyName = Encoding.ASCII.GetString(reader.Name));
                    if (node.PropertyItems.IndexOf(propertyName) >= 0)
                        throw new DeviceTreeFormatException(DeviceTreeFormatError.DuplicateName, reader.TokenOffset, $"{node.Path} has two properties named {propertyName}");
                    node.AddParsedProperty(DeviceTreeProperty.Adopt(propertyName, reader.Value.ToArray()));
                    break;
                default:
                    return tree;
            }
        }
    }
}
