using System.Buffers.Binary;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// Reads and validates the VM configuration of a guest devicetree, as VM_INIT does: the vm-config node by path
/// (<c>/gunyah-vm-config</c> or <c>/qcom,vm-config</c>), the CPU nodes, and the vdevices. What the reference
/// cannot build (other vdevice types, explicit peers, more vCPUs than it allows) is refused with NORESOURCE;
/// what is malformed with ARGUMENT_INVALID.
/// </summary>
public static class RmVmConfigReader
{
    /// <summary>Reads the config from a flattened devicetree blob.</summary>
    public static RmVmConfigResult Read(ReadOnlySpan<byte> blob, int maxVcpus)
    {
        DeviceTreeDocument tree;
        try
        {
            tree = DeviceTreeDocument.Parse(blob);
        }
        catch (Exception e) when (e is DeviceTreeFormatException or ArgumentException or InvalidOperationException)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, "the DTB does not parse: " + e.Message);
        }

        return Read(tree, maxVcpus);
    }

    /// <summary>Reads the config from a parsed devicetree.</summary>
    public static RmVmConfigResult Read(DeviceTreeDocument tree, int maxVcpus)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var config = tree.FindNode("/gunyah-vm-config") ?? tree.FindNode("/qcom,vm-config");
        if (config is null)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, "no vm-config node");
        }

        var name = config.GetProperty("image-name");
        if (name is null)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, "vm-config has no image-name");
        }

        var vcpus = config.GetChild("vcpus");
        var affinity = vcpus?.GetProperty("affinity")?.AsString() ?? "static";
        if (affinity is not ("static" or "sticky" or "pinned" or "proxy"))
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, $"unknown vCPU affinity '{affinity}'");
        }

        var cpuPath = vcpus?.GetProperty("config")?.AsString() ?? "/cpus";
        var cpus = tree.FindNode(cpuPath)?.Children.Where(IsCpu).ToArray() ?? [];
        if (cpus.Length == 0)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, $"no CPU nodes under {cpuPath}");
        }

        if (cpus.Length > maxVcpus)
        {
            return RmVmConfigResult.Fail(GhRmError.Noresource, $"{cpus.Length} vCPUs, the reference allows {maxVcpus}");
        }

        var proxy = affinity == "proxy";
        var map = vcpus?.GetProperty("affinity-map")?.AsCells();
        if (map is null ? !proxy : map.Length != cpus.Length)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, "affinity-map must have one entry per CPU");
        }

        var affinities = map ?? Enumerable.Range(0, cpus.Length).Select(i => (uint)i).ToArray();
        var vdevices = new List<RmVdeviceConfig>();
        var console = false;
        foreach (var node in config.GetChild("vdevices")?.Children ?? [])
        {
            var (vdevice, error, reason) = ReadVdevice(node, ref console);
            if (error != GhRmError.Ok)
            {
                return RmVmConfigResult.Fail(error, reason!);
            }

            if (vdevice is not null)
            {
                vdevices.Add(vdevice);
            }
        }

        var (gic, gicError) = ReadGic(tree);
        if (gicError is not null)
        {
            return RmVmConfigResult.Fail(GhRmError.ArgumentInvalid, gicError);
        }

        var memoryBase = config.GetChild("memory")?.GetProperty("base-address");
        return new RmVmConfigResult(
            new RmVmConfig(
                name.AsString(),
                config.GetProperty("vm-uri")?.AsString(),
                ReadGuid(config.GetProperty("vm-guid")),
                config.GetProperty("vm-attrs")?.AsStringList() ?? [],
                memoryBase is null ? null : memoryBase.Length == 8 ? memoryBase.AsU64() : memoryBase.AsU32(),
                affinities,
                proxy,
                vdevices,
                console) { Gic = gic },
            GhRmError.Ok,
            null);
    }

    // The root's GICv3 node: reg is the distributor then the redistributor region, each as the root's address and
    // size cells say. No GICv3 node: no virtual GIC (a VM can run without interrupts).
    private static (RmGicConfig? Gic, string? Error) ReadGic(DeviceTreeDocument tree)
    {
        var node = tree.Root.Children.FirstOrDefault(n => n.GetProperty("compatible")?.AsStringList().Contains("arm,gic-v3") == true);
        if (node is null)
        {
            return (null, null);
        }

        var addressCells = (int)(tree.Root.GetProperty("#address-cells")?.AsU32() ?? 2);
        var sizeCells = (int)(tree.Root.GetProperty("#size-cells")?.AsU32() ?? 1);
        var reg = node.GetProperty("reg")?.AsCells() ?? [];
        var entry = addressCells + sizeCells;
        if (addressCells is < 1 or > 2 || sizeCells is < 1 or > 2 || reg.Length < 2 * entry)
        {
            return (null, $"{node.Name}: reg needs the distributor and redistributor regions");
        }

        ulong Address(int at) => addressCells == 2 ? ((ulong)reg[at] << 32) | reg[at + 1] : reg[at];
        return (new RmGicConfig(Address(0), Address(entry)), null);
    }

    private static bool IsCpu(DeviceTreeNode node) =>
        node.GetProperty("device_type")?.AsString() == "cpu" || node.BaseName == "cpu";

    private static (RmVdeviceConfig? Vdevice, GhRmError Error, string? Reason) ReadVdevice(DeviceTreeNode node, ref bool console)
    {
        var type = node.GetProperty("vdevice-type")?.AsString();
        if (type is null)
        {
            return (null, GhRmError.ArgumentInvalid, $"vdevice {node.Name} has no vdevice-type");
        }

        if (type == "rm-rpc")
        {
            // The VM's own RM link: the reference serves it as an RmServer client connection, not as hyp resources.
            console |= node.HasProperty("console-dev");
            return (null, GhRmError.Ok, null);
        }

        RmVdeviceKind kind;
        switch (type)
        {
            case "doorbell": kind = RmVdeviceKind.Doorbell; break;
            case "doorbell-source": kind = RmVdeviceKind.DoorbellSource; break;
            case "message-queue": kind = RmVdeviceKind.MessageQueue; break;
            case "message-queue-pair": kind = RmVdeviceKind.MessageQueuePair; break;
            default: return (null, GhRmError.Noresource, $"vdevice type '{type}' is not modelled");
        }

        if (node.HasProperty("peer"))
        {
            return (null, GhRmError.Noresource, $"vdevice {node.Name}: only peer-default (the owner) is modelled");
        }

        var label = (node.GetProperty("qcom,label") ?? node.GetProperty("label"))?.AsU32() ?? 0;
        var cells = node.GetProperty("interrupts")?.AsCells() ?? [];
        var expected = kind switch
        {
            RmVdeviceKind.DoorbellSource => 0,
            RmVdeviceKind.MessageQueuePair => 2,
            _ => 1,
        };
        if (cells.Length % 3 != 0 || (cells.Length != 0 && cells.Length != 3 * expected))
        {
            return (null, GhRmError.ArgumentInvalid, $"vdevice {node.Name}: interrupts must be {expected} three-cell specifiers");
        }

        var virqs = new List<uint>();
        for (var i = 0; i < cells.Length; i += 3)
        {
            if (cells[i] != 0 || cells[i + 1] > 987)
            {
                return (null, GhRmError.ArgumentInvalid, $"vdevice {node.Name}: only SPIs 0..987 are modelled");
            }

            virqs.Add(32 + cells[i + 1]);
        }

        var sender = node.HasProperty("is-sender");
        if (kind == RmVdeviceKind.MessageQueue && sender == node.HasProperty("is-receiver"))
        {
            return (null, GhRmError.ArgumentInvalid, $"vdevice {node.Name}: a message queue is either is-sender or is-receiver");
        }

        var size = node.GetProperty("message-size")?.AsU32() ?? 240;
        var depth = node.GetProperty("queue-depth")?.AsU32() ?? 8;
        if (size is 0 or > 1023 || depth is 0 or > 255)
        {
            return (null, GhRmError.ArgumentInvalid, $"vdevice {node.Name}: message size 1..1023 and depth 1..255");
        }

        return (new RmVdeviceConfig(node.Name, kind, label, sender, virqs, size, depth), GhRmError.Ok, null);
    }

    private static byte[] ReadGuid(DeviceTreeProperty? property)
    {
        var bytes = new byte[16];
        if (property is null)
        {
            return bytes;
        }

        if (property.Length == 16)
        {
            property.Value.CopyTo(bytes);
        }
        else if (Guid.TryParse(property.AsString(), out var guid))
        {
            guid.TryWriteBytes(bytes, bigEndian: true, out _);
        }

        return bytes;
    }

    internal static uint ReadTotalSize(ReadOnlySpan<byte> header) =>
        header.Length >= 8 ? BinaryPrimitives.ReadUInt32BigEndian(header[4..]) : 0;
}
