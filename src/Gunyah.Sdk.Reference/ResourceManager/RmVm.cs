using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>One VM the RM created: its state, owner, configuration and the hypervisor objects built for it.</summary>
internal sealed class RmVm(ushort vmid, ushort owner)
{
    public ushort Vmid { get; } = vmid;

    public ushort Owner { get; } = owner;

    public GhRmVmStatus State { get; set; } = GhRmVmStatus.Load;

    public byte OsStatus { get; set; }

    public ushort AppStatus { get; set; }

    public GhRmVmAuthMech Auth { get; set; }

    public uint ImageHandle { get; set; } = ReferenceResourceManager.InvalidMemHandle;

    public ulong ImageOffset { get; set; }

    public ulong DtbOffset { get; set; }

    /// <summary>Where VM_INIT mapped the image parcel in the VM (null until then).</summary>
    public ulong? ImageIpa { get; set; }

    public ulong DtbSize { get; set; }

    public uint FirmwareHandle { get; set; } = ReferenceResourceManager.InvalidMemHandle;

    public ulong FirmwareOffset { get; set; }

    public ulong FirmwareSize { get; set; }

    public Dictionary<GhRmVmAddressRangeId, RmMemRange> Layout { get; } = [];

    public List<RmMemRange> DemandPaging { get; } = [];

    public Dictionary<(GhRmVmBootContextRegSet Set, byte Index), ulong> BootContext { get; } = [];

    public RmVmConfig? Config { get; set; }

    /// <summary>Whether the platform VM exists (from VM_INIT until the reset cleanup).</summary>
    public bool Built { get; set; }

    public List<RmVcpu> Vcpus { get; } = [];

    /// <summary>The vdevice objects created for this VM's config (destroyed at reset).</summary>
    public List<ulong> Objects { get; } = [];

    /// <summary>Both ends of every vdevice this VM's config declared.</summary>
    public List<RmResourceEnd> Ends { get; } = [];

    public RmVirqAllocator Virqs { get; } = new();

    public bool GuestConsoleOpen { get; set; }

    public bool OwnerConsoleOpen { get; set; }

    public byte[] CrashMessage { get; set; } = [];
}

/// <summary>A vCPU: its platform object, its capability in the owner's space and the owner's wakeup vIRQ.</summary>
internal sealed record RmVcpu(uint Index, uint Label, ulong Object, ulong OwnerCap, uint OwnerVirq);

/// <summary>One VM's end of a vdevice, as VM_GET_HYP_RESOURCES reports it to <paramref name="Holder"/>.</summary>
internal sealed record RmResourceEnd(ushort Holder, ushort Partner, GhRmResourceType Type, uint Label, ulong CapId, uint Virq);
