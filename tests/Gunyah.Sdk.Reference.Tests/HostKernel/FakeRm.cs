using System.Collections.Concurrent;
using Gunyah.Interop.Rpc;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.Tests.HostKernel;

/// <summary>A fake Resource Manager: records every call in order, answers with fresh VMIDs and parcel handles,
/// the configured hyp resources, and the notifications a real RM sends for VM_STOP and VM_RESET.</summary>
internal sealed class FakeRm : FakeRmBase
{
    private int nextVmid = 0x80;
    private uint nextHandle = 0x100;

    public ConcurrentQueue<(uint Id, object? Request)> Calls { get; } = new();

    /// <summary>Message id → RM error status to answer instead of OK.</summary>
    public ConcurrentDictionary<uint, uint> Failures { get; } = new();

    public List<GhRmHypResource> Resources { get; } = [];

    public uint[] CallIds => [.. Calls.Select(c => c.Id)];

    public T[] Requests<T>(uint id) => [.. Calls.Where(c => c.Id == id).Select(c => (T)c.Request!)];

    /// <summary>Adds a vCPU resource: label = id, cap 0x1000+id, wakeup vIRQ 100+id.</summary>
    public FakeRm WithVcpu(uint id)
    {
        Resources.Add(new GhRmHypResource { Type = (byte)GhRmResourceType.Vcpu, ResourceLabel = id, CapId = 0x1000 + id, Virq = 100 + id });
        return this;
    }

    /// <summary>Adds a doorbell (BELL_TX) resource: cap 0x2000+label.</summary>
    public FakeRm WithDoorbell(uint label)
    {
        Resources.Add(new GhRmHypResource { Type = (byte)GhRmResourceType.BellTx, ResourceLabel = label, CapId = 0x2000 + label });
        return this;
    }

    protected override async ValueTask<RpcResult<T>> Reply<T>(uint messageId, RpcCaller caller, object? request)
    {
        Calls.Enqueue((messageId, request));
        if (Failures.TryGetValue(messageId, out var status))
        {
            return RpcResult.Error<T>(status);
        }

        await ValueTask.CompletedTask;
        object reply = messageId switch
        {
            GhRmMessages.GH_RM_RPC_VM_ALLOC_VMID => new GhRmVmAllocVmidResp { Vmid = (uint)Interlocked.Increment(ref nextVmid) },
            GhRmMessages.GH_RM_RPC_MEM_SHARE or GhRmMessages.GH_RM_RPC_MEM_LEND => new GhRmMemHandleResp { MemHandle = Interlocked.Increment(ref nextHandle) },
            GhRmMessages.GH_RM_RPC_VM_GET_HYP_RESOURCES => new GhRmVmGetHypResourcesRespPayload(new GhRmVmGetHypResourcesResp(), [.. Resources]),
            _ => throw new InvalidOperationException($"The fake RM has no reply for 0x{messageId:X8}."),
        };
        return RpcResult.Success((T)reply);
    }

    protected override async ValueTask<RpcResult> Done(uint messageId, RpcCaller caller, object? request)
    {
        Calls.Enqueue((messageId, request));
        if (Failures.TryGetValue(messageId, out var status))
        {
            return RpcResult.Error(status);
        }

        switch (messageId)
        {
            case GhRmMessages.GH_RM_RPC_VM_STOP:
                var stop = (GhRmVmStopReq)request!;
                await Exit(caller.Notifications, stop.Vmid, exitType: 7, reason: [1, 2, 3, 4]);
                break;
            case GhRmMessages.GH_RM_RPC_VM_RESET:
                await Status(caller.Notifications, ((GhRmVmCommonVmidReq)request!).Vmid, GhRmVmStatus.Reset);
                break;
        }

        return RpcResult.Ok;
    }

    public static ValueTask Status(IRpcNotificationSink sink, ushort vmid, GhRmVmStatus status) =>
        GhRmNotifications.SendNotifVmStatusAsync(sink, new GhRmVmStatusPayload { Vmid = vmid, VmStatus = (byte)status });

    public static ValueTask Exit(IRpcNotificationSink sink, ushort vmid, ushort exitType, byte[] reason) =>
        GhRmNotifications.SendNotifVmExitedAsync(sink, new GhRmVmExitedPayload { Vmid = vmid, ExitType = exitType, ExitReasonSize = (uint)reason.Length }, reason);
}
