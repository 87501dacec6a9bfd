using Gunyah.Sdk.ResourceManager.Protocol;
using Region = Gunyah.Sdk.Uapi.Android14.GhUserspaceMemoryRegion;
using DtbConfig = Gunyah.Sdk.Uapi.V17.GunyahVmDtbConfig;
using BootContext = Gunyah.Sdk.Uapi.V17.GunyahVmBootContext;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>Where a VM is in the driver's own START state machine (vm_mgr's vm_status before RM takes over).</summary>
internal enum VmLifecycle
{
    NoState,
    Running,
    Failed,
}

/// <summary>A user memory region: pinned user memory the VM gets at a guest address (v6, v10, android*).</summary>
internal sealed record UserRegion(uint Label, uint Access, ulong GuestAddress, ulong Size, ulong UserAddress, bool Lend)
{
    /// <summary>The RM parcel once shared or lent.</summary>
    public uint? Parcel { get; set; }

    public bool Contains(ulong address, ulong size) => address >= GuestAddress && address - GuestAddress <= Size && size <= Size - (address - GuestAddress);
}

/// <summary>
/// A VM fd ("gunyah-vm"): its memory, devicetree, firmware and boot configuration, its functions, and — once
/// started — its VMID, parcels and RM status. The argument structs are read with the layouts every generation
/// shares (pinned by the SDK's layout tests): the 32-byte region, the 16-byte DTB/firmware config and boot context.
/// Every handler leaves the VM unchanged when it fails.
/// </summary>
internal sealed partial class VmFile : DriverFile, IRmVmObserver
{
    private readonly List<UserRegion> regions = [];
    private readonly SortedDictionary<uint, ulong> bootContext = new();
    private readonly List<VcpuFile> vcpus = [];
    private (ulong Address, ulong Size)? dtb;
    private (ulong Address, ulong Size)? firmware;
    private GhRmVmAuthMech auth = GhRmVmAuthMech.None;
    private readonly Lock referenceGate = new();
    private int references = 1;

    public VmFile(HostDriver driver)
        : base(driver)
    {
    }

    public override string Kind => "vm";

    /// <summary>Serialises the VM's ioctls (the kernel's VM locks).</summary>
    public Lock Gate { get; } = new();

    public Generation Generation => Driver.Generation;

    public ushort Vmid { get; private set; }

    public VmLifecycle Lifecycle { get; private set; }

    public TicketTable Tickets { get; } = new();

    public IoHandlerTable IoHandlers { get; } = new();

    public override int Ioctl(uint request, nint argument) =>
        Driver.Tables.Vm.TryGetValue(request, out var handler) ? handler(this, argument) : -Errno.ENOTTY;

    /// <summary>SET_USER_MEM_REGION, or the Android LEND_USER_MEM when <paramref name="lendIoctl"/>.</summary>
    public int SetUserMemoryRegion(nint argument, bool lendIoctl)
    {
        if (!UserMemory.TryRead<Region>(argument, out var region))
        {
            return -Errno.EFAULT;
        }

        lock (Gate)
        {
            var allowed = 0x7u | (Generation.HasLentFlag ? 0x8u : 0);
            if ((region.Flags & ~allowed) != 0)
            {
                return -Errno.EINVAL;
            }

            if (Generation.HasLentFlag && region.MemorySize == 0)
            {
                DeleteRegion(region.Label);
                return 0;
            }

            var aligned = UserMemory.IsPageAligned(region.MemorySize) && UserMemory.IsPageAligned(region.UserspaceAddr);
            if (Generation.Id == GenerationId.V6)
            {
                if (!aligned)
                {
                    return -Errno.EINVAL;
                }
            }
            else
            {
                if (region.MemorySize == 0 || !aligned || !UserMemory.IsPageAligned(region.GuestPhysAddr))
                {
                    return -Errno.EINVAL;
                }

                if (region.GuestPhysAddr + region.MemorySize < region.GuestPhysAddr)
                {
                    return -Errno.EOVERFLOW;
                }
            }

            foreach (var existing in regions)
            {
                if (existing.Label == region.Label || Overlaps(existing.GuestAddress, existing.Size, region.GuestPhysAddr, region.MemorySize))
                {
                    return -Errno.EEXIST;
                }
            }

            if (!UserMemory.IsMapped(region.UserspaceAddr, region.MemorySize))
            {
                return -Errno.EFAULT;
            }

            var added = new UserRegion(region.Label, region.Flags & 0x7, region.GuestPhysAddr, region.MemorySize, region.UserspaceAddr, lendIoctl || (region.Flags & 0x8) != 0);
            if (Generation.SharesAtIoctl && ShareRegion(added) < 0)
            {
                return -Errno.EINVAL;
            }

            regions.Add(added);
            Driver.Pins.Pin(added.UserAddress, added.Size);
            return 0;
        }
    }

    /// <summary>SET_DTB_CONFIG: stored; checked at START.</summary>
    public int SetDtbConfig(nint argument)
    {
        if (!UserMemory.TryRead<DtbConfig>(argument, out var config))
        {
            return -Errno.EFAULT;
        }

        var size = config.Size;
        if (Generation.Id is GenerationId.V6 or GenerationId.Android14)
        {
            size = UserMemory.AlignUp(size);
            if (size < config.Size)
            {
                return -Errno.EOVERFLOW;
            }
        }

        if (Generation.Id != GenerationId.V6 && config.GuestPhysAddr + size < config.GuestPhysAddr)
        {
            return -Errno.EOVERFLOW;
        }

        lock (Gate)
        {
            dtb = (config.GuestPhysAddr, size);
            return 0;
        }
    }

    /// <summary>The Android SET_FW_CONFIG: stored, and the auth type becomes QCOM_ANDROID_PVM (in android15-6.6 only
    /// when none was set).</summary>
    public int SetFirmwareConfig(nint argument)
    {
        if (!UserMemory.TryRead<DtbConfig>(argument, out var config))
        {
            return -Errno.EFAULT;
        }

        if (config.GuestPhysAddr + config.Size < config.GuestPhysAddr)
        {
            return -Errno.EOVERFLOW;
        }

        lock (Gate)
        {
            firmware = (config.GuestPhysAddr, config.Size);
            if (Generation.Id == GenerationId.Android14 || auth == GhRmVmAuthMech.None)
            {
                auth = GhRmVmAuthMech.QcomAndroidPvm;
            }

            return 0;
        }
    }

    /// <summary>SET_BOOT_CONTEXT: X0..X31, PC, SP0..SP2, before START only.</summary>
    public int SetBootContext(nint argument)
    {
        if (!UserMemory.TryRead<BootContext>(argument, out var context))
        {
            return -Errno.EFAULT;
        }

        var set = (context.Reg >> 8) & 0xff;
        var index = context.Reg & 0xff;
        var valid = (context.Reg >> 16) == 0 && set switch
        {
            0 => index <= 31,
            1 => index == 0,
            2 => index <= 2,
            _ => false,
        };
        lock (Gate)
        {
            if (!valid || Lifecycle != VmLifecycle.NoState)
            {
                return -Errno.EINVAL;
            }

            bootContext[context.Reg] = context.Value;
            return 0;
        }
    }

    /// <summary>A vCPU fd holds the VM, as the kernel's file reference does.</summary>
    public void AddVcpu(VcpuFile vcpu)
    {
        lock (referenceGate)
        {
            references++;
            vcpus.Add(vcpu);
        }
    }

    /// <summary>A vCPU fd closed.</summary>
    public void DropVcpu(VcpuFile vcpu)
    {
        bool last;
        lock (referenceGate)
        {
            vcpus.Remove(vcpu);
            last = --references == 0;
        }

        if (last)
        {
            Destroy();
        }
    }

    /// <summary>The VM fd closed; the VM goes once no vCPU fd holds it.</summary>
    public override void Release()
    {
        bool last;
        lock (referenceGate)
        {
            last = --references == 0;
        }

        if (last)
        {
            Destroy();
        }
    }

    private static bool Overlaps(ulong start, ulong size, ulong otherStart, ulong otherSize) =>
        start < otherStart + otherSize && otherStart < start + size;

    private void DeleteRegion(uint label)
    {
        var index = regions.FindIndex(r => r.Label == label);
        if (index < 0)
        {
            return;
        }

        if (regions[index].Parcel is { } parcel)
        {
            Reclaim(parcel);
        }

        Driver.Pins.Unpin(regions[index].UserAddress, regions[index].Size);
        regions.RemoveAt(index);
    }

    /// <summary>The VM is gone: its regions' pages are unpinned (a munmap the VMM made of them happens now).</summary>
    private void UnpinAllRegions()
    {
        foreach (var region in regions)
        {
            Driver.Pins.Unpin(region.UserAddress, region.Size);
        }

        regions.Clear();
    }

    private UserRegion? FindRegion(ulong address, ulong size) => regions.Find(r => r.Contains(address, size));

    private VcpuFile[] SnapshotVcpus()
    {
        lock (referenceGate)
        {
            return [.. vcpus];
        }
    }
}
