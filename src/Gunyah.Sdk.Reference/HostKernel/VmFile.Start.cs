using Gunyah.Sdk.Kernel;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>START and teardown: the RM call sequences of gunyah-rm.md §5.3, and the RM status the VM tracks.</summary>
internal sealed partial class VmFile
{
    private const ushort HostRights = (ushort)GhRmMemAclRights.Rwx;
    private readonly List<uint> parcels = [];
    private readonly object statusGate = new();
    private bool vmidAllocated;
    private volatile GhRmVmStatus rmStatus = GhRmVmStatus.NoState; // Written under statusGate; read without it (every RUN reads it).
    private (ushort Type, uint ReasonSize, byte[] Reason) exitInfo = (0, 0, []);
    private (nint Address, nuint Length)? dtbMapping;

    /// <summary>The VM's status as the RM last reported it (or as the driver set it after VM_START).</summary>
    public GhRmVmStatus RmStatus => rmStatus;

    /// <summary>exit_info from the VM_EXITED notification.</summary>
    public (ushort Type, uint ReasonSize, byte[] Reason) ExitInfo
    {
        get
        {
            lock (statusGate)
            {
                return exitInfo;
            }
        }
    }

    /// <summary>VM_ALLOC_VMID(0): 0 or -errno.</summary>
    public int AllocateVmid()
    {
        var status = RmSession.Call(() => Driver.Rm.Client.VmAllocVmidAsync(new GhRmVmAllocVmidReq()), out var reply);
        if (status < 0)
        {
            return status;
        }

        Vmid = (ushort)reply.Vmid;
        vmidAllocated = true;
        SetStatus(GhRmVmStatus.Load);
        Driver.Rm.Observe(Vmid, this);
        return 0;
    }

    /// <summary>VM_START: the first call runs the generation's sequence; later calls answer 0 while RUNNING and
    /// ENODEV otherwise (v6: 0). A signal pending on entry (the interruptible lock) gives EINTR.</summary>
    public int Start()
    {
        if (Driver.Signals.TakePending(Driver.Real.CurrentThreadId()))
        {
            return -Errno.EINTR;
        }

        lock (Gate)
        {
            if (Lifecycle != VmLifecycle.NoState)
            {
                return (Lifecycle == VmLifecycle.Running && RmStatus == GhRmVmStatus.Running) || Generation.Id == GenerationId.V6 ? 0 : -Errno.ENODEV;
            }

            var result = Generation.IsL24 ? StartL24() : StartL23();
            if (result < 0)
            {
                Lifecycle = VmLifecycle.Failed;
                return Generation.StartFailsWithEinval ? -Errno.EINVAL : result;
            }

            Lifecycle = VmLifecycle.Running;
            SetStatus(GhRmVmStatus.Running);
            return 0;
        }
    }

    /// <inheritdoc />
    /// <remarks>Linux acts on NOTIFY_VM_STATUS only for RESET (every other transition follows an RM call of its own,
    /// and EXITED arrives with its exit info in NOTIFY_VM_EXITED): taking EXITED here would let a vCPU report the
    /// exit before its type and reason are known.</remarks>
    public void OnStatus(GhRmVmStatus status)
    {
        if (status == GhRmVmStatus.Reset)
        {
            SetStatus(status);
        }
    }

    /// <inheritdoc />
    public void OnExited(ushort exitType, uint reasonSize, byte[] reason)
    {
        lock (statusGate)
        {
            exitInfo = (exitType, reasonSize, reason);
        }

        SetStatus(GhRmVmStatus.Exited);
    }

    /// <summary>Blocks until the RM status satisfies <paramref name="done"/> or the teardown timeout passes.</summary>
    public bool WaitForStatus(Func<GhRmVmStatus, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (statusGate)
        {
            while (!done(rmStatus))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(statusGate, left))
                {
                    return done(rmStatus);
                }
            }

            return true;
        }
    }

    private void SetStatus(GhRmVmStatus status)
    {
        lock (statusGate)
        {
            rmStatus = status;
            Monitor.PulseAll(statusGate);
        }

        foreach (var vcpu in SnapshotVcpus())
        {
            vcpu.Wake();
        }
    }

    private int StartL23()
    {
        if (!vmidAllocated && AllocateVmid() is var allocated and < 0)
        {
            return allocated;
        }

        foreach (var region in regions)
        {
            if (region.Parcel is null && ShareRegion(region) is var shared and < 0)
            {
                return shared;
            }
        }

        var (dtbAddress, dtbSize) = dtb ?? (0, 0);
        if (FindRegion(dtbAddress, dtbSize) is not { Parcel: { } dtbParcel } dtbRegion)
        {
            return -Errno.EINVAL;
        }

        var image = new GhRmVmConfigImageReq
        {
            Vmid = Vmid,
            AuthMech = (ushort)auth,
            MemHandle = dtbParcel,
            DtbOffset = dtbAddress - dtbRegion.GuestAddress,
            DtbSize = dtbSize,
        };
        var status = RmSession.Call(() => Driver.Rm.Client.VmConfigImageAsync(image));
        if (status < 0)
        {
            return status;
        }

        if (Generation.Id == GenerationId.Android14 && firmware is { } fw)
        {
            if (FindRegion(fw.Address, fw.Size) is not { Parcel: { } fwParcel } fwRegion)
            {
                return -Errno.EINVAL;
            }

            var request = new GhRmVmSetFirmwareMemReq { Vmid = Vmid, MemHandle = fwParcel, FwOffset = fw.Address - fwRegion.GuestAddress, FwSize = fw.Size };
            if (RmSession.Call(() => Driver.Rm.Client.VmSetFirmwareMemAsync(request)) is var fwStatus and < 0)
            {
                return fwStatus;
            }
        }

        return InitCollectStart(bootRegisters: false);
    }

    private int StartL24()
    {
        var (dtbAddress, dtbSize) = dtb ?? (0, 0);
        if (dtbSize < UserMemory.PageSize)
        {
            return -Errno.EINVAL;
        }

        var pageStart = dtbAddress & ~(UserMemory.PageSize - 1);
        var pageEnd = UserMemory.AlignUp(dtbAddress + dtbSize);
        var host = HostAddressOf(pageStart, pageEnd - pageStart);
        if (host is null)
        {
            return -Errno.ENOENT;
        }

        if (!vmidAllocated && AllocateVmid() is var allocated and < 0)
        {
            return allocated;
        }

        var lend = new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal };
        var status = RmSession.Call(
            () => Driver.Rm.Client.MemLendAsync(lend, new[] { new GhRmMemAclEntry { Vmid = Vmid, Rights = (byte)HostRights } }, new[] { new GhRmMemEntry { Ipa = host.Value, Size = pageEnd - pageStart } }, ReadOnlyMemory<GhRmMemAttrEntry>.Empty),
            out var parcel);
        if (status < 0)
        {
            return status;
        }

        parcels.Add(parcel.MemHandle);
        var image = new GhRmVmConfigImageReq { Vmid = Vmid, AuthMech = (ushort)auth, MemHandle = parcel.MemHandle, DtbOffset = dtbAddress - pageStart, DtbSize = dtbSize };
        if (RmSession.Call(() => Driver.Rm.Client.VmConfigImageAsync(image)) is var configured and < 0)
        {
            return configured;
        }

        var paging = new GhRmVmSetDemandPagingReq { Vmid = Vmid };
        var lent = LentRanges();
        if (RmSession.Call(() => Driver.Rm.Client.VmSetDemandPagingAsync(paging, lent)) is var paged and < 0)
        {
            return paged;
        }

        var layout = new GhRmVmSetAddressLayoutReq { Vmid = Vmid, RangeId = (uint)GhRmVmAddressRangeId.Image, Base = pageStart, Size = pageEnd - pageStart };
        if (RmSession.Call(() => Driver.Rm.Client.VmSetAddressLayoutAsync(layout)) is var laid and < 0)
        {
            return laid;
        }

        return InitCollectStart(bootRegisters: true);
    }

    // VM_INIT, (L24) the boot context, VM_GET_HYP_RESOURCES to the tickets, VM_START.
    private int InitCollectStart(bool bootRegisters)
    {
        var vmid = new GhRmVmCommonVmidReq { Vmid = Vmid };
        if (RmSession.Call(() => Driver.Rm.Client.VmInitAsync(vmid)) is var initialised and < 0)
        {
            SetStatus(GhRmVmStatus.InitFailed);
            return initialised;
        }

        SetStatus(GhRmVmStatus.Ready);
        if (bootRegisters)
        {
            foreach (var (reg, value) in bootContext)
            {
                var context = new GhRmVmSetContextReq { Vmid = Vmid, RegSet = (byte)(reg >> 8), RegIndex = (byte)reg, Value = value };
                if (RmSession.Call(() => Driver.Rm.Client.VmSetContextAsync(context)) is var set and < 0)
                {
                    return set;
                }
            }
        }

        if (RmSession.Call(() => Driver.Rm.Client.VmGetHypResourcesAsync(vmid), out var resources) is var collected and < 0)
        {
            return collected;
        }

        Tickets.Provide(resources!.Entries);
        return RmSession.Call(() => Driver.Rm.Client.VmStartAsync(vmid));
    }

    /// <summary>MEM_SHARE (guest ACL from the flags plus the host with RWX) or MEM_LEND (guest only) of a region;
    /// the SGL's address is the host address of the pinned memory (the reference's identity mapping).</summary>
    private int ShareRegion(UserRegion region)
    {
        var guest = new GhRmMemAclEntry { Vmid = Vmid, Rights = (byte)RightsOf(region.Access) };
        GhRmMemAclEntry[] acl = region.Lend ? [guest] : [guest, new GhRmMemAclEntry { Vmid = Driver.Hypercalls.Vmid, Rights = (byte)HostRights }];
        var request = new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal, Label = region.Label };
        var sgl = new[] { new GhRmMemEntry { Ipa = region.UserAddress, Size = region.Size } };
        var status = RmSession.Call(
            () => region.Lend
                ? Driver.Rm.Client.MemLendAsync(request, acl, sgl, ReadOnlyMemory<GhRmMemAttrEntry>.Empty)
                : Driver.Rm.Client.MemShareAsync(request, acl, sgl, ReadOnlyMemory<GhRmMemAttrEntry>.Empty),
            out var reply);
        if (status < 0)
        {
            return status;
        }

        region.Parcel = reply.MemHandle;
        parcels.Add(reply.MemHandle);
        return 0;
    }

    private static uint RightsOf(uint access) =>
        ((access & 1) != 0 ? (uint)GhRmMemAclRights.R : 0) | ((access & 2) != 0 ? (uint)GhRmMemAclRights.W : 0) | ((access & 4) != 0 ? (uint)GhRmMemAclRights.X : 0);

    private void Reclaim(uint parcel)
    {
        RmSession.Call(() => Driver.Rm.Client.MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = parcel }));
        parcels.Remove(parcel);
    }

    /// <summary>
    /// Closing the VM: remove its functions; if it has a VMID: VM_STOP (force) while running and wait for it to
    /// leave RUNNING, reclaim every parcel, VM_RESET when EXITED/READY/INIT_FAILED and wait for RESET, then
    /// VM_DEALLOC_VMID. The kernel does this asynchronously; here it runs inside the last close, each wait bounded
    /// by <see cref="HostDriver.TeardownTimeout"/>.
    /// </summary>
    private void Destroy()
    {
        lock (Gate)
        {
            RemoveAllFunctions();
            if (vmidAllocated)
            {
                var vmid = new GhRmVmCommonVmidReq { Vmid = Vmid };
                if (RmStatus == GhRmVmStatus.Running)
                {
                    var stop = new GhRmVmStopReq { Vmid = Vmid, Flags = (byte)GhRmVmStopFlags.Force, StopReason = Constants.GH_RM_VM_STOP_REASON_FORCE_STOP };
                    if (RmSession.Call(() => Driver.Rm.Client.VmStopAsync(stop)) == 0)
                    {
                        WaitForStatus(static s => s != GhRmVmStatus.Running, Driver.TeardownTimeout);
                    }
                }

                foreach (var parcel in parcels.ToArray())
                {
                    Reclaim(parcel);
                }

                if (RmStatus is GhRmVmStatus.Exited or GhRmVmStatus.Ready or GhRmVmStatus.InitFailed
                    && RmSession.Call(() => Driver.Rm.Client.VmResetAsync(vmid)) == 0)
                {
                    WaitForStatus(static s => s == GhRmVmStatus.Reset, Driver.TeardownTimeout);
                }

                RmSession.Call(() => Driver.Rm.Client.VmDeallocVmidAsync(vmid));
                Driver.Rm.Forget(Vmid);
            }

            Tickets.Clear();
            if (dtbMapping is { } mapping)
            {
                Driver.Real.Munmap(mapping.Address, mapping.Length);
                dtbMapping = null;
            }

            ReleaseBindings();
            UnpinAllRegions();
        }
    }
}
