using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>What VM_INIT took from a VM's devicetree (the <c>gunyah-vm-config</c> node and the CPU nodes).</summary>
/// <param name="ImageName">vm-config <c>image-name</c> (required); answered by VM_GET_ID and VM_LOOKUP_NAME.</param>
/// <param name="Uri">vm-config <c>vm-uri</c>, if any.</param>
/// <param name="Guid">vm-config <c>vm-guid</c> as 16 bytes (zero when absent).</param>
/// <param name="Attributes">vm-config <c>vm-attrs</c>.</param>
/// <param name="MemoryBase">vm-config <c>memory/base-address</c>: where the image parcel is mapped, if given.</param>
/// <param name="Affinities">One entry per vCPU (its affinity-map value, or its index for proxy scheduling).</param>
/// <param name="Proxy">Whether the vCPUs are proxy scheduled (<c>affinity = "proxy"</c>).</param>
/// <param name="Vdevices">The doorbells and message queues to create.</param>
/// <param name="HasConsole">Whether the rm-rpc vdevice carries <c>console-dev</c>.</param>
public sealed record RmVmConfig(
    string ImageName,
    string? Uri,
    byte[] Guid,
    IReadOnlyList<string> Attributes,
    ulong? MemoryBase,
    IReadOnlyList<uint> Affinities,
    bool Proxy,
    IReadOnlyList<RmVdeviceConfig> Vdevices,
    bool HasConsole)
{
    /// <summary>The devicetree's GICv3 (<c>arm,gic-v3</c>): the RM configures the VM's virtual GIC there; null: none.</summary>
    public RmGicConfig? Gic { get; init; }

    /// <summary>Whether <c>vm-attrs</c> has <c>no-reset</c> (VM_RESET is then refused).</summary>
    public bool NoReset => Attributes.Contains("no-reset");
}

/// <summary>Where a VM's GICv3 frames are: the distributor and the first of its redistributors (one per vCPU).</summary>
public sealed record RmGicConfig(ulong DistributorBase, ulong RedistributorBase);

/// <summary>The kind of a vdevice the RM builds.</summary>
public enum RmVdeviceKind
{
    /// <summary>A doorbell whose receiver is the VM (<c>doorbell</c>).</summary>
    Doorbell,

    /// <summary>A doorbell whose sender is the VM (<c>doorbell-source</c>).</summary>
    DoorbellSource,

    /// <summary>One message queue (<c>message-queue</c>); <see cref="RmVdeviceConfig.IsSender"/> gives its direction.</summary>
    MessageQueue,

    /// <summary>Two message queues, one each way (<c>message-queue-pair</c>).</summary>
    MessageQueuePair,
}

/// <summary>One vdevice of a VM's config.</summary>
/// <param name="Name">The node name.</param>
/// <param name="Kind">The vdevice kind.</param>
/// <param name="Label">The <c>qcom,label</c> (or <c>label</c>) value, 0 when absent.</param>
/// <param name="IsSender">For a single queue: the VM sends on it.</param>
/// <param name="Virqs">vIRQs the devicetree asks for on the VM's side (SPI n → 32 + n), in tx, rx order.</param>
/// <param name="MessageSize">Message size (default 240).</param>
/// <param name="QueueDepth">Queue depth (default 8).</param>
public sealed record RmVdeviceConfig(string Name, RmVdeviceKind Kind, uint Label, bool IsSender, IReadOnlyList<uint> Virqs, uint MessageSize, uint QueueDepth);

/// <summary>The outcome of reading a VM's configuration: the config, or the RM error VM_INIT answers.</summary>
/// <param name="Config">The config when <paramref name="Error"/> is OK.</param>
/// <param name="Error">OK, or why the devicetree cannot be honoured.</param>
/// <param name="Reason">A human-readable reason for a refusal.</param>
public readonly record struct RmVmConfigResult(RmVmConfig? Config, GhRmError Error, string? Reason)
{
    internal static RmVmConfigResult Fail(GhRmError error, string reason) => new(null, error, reason);
}
