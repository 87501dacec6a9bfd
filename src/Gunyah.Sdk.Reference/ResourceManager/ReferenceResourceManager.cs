using Gunyah.Interop.Rpc;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// The reference Resource Manager: an <see cref="IGhRmHandler"/> that keeps the VM table, the state machine of
/// fact sheet §5, the memory parcels of §2.5 and the hyp resources of §7, and drives the hypervisor through an
/// <see cref="IRmPlatform"/>. It sits behind the protocol's <see cref="GhRmDispatcher"/> in an
/// <c>RmServer</c>; the caller's VMID is the connection's client id. Notifications to other VMs go through
/// <see cref="NotificationRoute"/> (see <see cref="ReferenceRmService"/>, which wires both). All state is under one
/// lock; notifications are queued in order under it and sent after it is released, before the reply.
/// </summary>
public sealed partial class ReferenceResourceManager : IGhRmHandler
{
    /// <summary>The host VM (the only VM that may allocate VMs).</summary>
    public const ushort HlosVmid = 3;

    /// <summary>The invalid mem handle.</summary>
    public const uint InvalidMemHandle = 0xFFFF_FFFF;

    /// <summary>The first dynamically allocated VMID.</summary>
    public const ushort FirstDynamicVmid = 0x80;

    /// <summary>The last dynamically allocated VMID.</summary>
    public const ushort LastDynamicVmid = 0xBE;

    /// <summary>Entries allowed in one ACL, SGL or attribute list.</summary>
    public const int MaxListEntries = 512;

    /// <summary>Parcels one VM may own at once.</summary>
    public const int MaxParcelsPerOwner = 64;

    /// <summary>VM_HOST_GET_TYPE's answer: AArch64, Gunyah with RM, version 1.</summary>
    public const uint HostType = 0x0100_0164;

    private readonly Lock gate = new();
    private readonly IRmPlatform platform;
    private readonly Dictionary<ushort, RmVm> vms = [];
    private readonly Dictionary<uint, RmParcel> parcels = [];
    private readonly RmVirqAllocator hlosVirqs = new();
    private readonly Queue<(ushort Target, Func<IRpcNotificationSink, ValueTask> Send)> outgoing = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly List<Task> cleanups = [];
    private readonly Queue<(RmVm Vm, TaskCompletionSource Done)> pendingCleanups = new();
    private uint nextHandle = 1;

    /// <summary>Creates the RM over <paramref name="platform"/>.</summary>
    public ReferenceResourceManager(IRmPlatform platform, int maxVcpus = 64)
    {
        this.platform = platform ?? throw new ArgumentNullException(nameof(platform));
        MaxVcpus = maxVcpus;
    }

    /// <summary>The most vCPUs VM_INIT builds for one VM.</summary>
    public int MaxVcpus { get; }

    /// <summary>Finds the notification path to a VM (null when it is not connected); set by the host that
    /// serves this RM. Without it, only the caller of a request can be notified.</summary>
    public Func<ushort, IRpcNotificationSink?>? NotificationRoute { get; set; }

    /// <summary>VMs allocated now.</summary>
    public int VmCount { get { lock (gate) { return vms.Count; } } }

    /// <summary>Parcels (mem handles) alive now.</summary>
    public int ParcelCount { get { lock (gate) { return parcels.Count; } } }

    /// <summary>vIRQs handed out in HLOS now.</summary>
    public int HlosVirqCount { get { lock (gate) { return hlosVirqs.Count; } } }

    /// <summary>The state of a VM, or null when it is not allocated.</summary>
    public GhRmVmStatus? StateOf(ushort vmid)
    {
        lock (gate)
        {
            return vms.TryGetValue(vmid, out var vm) ? vm.State : null;
        }
    }

    /// <summary>
    /// Whether a VM_RESET's staged cleanup waits for <see cref="RunPendingCleanupsAsync"/> (called after the reply) rather
    /// than running on the thread pool. Either way it runs after the request was answered RESETTING and ends with
    /// NOTIFY_VM_STATUS RESET.
    /// </summary>
    public bool CleanUpAfterReply { get; set; }

    /// <summary>Completes when every asynchronous reset cleanup started so far has finished.</summary>
    public Task WhenCleanupsDone()
    {
        lock (gate)
        {
            return Task.WhenAll(cleanups);
        }
    }

    private static ushort CallerOf(RpcCaller caller) => (ushort)caller.ClientId;

    private static RpcResult Fail(GhRmError error) => RpcResult.Error((uint)error);

    private static RpcResult<T> Fail<T>(GhRmError error) => RpcResult.Error<T>((uint)error);

    private RmVmAllocator Allocator => new(vms);

    /// <summary>The VM <paramref name="vmid"/> if <paramref name="caller"/> owns it; VMID_INVALID otherwise (the RM
    /// does not tell a stranger that a VM exists).</summary>
    private GhRmError FindOwned(ushort caller, ushort vmid, out RmVm vm)
    {
        if (vms.TryGetValue(vmid, out var found) && found.Owner == caller)
        {
            vm = found;
            return GhRmError.Ok;
        }

        vm = null!;
        return GhRmError.VmidInvalid;
    }

    /// <summary>The VM a query names (0 = the caller), if the caller is it, its owner or a peer.</summary>
    private GhRmError FindVisible(ushort caller, ushort vmid, out RmVm vm)
    {
        var target = vmid == 0 ? caller : vmid;
        if (vms.TryGetValue(target, out var found) && (target == caller || found.Owner == caller || PeersOf(caller).Contains(target)))
        {
            vm = found;
            return GhRmError.Ok;
        }

        vm = null!;
        return GhRmError.VmidInvalid;
    }

    /// <summary>The VMs <paramref name="vmid"/> shares something with: its owner, the VMs it owns, and the other
    /// ends of its vdevices.</summary>
    private SortedSet<ushort> PeersOf(ushort vmid)
    {
        var peers = new SortedSet<ushort>();
        if (vms.TryGetValue(vmid, out var self))
        {
            peers.Add(self.Owner);
            peers.UnionWith(self.Ends.Select(e => e.Holder));
        }

        foreach (var vm in vms.Values)
        {
            if (vm.Owner == vmid || vm.Ends.Any(e => e.Holder == vmid))
            {
                peers.Add(vm.Vmid);
            }
        }

        peers.Remove(vmid);
        return peers;
    }

    /// <summary>Moves a VM to <paramref name="to"/> if §5.2 allows it, queueing NOTIFY_VM_STATUS for its owner and
    /// peers. Returns false (and changes nothing) for an illegal transition.</summary>
    private bool Transition(RmVm vm, GhRmVmStatus to)
    {
        if (!RmVmStates.IsLegal(vm.State, to))
        {
            return false;
        }

        vm.State = to;
        QueueStatus(vm);
        return true;
    }

    private void QueueStatus(RmVm vm)
    {
        var payload = new GhRmVmStatusPayload { Vmid = vm.Vmid, VmStatus = (byte)vm.State, OsStatus = vm.OsStatus, AppStatus = vm.AppStatus };
        foreach (var peer in PeersOf(vm.Vmid))
        {
            if (peer == HlosVmid || (vms.TryGetValue(peer, out var p) && p.State == GhRmVmStatus.Running))
            {
                Queue(peer, sink => GhRmNotifications.SendNotifVmStatusAsync(sink, payload));
            }
        }
    }

    private void Queue(ushort target, Func<IRpcNotificationSink, ValueTask> send) => outgoing.Enqueue((target, send));

    /// <summary>Sends every queued notification, in the order queued (one sender at a time).</summary>
    private async ValueTask FlushAsync()
    {
        await sending.WaitAsync().ConfigureAwait(false);
        try
        {
            while (true)
            {
                (ushort Target, Func<IRpcNotificationSink, ValueTask> Send) next;
                lock (gate)
                {
                    if (!outgoing.TryDequeue(out next))
                    {
                        return;
                    }
                }

                if (NotificationRoute?.Invoke(next.Target) is { } sink)
                {
                    await next.Send(sink).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            sending.Release();
        }
    }

    private async ValueTask<RpcResult> Done(GhRmError error)
    {
        await FlushAsync().ConfigureAwait(false);
        return error == GhRmError.Ok ? RpcResult.Ok : Fail(error);
    }

    private async ValueTask<RpcResult<T>> Done<T>(GhRmError error, T value)
    {
        await FlushAsync().ConfigureAwait(false);
        return error == GhRmError.Ok ? RpcResult.Success(value) : Fail<T>(error);
    }

    private static GhRmError FromHyp(HypError error, GhRmError otherwise) => error == HypError.Ok ? GhRmError.Ok : otherwise;

    /// <summary>Finds the lowest free dynamic VMID.</summary>
    private readonly struct RmVmAllocator(Dictionary<ushort, RmVm> table)
    {
        public bool TryAllocate(out ushort vmid)
        {
            for (vmid = FirstDynamicVmid; vmid <= LastDynamicVmid; vmid++)
            {
                if (!table.ContainsKey(vmid))
                {
                    return true;
                }
            }

            vmid = 0;
            return false;
        }
    }
}
