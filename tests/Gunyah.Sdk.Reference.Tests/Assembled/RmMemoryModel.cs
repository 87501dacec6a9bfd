using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>A VM's life as the model sees it (the RM's states the property test drives).</summary>
internal enum ModelPhase
{
    Load,
    Ready,
    Running,
    Exited,
    Reset,
}

/// <summary>How a parcel reaches its borrowers.</summary>
internal enum ModelTransfer
{
    Lend,
    Share,
    Donate,
}

/// <summary>A guest VM: its phase and the memory donated to it (its IPA page → the physical page).</summary>
internal sealed class ModelVm(ushort vmid)
{
    public ushort Vmid { get; } = vmid;

    public ModelPhase Phase { get; set; } = ModelPhase.Load;

    /// <summary>The hypervisor VM exists (from VM_INIT until the reset's cleanup).</summary>
    public bool Built => Phase is ModelPhase.Ready or ModelPhase.Running or ModelPhase.Exited;

    /// <summary>Can run or is about to (its accepted memory is in use).</summary>
    public bool Live => Phase is ModelPhase.Ready or ModelPhase.Running;

    public Dictionary<ulong, ulong> Own { get; } = [];

    /// <summary>The parcel holding its devicetree (VM_CONFIG_IMAGE's).</summary>
    public uint ImageHandle { get; set; }
}

/// <summary>A parcel: owner, transfer, ACL, its pages in SGL order (owner's IPA and physical page) and who accepted
/// it where (the base IPA of one contiguous mapping of the whole parcel).</summary>
internal sealed class ModelParcel(uint handle, ushort owner, ModelTransfer transfer)
{
    public uint Handle { get; } = handle;

    public ushort Owner { get; } = owner;

    public ModelTransfer Transfer { get; } = transfer;

    public Dictionary<ushort, MemoryAccess> Acl { get; } = [];

    public List<(ulong Ipa, ulong Phys)> Pages { get; } = [];

    public Dictionary<ushort, ulong> Accepted { get; } = [];

    public ulong Size => (ulong)Pages.Count * RmMemoryModel.Page;
}

/// <summary>
/// An independent model of memory isolation through the Resource Manager, written from the rules of gunyah-rm.md
/// §2.5/§5 and docs/reference-hypervisor.md, not from the reference's code: which VM owns which page, the parcels and
/// who accepted them, and from that the stage 2 every VM must have — who may read, write or execute which page. It
/// predicts the RM error code of every call the property test makes (one rule broken at a time) and applies the
/// effect of the calls that succeed.
/// </summary>
/// <remarks>
/// The assembled system's host memory is identity-mapped and in the hypervisor's model only while a parcel holds it:
/// the host reaches its own pages (RWX, at their address) only while they are in a parcel it shares; outside parcels
/// they are not mapped at all; a lend or an unaccepted donation withdraws them. A VM (guest or host) reaches memory
/// donated to it (RWX, where it accepted the donation) unless one of its own lends or donations holds it, and what it
/// accepted, with its ACL rights. A borrower's view is one contiguous range of the whole parcel in SGL order. Pages
/// donated to a guest come back to the host (at their own address) when that guest is reset.
/// </remarks>
internal sealed class RmMemoryModel(IReadOnlyList<ulong> pool)
{
    public const ulong Page = ReferenceHypervisor.PageSize;
    public const ushort Host = 3;
    public const ushort FirstVmid = 0x80;
    public const ushort LastVmid = 0xBE;

    /// <summary>Where VM_INIT maps the image parcel: the devicetree's memory base.</summary>
    public const ulong ImageBase = 0x8000_0000;

    public IReadOnlyList<ulong> Pool { get; } = pool;

    public SortedDictionary<ushort, ModelVm> Vms { get; } = [];

    public Dictionary<uint, ModelParcel> Parcels { get; } = [];

    /// <summary>Handles that were valid once (reclaimed, or donated and accepted).</summary>
    public List<uint> DeadHandles { get; } = [];

    /// <summary>Pages donated to a VM, by physical page (every other pool page is the host's at its own address).</summary>
    public Dictionary<ulong, ushort> PageOwner { get; } = [];

    /// <summary>Memory donated to the host: its IPA page → the physical page (not identity: where it accepted it).</summary>
    public Dictionary<ulong, ulong> HostOwn { get; } = [];

    public uint LastHandle { get; private set; }

    /// <summary>Who may make RM calls: the host, and a guest that runs.</summary>
    public bool CanCall(ushort vmid) => vmid == Host || (Vms.TryGetValue(vmid, out var vm) && vm.Phase == ModelPhase.Running);

    public bool HasAddressSpace(ushort vmid) => vmid == Host || (Vms.TryGetValue(vmid, out var vm) && vm.Built);

    /// <summary>A holder whose hold makes a reclaim MEM_INUSE: the host, or a guest that can (still) run.</summary>
    private bool HoldsLive(ushort vmid) => vmid == Host || (Vms.TryGetValue(vmid, out var vm) && vm.Live);

    /// <summary>Memory donated to <paramref name="vmid"/> (host or guest): IPA page → physical page.</summary>
    public Dictionary<ulong, ulong> Own(ushort vmid) => vmid == Host ? HostOwn : Vms[vmid].Own;

    /// <summary>A pool page the host holds at its own address: never donated (or back from a VM that was reset).</summary>
    public bool IsIdentity(ulong phys) => !PageOwner.ContainsKey(phys);

    /// <summary>The pages <paramref name="vmid"/> holds (may put in a parcel), by its IPA: memory donated to it outside
    /// parcels, and for the host its own pool pages (at their address) outside parcels.</summary>
    public IEnumerable<(ulong Ipa, ulong Phys)> Held(ushort vmid)
    {
        var inParcels = Parcels.Values.SelectMany(p => p.Pages.Select(e => e.Phys)).ToHashSet();
        var own = Own(vmid).Where(o => !inParcels.Contains(o.Value)).Select(o => (o.Key, o.Value)).OrderBy(o => o.Key);
        return vmid == Host ? Pool.Where(p => IsIdentity(p) && !inParcels.Contains(p)).Select(p => (p, p)).Concat(own) : own;
    }

    /// <summary>What <paramref name="vmid"/>'s stage 2 must hold now: IPA page → (physical page, rights).</summary>
    public Dictionary<ulong, (ulong Phys, MemoryAccess Rights)> Stage2(ushort vmid)
    {
        var map = new Dictionary<ulong, (ulong, MemoryAccess)>();
        if (!HasAddressSpace(vmid))
        {
            return map;
        }

        if (vmid == Host)
        {
            foreach (var parcel in Parcels.Values.Where(p => p.Owner == Host && p.Transfer == ModelTransfer.Share))
            {
                foreach (var (ipa, phys) in parcel.Pages.Where(e => e.Ipa == e.Phys && IsIdentity(e.Phys)))
                {
                    map.Add(ipa, (phys, MemoryAccess.RWX));
                }
            }
        }

        var withdrawn = Parcels.Values.Where(p => p.Owner == vmid && p.Transfer != ModelTransfer.Share).SelectMany(p => p.Pages.Select(e => e.Phys)).ToHashSet();
        foreach (var (ipa, phys) in Own(vmid))
        {
            if (!withdrawn.Contains(phys))
            {
                map.Add(ipa, (phys, MemoryAccess.RWX));
            }
        }

        foreach (var parcel in Parcels.Values)
        {
            if (parcel.Accepted.TryGetValue(vmid, out var at))
            {
                for (var i = 0; i < parcel.Pages.Count; i++)
                {
                    map.Add(at + ((ulong)i * Page), (parcel.Pages[i].Phys, parcel.Acl[vmid]));
                }
            }
        }

        return map;
    }

    /// <summary>What CheckAccess must answer for <paramref name="length"/> bytes at <paramref name="ipa"/>: the first page
    /// (in address order) not mapped is ADDRESS_INVALID, mapped without every asked right DENIED.</summary>
    public static HypError Expected(Dictionary<ulong, (ulong Phys, MemoryAccess Rights)> stage2, ulong ipa, ulong length, MemoryAccess access)
    {
        for (var page = ipa & ~(Page - 1); page < ipa + length; page += Page)
        {
            if (!stage2.TryGetValue(page, out var entry))
            {
                return HypError.AddressInvalid;
            }

            if ((entry.Rights & access) != access)
            {
                return HypError.Denied;
            }
        }

        return HypError.Ok;
    }

    // ---- VMs ----

    /// <summary>VM_ALLOC_VMID(0): only the host allocates; the lowest free dynamic VMID.</summary>
    public GhRmError PredictAllocate(ushort caller, out ushort vmid)
    {
        vmid = 0;
        if (caller != Host)
        {
            return GhRmError.Denied;
        }

        for (var v = FirstVmid; v <= LastVmid; v++)
        {
            if (!Vms.ContainsKey(v))
            {
                vmid = v;
                return GhRmError.Ok;
            }
        }

        return GhRmError.Noresource;
    }

    public void Allocate(ushort vmid) => Vms.Add(vmid, new ModelVm(vmid));

    /// <summary>After lend + VM_CONFIG_IMAGE + VM_INIT: READY, the image parcel accepted at the memory base.</summary>
    public void Boot(ushort vmid, uint imageHandle)
    {
        Vms[vmid].Phase = ModelPhase.Ready;
        Vms[vmid].ImageHandle = imageHandle;
        Parcels[imageHandle].Accepted.Add(vmid, ImageBase);
    }

    public GhRmError PredictStart(ushort vmid) => Vms[vmid].Phase == ModelPhase.Ready ? GhRmError.Ok : GhRmError.VmState;

    public void Start(ushort vmid) => Vms[vmid].Phase = ModelPhase.Running;

    public GhRmError PredictStop(ushort vmid) => Vms[vmid].Phase == ModelPhase.Running ? GhRmError.Ok : GhRmError.VmState;

    /// <summary>A forced stop: EXITED; what it accepted stays mapped (it can no longer run).</summary>
    public void Stop(ushort vmid) => Vms[vmid].Phase = ModelPhase.Exited;

    public GhRmError PredictReset(ushort vmid) => Vms[vmid].Phase is ModelPhase.Ready or ModelPhase.Exited ? GhRmError.Ok : GhRmError.VmState;

    /// <summary>The reset's cleanup: the VM's holds go, the parcels it owns go (their borrowers lose them), its VM goes
    /// and the pages donated to it return to the host.</summary>
    public void Reset(ushort vmid)
    {
        var vm = Vms[vmid];
        foreach (var parcel in Parcels.Values)
        {
            parcel.Accepted.Remove(vmid);
        }

        foreach (var parcel in Parcels.Values.Where(p => p.Owner == vmid).ToArray())
        {
            Retire(parcel);
        }

        foreach (var phys in vm.Own.Values)
        {
            PageOwner.Remove(phys);
        }

        vm.Own.Clear();
        vm.Phase = ModelPhase.Reset;
    }

    /// <summary>VM_DEALLOC_VMID: LOAD or RESET only; IN_USE while a parcel's ACL names it.</summary>
    public GhRmError PredictDeallocate(ushort vmid)
    {
        if (Vms[vmid].Phase is not (ModelPhase.Load or ModelPhase.Reset))
        {
            return GhRmError.VmState;
        }

        return Parcels.Values.Any(p => p.Acl.ContainsKey(vmid)) ? GhRmError.InUse : GhRmError.Ok;
    }

    public void Deallocate(ushort vmid) => Vms.Remove(vmid);

    // ---- Parcels ----

    /// <summary>MEM_LEND/SHARE/DONATE of the pages at <paramref name="sgl"/> (the owner's IPAs) with <paramref name="acl"/>.</summary>
    public GhRmError PredictGive(ushort owner, ModelTransfer transfer, IReadOnlyList<(ushort Vmid, byte Rights)> acl, IReadOnlyList<(ulong Ipa, ulong Size)> sgl)
    {
        var ownerListed = acl.Any(a => a.Vmid == owner);
        if (acl.Any(a => a.Rights is not (4 or 5 or 6 or 7)) || acl.Select(a => a.Vmid).Distinct().Count() != acl.Count
            || (transfer == ModelTransfer.Share ? !ownerListed : ownerListed)
            || (transfer == ModelTransfer.Donate && (acl.Count != 1 || acl[0].Rights != 7)))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (acl.Any(a => a.Vmid != Host && !Vms.ContainsKey(a.Vmid)))
        {
            return GhRmError.VmidInvalid;
        }

        if (Parcels.Values.Count(p => p.Owner == owner) >= 64)
        {
            return GhRmError.Noresource;
        }

        var ipas = sgl.SelectMany(e => PagesOf(e.Ipa, e.Size)).ToArray();
        if (ipas.Distinct().Count() != ipas.Length)
        {
            return GhRmError.ArgumentInvalid;
        }

        var held = Held(owner).Select(h => h.Ipa).ToHashSet();
        return ipas.All(held.Contains) ? GhRmError.Ok : GhRmError.MemInvalid;
    }

    public ModelParcel Give(uint handle, ushort owner, ModelTransfer transfer, IReadOnlyList<(ushort Vmid, byte Rights)> acl, IReadOnlyList<(ulong Ipa, ulong Size)> sgl)
    {
        var parcel = new ModelParcel(handle, owner, transfer);
        foreach (var (vmid, rights) in acl)
        {
            parcel.Acl.Add(vmid, (MemoryAccess)rights);
        }

        foreach (var ipa in sgl.SelectMany(e => PagesOf(e.Ipa, e.Size)))
        {
            parcel.Pages.Add((ipa, Own(owner).TryGetValue(ipa, out var phys) ? phys : ipa));
        }

        Parcels.Add(handle, parcel);
        LastHandle = handle;
        return parcel;
    }

    /// <summary>MEM_ACCEPT by <paramref name="caller"/>; <paramref name="at"/> is the caller's IPA for one SGL entry of
    /// <paramref name="size"/> bytes, or null for an RM-chosen IPA.</summary>
    public GhRmError PredictAccept(ushort caller, uint handle, ModelTransfer asType, ulong? at, ulong size)
    {
        if (!Parcels.TryGetValue(handle, out var parcel))
        {
            return GhRmError.HandleInvalid;
        }

        if (caller == parcel.Owner || !parcel.Acl.ContainsKey(caller))
        {
            return GhRmError.Denied;
        }

        if (asType != parcel.Transfer)
        {
            return GhRmError.ArgumentInvalid;
        }

        if (parcel.Accepted.ContainsKey(caller))
        {
            return GhRmError.MemInuse;
        }

        if (at is { } ipa)
        {
            if (size != parcel.Size)
            {
                return GhRmError.ArgumentInvalid;
            }

            var stage2 = Stage2(caller);
            if (PagesOf(ipa, size).Any(stage2.ContainsKey))
            {
                return GhRmError.MapFailed;
            }
        }

        return GhRmError.Ok;
    }

    /// <summary>The accept succeeded with the parcel mapped at <paramref name="at"/>; a donation makes the pages the
    /// caller's own and frees the handle.</summary>
    public void Accept(ushort caller, uint handle, ulong at)
    {
        var parcel = Parcels[handle];
        if (parcel.Transfer != ModelTransfer.Donate)
        {
            parcel.Accepted.Add(caller, at);
            return;
        }

        for (var i = 0; i < parcel.Pages.Count; i++)
        {
            var phys = parcel.Pages[i].Phys;
            Own(parcel.Owner).Remove(parcel.Pages[i].Ipa);
            Own(caller).Add(at + ((ulong)i * Page), phys);
            PageOwner[phys] = caller;
        }

        Parcels.Remove(handle);
        DeadHandles.Add(handle);
    }

    /// <summary>MEM_RELEASE: borrowers only; MEM_RELEASED unless accepted now.</summary>
    public GhRmError PredictRelease(ushort caller, uint handle)
    {
        if (!Parcels.TryGetValue(handle, out var parcel))
        {
            return GhRmError.HandleInvalid;
        }

        if (caller == parcel.Owner || !parcel.Acl.ContainsKey(caller))
        {
            return GhRmError.Denied;
        }

        return parcel.Accepted.ContainsKey(caller) ? GhRmError.Ok : GhRmError.MemReleased;
    }

    public void Release(ushort caller, uint handle) => Parcels[handle].Accepted.Remove(caller);

    /// <summary>MEM_RECLAIM: owner only; MEM_INUSE while a holder that can run holds it (holds of stopped VMs are dropped).</summary>
    public GhRmError PredictReclaim(ushort caller, uint handle)
    {
        if (!Parcels.TryGetValue(handle, out var parcel))
        {
            return GhRmError.HandleInvalid;
        }

        if (caller != parcel.Owner)
        {
            return GhRmError.Denied;
        }

        return parcel.Accepted.Keys.Any(HoldsLive) ? GhRmError.MemInuse : GhRmError.Ok;
    }

    public void Reclaim(uint handle) => Retire(Parcels[handle]);

    private void Retire(ModelParcel parcel)
    {
        Parcels.Remove(parcel.Handle);
        DeadHandles.Add(parcel.Handle);
    }

    public static IEnumerable<ulong> PagesOf(ulong ipa, ulong size)
    {
        for (ulong done = 0; done < size; done += Page)
        {
            yield return ipa + done;
        }
    }
}
