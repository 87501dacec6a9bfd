using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>A memory parcel: one mem handle, its owner, ACL, SGL and attributes, and who holds it now.</summary>
internal sealed class RmParcel(uint handle, ushort owner, GhRmMemTransType transType, GhRmMemType memType, byte flags, uint label)
{
    public uint Handle { get; } = handle;

    public ushort Owner { get; } = owner;

    public GhRmMemTransType TransType { get; } = transType;

    public GhRmMemType MemType { get; } = memType;

    /// <summary>The MEM_LEND/SHARE/DONATE flags (SANITIZE 1, APPEND 2).</summary>
    public byte Flags { get; } = flags;

    public uint Label { get; } = label;

    public GhRmMemAclEntry[] Acl { get; init; } = [];

    public GhRmMemAttrEntry[] Attrs { get; init; } = [];

    public List<GhRmMemEntry> Sgl { get; } = [];

    /// <summary>False while MEM_APPEND may still add entries.</summary>
    public bool Finished { get; set; }

    /// <summary>The platform memory extent, created when the parcel is finished.</summary>
    public ulong Extent { get; set; }

    public bool HasExtent { get; set; }

    /// <summary>The mem_info_tag fixed by the first MEM_NOTIFY(SHARED).</summary>
    public uint? MemInfoTag { get; set; }

    /// <summary>Borrowers that accepted it (mapped now).</summary>
    public HashSet<ushort> AcceptedBy { get; } = [];

    public bool Sanitized => (Flags & (byte)GhRmMemShareFlags.Sanitize) != 0;

    public ulong TotalSize => Sgl.Aggregate(0UL, (sum, e) => sum + e.Size);

    public MemoryAccess RightsOf(ushort vmid) => Acl.Where(a => a.Vmid == vmid).Select(a => (MemoryAccess)a.Rights).FirstOrDefault();

    public bool InAcl(ushort vmid) => Acl.Any(a => a.Vmid == vmid);
}
